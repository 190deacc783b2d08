using System.Net;
using Microsoft.Data.Sqlite;

namespace Progression.Coach.Tests;

/// <summary>An unexpected failure (here a stored state nobody can read) is a plain page or problem JSON, never a stack trace.</summary>
public sealed class ErrorPageTests(CoachHost host) : IClassFixture<CoachHost>
{
    [Fact]
    public async Task AnUnreadableStoredState_IsA500WithoutAStackTrace_OnPageAndApi()
    {
        using var browser = host.Browser();
        await browser.SignIn();
        await browser.ApiSignIn();
        var clientId = await browser.CreateClient("Corrupted");
        using (var connection = new SqliteConnection($"Data Source={host.DatabasePath}"))
        {
            connection.Open();
            using var corrupt = connection.CreateCommand();
            corrupt.CommandText = "UPDATE clients SET state_json = '{not json' WHERE id = @id;";
            corrupt.Parameters.AddWithValue("@id", clientId);
            Assert.Equal(1, corrupt.ExecuteNonQuery());
        }

        var page = await browser.Get($"/Clients/{clientId}");
        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Contains("Something went wrong", page.Single("h1").TextContent);
        Assert.DoesNotContain("JsonException", page.Html);
        Assert.DoesNotContain("   at ", page.Html);

        var (status, problem, type) = await browser.Api(HttpMethod.Get, $"/api/clients/{clientId}");
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("application/problem+json", type);
        Assert.DoesNotContain("   at ", problem.ToString());
        Assert.DoesNotContain("JsonException", problem.ToString());
    }
}
