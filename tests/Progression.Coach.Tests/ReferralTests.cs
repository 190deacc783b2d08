using System.Net;

namespace Progression.Coach.Tests;

/// <summary>A red flag at check-in refers; the referral shows on every page of the client until a clinician clears it.</summary>
public sealed class ReferralTests(CoachHost host) : IClassFixture<CoachHost>
{
    [Fact]
    public async Task RedFlagAtCheckIn_ShowsTheBannerOnEveryClientPage_UntilCleared()
    {
        using var browser = host.Browser();
        await browser.SignIn();
        var clientId = await browser.CreateClient("Night pain");
        var sessionId = await browser.CheckIn(clientId, 2, 2, "NightPain");
        string[] pages =
        [
            $"/Clients/{clientId}", $"/Clients/{clientId}/CheckIn", $"/Clients/{clientId}/History",
            $"/Clients/{clientId}/Sessions/{sessionId}", $"/Clients/{clientId}/Sessions/{sessionId}/Review",
        ];

        var session = await browser.Get($"/Clients/{clientId}/Sessions/{sessionId}");
        Assert.Empty(session.All(".plan-item"));
        Assert.Null(session.One("#finish-session"));
        foreach (var url in pages)
        {
            var page = await browser.Get(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var banner = page.Single("#referral-banner");
            Assert.Equal("alert", banner.GetAttribute("role"));
            Assert.Contains(banner.QuerySelectorAll(".reason"), r => r.TextContent.Contains("night", StringComparison.OrdinalIgnoreCase));
            Assert.NotNull(banner.QuerySelector("button#clear-referral"));
        }

        var (_, before, _) = await browser.Api(HttpMethod.Get, $"/api/clients/{clientId}");
        Assert.Equal(2, before.GetProperty("version").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Object, before.GetProperty("state").GetProperty("OpenReferral").ValueKind);

        var cleared = await browser.Submit($"/Clients/{clientId}/History", "form:has(#clear-referral)",
            Browser.FieldsOf((await browser.Get($"/Clients/{clientId}/History")).Single("form:has(#clear-referral)")));
        Assert.Equal(HttpStatusCode.Redirect, cleared.Status);

        foreach (var url in pages)
        {
            Assert.Null((await browser.Get(url)).One("#referral-banner"));
        }

        var (_, after, _) = await browser.Api(HttpMethod.Get, $"/api/clients/{clientId}");
        Assert.Equal(3, after.GetProperty("version").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, after.GetProperty("state").GetProperty("OpenReferral").ValueKind);
        var log = (await browser.Get($"/Clients/{clientId}/History")).All("#decision-log tbody tr");
        Assert.Contains(log, row => row.GetAttribute("data-kind") == "referral");
        Assert.Contains(log, row => row.GetAttribute("data-kind") == "referral-cleared" && row.TextContent.Contains(CoachHost.DemoEmail));

        // Cleared, the next check-in plans again.
        var next = await browser.CheckIn(clientId);
        Assert.NotEmpty((await browser.Get($"/Clients/{clientId}/Sessions/{next}")).All(".plan-item"));
    }

    [Fact]
    public async Task ClearReferral_OverTheApi_TakesTheVersion_AndRefusesAStaleOne()
    {
        using var browser = host.Browser();
        await browser.ApiSignIn();
        var (_, created, _) = await browser.Api(HttpMethod.Post, "/api/clients", new { name = "Fever" });
        var id = created.GetProperty("id").GetInt64();
        var (_, plan, _) = await browser.Api(HttpMethod.Post, $"/api/clients/{id}/sessions", new { redFlags = new[] { "Fever" } });
        Assert.Equal("Urgent", plan.GetProperty("plan").GetProperty("referral").GetString());
        Assert.Equal(0, plan.GetProperty("plan").GetProperty("items").GetArrayLength());
        Assert.Equal(2, plan.GetProperty("version").GetInt64());

        var (stale, problem, type) = await browser.Api(HttpMethod.Post, $"/api/clients/{id}/referral/clear", new { version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale);
        Assert.Equal("application/problem+json", type);
        Assert.Contains("version 2, you had 1", problem.GetProperty("detail").GetString());

        var (ok, cleared, _) = await browser.Api(HttpMethod.Post, $"/api/clients/{id}/referral/clear", new { version = 2 });
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal(3, cleared.GetProperty("version").GetInt64());
    }
}
