using System.Net;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;

namespace Progression.Coach.Tests;

/// <summary>Nobody let in: sign-in required, antiforgery on forms, JSON-only API posts, parameterised SQL.</summary>
public sealed class SecurityTests(CoachHost host) : IClassFixture<CoachHost>
{
    private const string Bobby = "Robert'); DROP TABLE clients;--";

    [Theory]
    [InlineData("GET", "/api/clients/1")]
    [InlineData("POST", "/api/clients")]
    [InlineData("POST", "/api/clients/1/sessions")]
    [InlineData("POST", "/api/clients/1/sessions/1/sets")]
    [InlineData("POST", "/api/clients/1/sessions/1/finish")]
    [InlineData("POST", "/api/clients/1/referral/clear")]
    public async Task Api_WhenSignedOut_Is401_NotARedirect(string method, string url)
    {
        using var browser = host.Browser();
        var (status, _, _) = await browser.Api(new HttpMethod(method), url, method == "POST" ? new { version = 1 } : null);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task Pages_WhenSignedOut_RedirectToTheLoginPage()
    {
        using var browser = host.Browser();
        var page = await browser.Get("/Clients/1");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/Account/Login", page.Location!.OriginalString);
    }

    [Fact]
    public async Task ApiLogin_WithAWrongPassword_Is401()
    {
        using var browser = host.Browser();
        var (status, _, type) = await browser.Api(HttpMethod.Post, "/api/login", new { email = CoachHost.DemoEmail, password = "guess" });
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Api(HttpMethod.Get, "/api/clients/1")).Status);
    }

    [Fact]
    public async Task FormPost_WithoutTheAntiforgeryToken_Is400_AndChangesNothing()
    {
        using var browser = host.Browser();
        await browser.SignIn();
        await browser.ApiSignIn();
        var clientId = await browser.CreateClient("Forged");
        var sessionId = await browser.CheckIn(clientId);
        var exerciseId = await browser.FirstExercise(clientId, sessionId);
        var url = $"/Clients/{clientId}/Sessions/{sessionId}";
        var form = (await browser.Get(url)).Single($".plan-item[data-exercise-id='{exerciseId}'] form");

        var forged = await browser.Submit(url, $".plan-item[data-exercise-id='{exerciseId}'] form", Browser.FieldsOf(form), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        var finish = await browser.Submit(url, "form:has(#finish-session)", [new("Version", "1")], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, finish.Status);
        var create = await browser.Submit("/Clients/New", "form:has(#create-client)", [new("Name", "Forged twin")], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, create.Status);

        Assert.Empty((await browser.Get(url)).All("#sets tbody tr"));
        var (_, state, _) = await browser.Api(HttpMethod.Get, $"/api/clients/{clientId}");
        Assert.Equal(1, state.GetProperty("version").GetInt64());
        Assert.DoesNotContain((await browser.Get("/")).All("a.client-link"), a => a.TextContent == "Forged twin");
    }

    [Fact]
    public async Task ApiPost_WithoutJsonContentType_Is415()
    {
        using var browser = host.Browser();
        await browser.ApiSignIn();
        using var form = new FormUrlEncodedContent([new("name", "Cross-site")]);
        using var response = await browser.Http.PostAsync("/api/clients", form);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);

        using var text = new StringContent("""{"name":"Cross-site"}""");
        text.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var plain = await browser.Http.PostAsync("/api/clients", text);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
    }

    [Fact]
    public async Task ANameLikeSql_IsStoredAndShownVerbatim_ThroughEveryPath()
    {
        using var browser = host.Browser();
        await browser.SignIn();
        await browser.ApiSignIn();
        var pageId = await browser.CreateClient(Bobby);
        var (_, created, _) = await browser.Api(HttpMethod.Post, "/api/clients", new { name = Bobby });
        var apiId = created.GetProperty("id").GetInt64();

        var home = await browser.Get("/");
        var links = home.All("a.client-link").Where(a => a.TextContent == Bobby).ToList();
        Assert.Equal(2, links.Count);
        Assert.Contains("Robert&#x27;); DROP TABLE clients;--", home.Html);
        Assert.DoesNotContain("<script", home.Html);

        foreach (var id in new[] { pageId, apiId })
        {
            var (_, client, _) = await browser.Api(HttpMethod.Get, $"/api/clients/{id}");
            Assert.Equal(Bobby, client.GetProperty("name").GetString());
            var sessionId = await browser.CheckIn(id);
            Assert.Equal(Bobby, (await browser.Get($"/Clients/{id}/Sessions/{sessionId}")).Single(".client-nav strong").TextContent);
        }

        // Quotes in the other fields that reach SQL too: an email at sign-in, an exercise id in a set.
        using var intruder = host.Browser();
        var login = await intruder.Submit("/Account/Login", "form:has(#sign-in)", [new("Email", "' OR '1'='1"), new("Password", "' OR '1'='1")]);
        Assert.Equal(HttpStatusCode.BadRequest, login.Status);
        var (_, plan, _) = await browser.Api(HttpMethod.Post, $"/api/clients/{apiId}/sessions", new { morningPain = 1 });
        var (bad, _, _) = await browser.Api(HttpMethod.Post, $"/api/clients/{apiId}/sessions/{plan.GetProperty("sessionId").GetInt64()}/sets",
            new { exerciseId = "x'); DELETE FROM sets;--", reps = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, bad);

        using var connection = new SqliteConnection($"Data Source={host.DatabasePath};Mode=ReadOnly");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM clients WHERE name = @name;";
        count.Parameters.AddWithValue("@name", Bobby);
        Assert.Equal(2L, (long)count.ExecuteScalar()!);
    }
}
