using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Progression.Coach.BrowserTests;

/// <summary>
/// The coach host on a real loopback port (Kestrel, not the in-memory TestServer a browser cannot
/// reach), with its own temporary SQLite file, deleted afterwards.
/// </summary>
internal sealed class CoachHost : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"coach-browser-{Guid.NewGuid():N}.db");

    /// <summary>The coach seeded at start (the host's demo coach, set here so the test and appsettings.json cannot drift).</summary>
    public const string CoachEmail = "coach@example.com";

    /// <summary>That coach's password.</summary>
    public const string CoachPassword = "progression-demo";

    public CoachHost() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    /// <summary>Where the browser goes: http://127.0.0.1:port/.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                ?? throw new InvalidOperationException("Kestrel reports no addresses: the host did not start on a port.");
            string address = addresses.Addresses.Single();
            return new Uri(address.EndsWith('/') ? address : address + "/");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("ConnectionStrings:Coach", $"Data Source={_databasePath}")
            .UseSetting("Coach:DemoCoach:Email", CoachEmail)
            .UseSetting("Coach:DemoCoach:Password", CoachPassword);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (string file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
