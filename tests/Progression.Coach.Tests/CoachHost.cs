using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Progression.Coach.Coaching;

namespace Progression.Coach.Tests;

/// <summary>
/// The host in-process over a real SQLite file of its own (one per test class), deleted afterwards. Besides the seeded
/// demo coach it has a second coach, so tests can show one coach cannot reach the other's clients.
/// </summary>
public sealed class CoachHost : WebApplicationFactory<Program>
{
    public const string DemoEmail = "coach@example.com";
    public const string DemoPassword = "progression-demo";
    public const string OtherEmail = "other.coach@example.com";
    public const string OtherPassword = "another-demo-password";

    private readonly string _folder = Directory.CreateTempSubdirectory("progression-coach-tests-").FullName;
    private bool _seeded;

    public string DatabasePath => Path.Combine(_folder, "coach.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Coach", $"Data Source={DatabasePath}");
        builder.UseEnvironment("Development");
    }

    /// <summary>A client of the host that keeps cookies and does not follow redirects (tests assert them).</summary>
    public Browser Browser()
    {
        if (!_seeded)
        {
            Services.GetRequiredService<CoachAccounts>().Add(OtherEmail, OtherPassword);
            _seeded = true;
        }

        return new Browser(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow shutdown stays in the temp folder; the next run is unaffected.
            }
        }
    }
}
