using System.Net;
using System.Text.Json;

namespace Progression.Coach.Tests;

/// <summary>Two devices finishing from one version: the first is stored, the second gets a conflict, nothing is lost silently.</summary>
public sealed class ConcurrencyTests(CoachHost host) : IClassFixture<CoachHost>
{
    [Fact]
    public async Task TwoSessionsPlannedFromOneVersion_TheSecondFinishIsAConflict_AndTheFirstStateStands()
    {
        using var phone = host.Browser();
        using var tablet = host.Browser();
        await phone.SignIn();
        await tablet.SignIn();
        await phone.ApiSignIn();
        var clientId = await phone.CreateClient("Two devices");

        var first = await phone.CheckIn(clientId);
        var second = await tablet.CheckIn(clientId);
        var firstExercise = await phone.FirstExercise(clientId, first);
        var secondItems = (await tablet.Get($"/Clients/{clientId}/Sessions/{second}")).All(".plan-item");
        var secondExercise = secondItems.Select(i => i.GetAttribute("data-exercise-id")!).First(e => e != firstExercise);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.LogSet(clientId, first, firstExercise, ("Rpe", "6"))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await tablet.LogSet(clientId, second, secondExercise, ("Rpe", "6"))).Status);

        // Both session pages were rendered at version 1.
        var tabletFinishForm = Browser.FieldsOf((await tablet.Get($"/Clients/{clientId}/Sessions/{second}")).Single("form:has(#finish-session)"));
        Assert.Contains(tabletFinishForm, f => f.Key == "Version" && f.Value == "1");

        Assert.Equal(HttpStatusCode.Redirect, (await phone.Finish(clientId, first)).Status);
        var conflict = await tablet.Submit($"/Clients/{clientId}/Sessions/{second}", "form:has(#finish-session)", tabletFinishForm);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal(
            "This client was changed on another device (version 2, you had 1). Reload and try again.",
            conflict.Single(".error#conflict").TextContent.Trim());

        var (_, stored, _) = await phone.Api(HttpMethod.Get, $"/api/clients/{clientId}");
        Assert.Equal(2, stored.GetProperty("version").GetInt64());
        var progress = stored.GetProperty("state").GetProperty("Progress");
        Assert.True(progress.TryGetProperty(firstExercise, out _), "the first finish's review is stored");
        Assert.False(progress.TryGetProperty(secondExercise, out _), "the second finish stored nothing");
        Assert.Null((await tablet.Get($"/Clients/{clientId}/Sessions/{second}/Review")).One("#decisions"));

        // Reloaded, the tablet finishes from the new version.
        Assert.Equal(HttpStatusCode.Redirect, (await tablet.Finish(clientId, second)).Status);
        var (_, retried, _) = await phone.Api(HttpMethod.Get, $"/api/clients/{clientId}");
        Assert.Equal(3, retried.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task TwoFinishesAtOnceOverTheApi_ExactlyOneIsStored()
    {
        using var a = host.Browser();
        using var b = host.Browser();
        await a.ApiSignIn();
        await b.ApiSignIn();
        var (_, created, _) = await a.Api(HttpMethod.Post, "/api/clients", new { name = "Race" });
        var id = created.GetProperty("id").GetInt64();
        var sessions = new List<long>();
        foreach (var device in new[] { a, b })
        {
            var (_, plan, _) = await device.Api(HttpMethod.Post, $"/api/clients/{id}/sessions", new { morningPain = 1, baselinePain = 1 });
            var sessionId = plan.GetProperty("sessionId").GetInt64();
            var item = plan.GetProperty("plan").GetProperty("items")[0];
            var (logged, _, _) = await device.Api(HttpMethod.Post, $"/api/clients/{id}/sessions/{sessionId}/sets", SetFrom(item));
            Assert.Equal(HttpStatusCode.OK, logged);
            sessions.Add(sessionId);
        }

        var results = await Task.WhenAll(
            a.Api(HttpMethod.Post, $"/api/clients/{id}/sessions/{sessions[0]}/finish", new { version = 1 }),
            b.Api(HttpMethod.Post, $"/api/clients/{id}/sessions/{sessions[1]}/finish", new { version = 1 }));

        Assert.Single(results, r => r.Status == HttpStatusCode.OK);
        var lost = Assert.Single(results, r => r.Status == HttpStatusCode.Conflict);
        Assert.Equal(2, lost.Body.GetProperty("currentVersion").GetInt64());
        Assert.Equal(1, lost.Body.GetProperty("yourVersion").GetInt64());
        var (_, stored, _) = await a.Api(HttpMethod.Get, $"/api/clients/{id}");
        Assert.Equal(2, stored.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task ACheckInFormFromAnOldVersion_ThatWouldStoreAReferral_IsAConflict()
    {
        using var browser = host.Browser();
        await browser.SignIn();
        await browser.ApiSignIn();
        var clientId = await browser.CreateClient("Stale check-in");
        var staleForm = Browser.FieldsOf((await browser.Get($"/Clients/{clientId}/CheckIn")).Single("form:has(#plan-today)"));
        Assert.Contains(staleForm, f => f.Key == "Version" && f.Value == "1");

        var (_, plan, _) = await browser.Api(HttpMethod.Post, $"/api/clients/{clientId}/sessions", new { redFlags = new[] { "Fever" } });
        Assert.Equal(2, plan.GetProperty("version").GetInt64());
        Assert.Equal(HttpStatusCode.OK, (await browser.Api(HttpMethod.Post, $"/api/clients/{clientId}/referral/clear", new { version = 2 })).Status);

        var page = await browser.Submit($"/Clients/{clientId}/CheckIn", "form:has(#plan-today)", [.. staleForm, new("RedFlags", "NightPain")]);
        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains("(version 3, you had 1)", page.Single("#conflict").TextContent);
        var (_, stored, _) = await browser.Api(HttpMethod.Get, $"/api/clients/{clientId}");
        Assert.Equal(3, stored.GetProperty("version").GetInt64());
        Assert.Single((await browser.Get($"/Clients/{clientId}/History")).All("#session-list tbody tr"));
    }

    internal static object SetFrom(JsonElement item) => new
    {
        exerciseId = item.GetProperty("exerciseId").GetString(),
        variantId = item.GetProperty("variantId").GetString(),
        reps = item.GetProperty("reps").ValueKind == JsonValueKind.Null ? (int?)null : item.GetProperty("reps").GetInt32(),
        holdSeconds = item.GetProperty("holdSeconds").ValueKind == JsonValueKind.Null ? (double?)null : item.GetProperty("holdSeconds").GetDouble(),
        rpe = 6,
    };
}
