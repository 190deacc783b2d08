using System.Net;

namespace Progression.Coach.Tests;

/// <summary>A coach sees only their own clients: another coach's client is a 404 on every page and API call.</summary>
public sealed class IsolationTests(CoachHost host) : IClassFixture<CoachHost>
{
    [Fact]
    public async Task AnotherCoachsClient_IsNotFound_OnPagesAndApi_AndNotListed()
    {
        using var owner = host.Browser();
        await owner.SignIn();
        await owner.ApiSignIn();
        var clientId = await owner.CreateClient("Private client");
        var sessionId = await owner.CheckIn(clientId);

        using var other = host.Browser();
        await other.SignIn(CoachHost.OtherEmail, CoachHost.OtherPassword);
        Assert.DoesNotContain((await other.Get("/")).All("a.client-link"), a => a.TextContent == "Private client");
        foreach (var url in new[]
        {
            $"/Clients/{clientId}", $"/Clients/{clientId}/CheckIn", $"/Clients/{clientId}/History",
            $"/Clients/{clientId}/Sessions/{sessionId}", $"/Clients/{clientId}/Sessions/{sessionId}/Review",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.Get(url)).Status);
        }

        await other.ApiSignIn(CoachHost.OtherEmail, CoachHost.OtherPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Api(HttpMethod.Get, $"/api/clients/{clientId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Api(HttpMethod.Post, $"/api/clients/{clientId}/sessions", new { morningPain = 1 })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Api(HttpMethod.Post, $"/api/clients/{clientId}/sessions/{sessionId}/finish", new { version = 1 })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Api(HttpMethod.Post, $"/api/clients/{clientId}/sessions/{sessionId}/sets",
            new { exerciseId = "glute-bridge", reps = 10 })).Status);

        // A form post of the other coach's client, with a valid token from a page of their own, changes nothing either.
        var ownPage = await other.Get("/Clients/New");
        var token = ownPage.Single("input[name=__RequestVerificationToken]").GetAttribute("value")!;
        using var post = await other.Http.PostAsync($"/Clients/{clientId}/CheckIn",
            new FormUrlEncodedContent([new("MorningPain", "1"), new("BaselinePain", "1"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        var (_, mine, _) = await owner.Api(HttpMethod.Get, $"/api/clients/{clientId}");
        Assert.Equal(1, mine.GetProperty("version").GetInt64());
        Assert.Single((await owner.Get($"/Clients/{clientId}/History")).All("#session-list tbody tr"));
    }
}
