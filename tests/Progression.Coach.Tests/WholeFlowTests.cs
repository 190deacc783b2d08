using System.Net;

namespace Progression.Coach.Tests;

/// <summary>A coach's whole day through the pages: sign in, client, check-in, plan, a set that must stop, review, history.</summary>
public sealed class WholeFlowTests(CoachHost host) : IClassFixture<CoachHost>
{
    [Fact]
    public async Task SignIn_ThroughHistory_ShowsThePlanTheStopTheDecisionsAndTheCharts()
    {
        using var browser = host.Browser();
        var login = await browser.Get("/Account/Login");
        Assert.NotNull(login.One("input[name=Email]"));
        Assert.NotNull(login.One("input[name=Password]"));
        await browser.SignIn();

        var home = await browser.Get("/");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.NotNull(home.One("#sign-out"));
        Assert.Equal("/Clients/New", home.Single("a#new-client").GetAttribute("href"));

        var clientId = await browser.CreateClient("Ada Lovelace", ("HamstringQuadRatio", "0.5"), ("HipFlexorAngleLeft", "8"), ("HipFlexorAngleRight", "0"));
        var listed = (await browser.Get("/")).All("a.client-link");
        Assert.Contains(listed, a => a.TextContent == "Ada Lovelace" && a.GetAttribute("href") == $"/Clients/{clientId}");

        var overview = await browser.Get($"/Clients/{clientId}");
        Assert.Equal($"/Clients/{clientId}/CheckIn", overview.Single("a#check-in").GetAttribute("href"));
        Assert.Equal($"/Clients/{clientId}/History", overview.Single("a#history").GetAttribute("href"));
        Assert.Null(overview.One("#referral-banner"));

        var sessionId = await browser.CheckIn(clientId, morningPain: 3, baselinePain: 2);
        var session = await browser.Get($"/Clients/{clientId}/Sessions/{sessionId}");
        var items = session.All("#plan .plan-item");
        Assert.NotEmpty(items);
        Assert.All(items, item =>
        {
            Assert.False(string.IsNullOrEmpty(item.GetAttribute("data-variant-id")));
            Assert.NotNull(item.QuerySelector(".reason[data-rule-id]"));
            Assert.NotNull(item.QuerySelector("button.log-set"));
        });
        var exerciseId = items[0].GetAttribute("data-exercise-id")!;

        var logged = await browser.LogSet(clientId, sessionId, exerciseId, Flows.KneeJointPain(3, ("Rpe", "6")));
        Assert.Equal(HttpStatusCode.Redirect, logged.Status);
        Assert.Equal($"/Clients/{clientId}/Sessions/{sessionId}", logged.Location!.OriginalString);

        var afterSet = await browser.Get($"/Clients/{clientId}/Sessions/{sessionId}");
        var verdict = afterSet.Single("#set-verdict");
        Assert.Equal("StopExercise", verdict.GetAttribute("data-action"));
        Assert.Contains("verdict-stop", verdict.ClassList);
        Assert.Equal("alert", verdict.GetAttribute("role"));
        Assert.Contains(verdict.QuerySelectorAll(".reason"), r => r.GetAttribute("data-rule-id") == "safety.joint-pain-stops-exercise" && r.TextContent.Contains("knee joint pain 3/10"));
        Assert.Single(afterSet.All("#sets tbody tr"));

        var finished = await browser.Finish(clientId, sessionId);
        Assert.Equal(HttpStatusCode.Redirect, finished.Status);
        var review = await browser.Get($"/Clients/{clientId}/Sessions/{sessionId}/Review");
        var decision = Assert.Single(review.All("#decisions .decision"));
        Assert.Equal(exerciseId, decision.GetAttribute("data-exercise-id"));
        Assert.Contains(decision.QuerySelectorAll(".reason"), r => r.GetAttribute("data-rule-id") == "safety.joint-pain-regresses");

        var history = await browser.Get($"/Clients/{clientId}/History");
        Assert.Equal("svg", history.Single("svg#dose-chart").LocalName);
        Assert.NotNull(history.One($"svg#dose-chart g.series[data-exercise-id='{exerciseId}'] circle"));
        Assert.NotNull(history.One("svg#pain-chart circle"));
        Assert.Single(history.All("#session-list tbody tr"));
        var log = history.All("#decision-log tbody tr");
        Assert.Contains(log, row => row.GetAttribute("data-kind") == "set" && row.GetAttribute("data-rule-id") == "safety.joint-pain-stops-exercise");
        Assert.Contains(log, row => row.GetAttribute("data-kind") == "review" && row.GetAttribute("data-rule-id") == "safety.joint-pain-regresses");
        Assert.Contains(log, row => row.GetAttribute("data-kind") == "plan");

        var (_, state, _) = await browser.Api(HttpMethod.Get, $"/api/clients/{clientId}");
        Assert.Equal(2, state.GetProperty("version").GetInt64());
        Assert.True(state.GetProperty("state").GetProperty("Progress").TryGetProperty(exerciseId, out _));
    }

    [Fact]
    public async Task AStoppedExercise_TakesNoMoreSetsThisSession_OnThePageOrTheApi()
    {
        using var browser = host.Browser();
        await browser.SignIn();
        await browser.ApiSignIn();
        var clientId = await browser.CreateClient("Stopped knee");
        var sessionId = await browser.CheckIn(clientId);
        var items = (await browser.Get($"/Clients/{clientId}/Sessions/{sessionId}")).All(".plan-item");
        var (stoppedId, otherId) = (items[0].GetAttribute("data-exercise-id")!, items[1].GetAttribute("data-exercise-id")!);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LogSet(clientId, sessionId, stoppedId, Flows.KneeJointPain(4))).Status);

        var page = await browser.Get($"/Clients/{clientId}/Sessions/{sessionId}");
        var stopped = page.Single($".plan-item[data-exercise-id='{stoppedId}']");
        Assert.Null(stopped.QuerySelector("form"));
        Assert.Contains("knee joint pain 4/10", stopped.QuerySelector("p.stopped")!.TextContent);
        Assert.NotNull(page.One($".plan-item[data-exercise-id='{otherId}'] form button.log-set"));
        Assert.NotNull(page.One("#finish-session"));

        var (refused, problem, _) = await browser.Api(HttpMethod.Post, $"/api/clients/{clientId}/sessions/{sessionId}/sets", new { exerciseId = stoppedId, rpe = 5 });
        Assert.Equal(HttpStatusCode.Conflict, refused);
        // Named as the client knows it, not by its catalog id.
        Assert.StartsWith($"{ProgressionEngine.CreateDefault().Catalog.Get(stoppedId).Name} was stopped for today at set 1", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LogSet(clientId, sessionId, otherId, ("Rpe", "5"))).Status);
        Assert.Equal(2, (await browser.Get($"/Clients/{clientId}/Sessions/{sessionId}")).All("#sets tbody tr").Count);
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_ShowsTheErrorAndSetsNoCookie()
    {
        using var browser = host.Browser();
        var page = await browser.Submit("/Account/Login", "form:has(#sign-in)", [new("Email", CoachHost.DemoEmail), new("Password", "not-the-password")]);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("not right", page.Single(".error").TextContent);

        var home = await browser.Get("/");
        Assert.Equal(HttpStatusCode.Redirect, home.Status);
        Assert.Contains("/Account/Login", home.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var browser = host.Browser();
        await browser.SignIn();
        var signedOut = await browser.Submit("/", "form:has(#sign-out)", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Get("/")).Status);
    }

    [Fact]
    public async Task ApiFlow_PlansJudgesAndFinishes_WithTheShapesOfTheContract()
    {
        using var browser = host.Browser();
        await browser.ApiSignIn();
        var (created, body, _) = await browser.Api(HttpMethod.Post, "/api/clients",
            new { name = "Grace", assessment = new { HamstringQuadRatio = 0.5 }, equipment = new[] { "Dumbbell", "Mat" } });
        Assert.Equal(HttpStatusCode.Created, created);
        var id = body.GetProperty("id").GetInt64();
        Assert.Equal(1, body.GetProperty("version").GetInt64());

        var (_, client, _) = await browser.Api(HttpMethod.Get, $"/api/clients/{id}");
        Assert.Equal("Grace", client.GetProperty("name").GetString());
        var equipment = client.GetProperty("state").GetProperty("Assessment").GetProperty("Equipment").EnumerateArray().Select(e => e.ToString()).ToList();
        Assert.Equal(2, equipment.Count);

        var (planned, plan, _) = await browser.Api(HttpMethod.Post, $"/api/clients/{id}/sessions", new { morningPain = 1, baselinePain = 1 });
        Assert.Equal(HttpStatusCode.Created, planned);
        var sessionId = plan.GetProperty("sessionId").GetInt64();
        var item = plan.GetProperty("plan").GetProperty("items")[0];
        var exerciseId = item.GetProperty("exerciseId").GetString();

        var (judged, verdict, _) = await browser.Api(HttpMethod.Post, $"/api/clients/{id}/sessions/{sessionId}/sets", new
        {
            exerciseId,
            variantId = item.GetProperty("variantId").GetString(),
            reps = item.GetProperty("reps").ValueKind == System.Text.Json.JsonValueKind.Null ? (int?)null : item.GetProperty("reps").GetInt32(),
            holdSeconds = item.GetProperty("holdSeconds").ValueKind == System.Text.Json.JsonValueKind.Null ? (double?)null : item.GetProperty("holdSeconds").GetDouble(),
            rpe = 7,
            symptoms = new[] { new { kind = "JointPain", site = "Knee", intensity = 3 } },
        });
        Assert.Equal(HttpStatusCode.OK, judged);
        Assert.Equal("StopExercise", verdict.GetProperty("action").GetString());
        Assert.Equal("safety.joint-pain-stops-exercise", verdict.GetProperty("reasons")[0].GetProperty("ruleId").GetString());

        var (done, review, _) = await browser.Api(HttpMethod.Post, $"/api/clients/{id}/sessions/{sessionId}/finish", new { version = 1 });
        Assert.Equal(HttpStatusCode.OK, done);
        Assert.Equal(2, review.GetProperty("version").GetInt64());
        var decision = Assert.Single(review.GetProperty("decisions").EnumerateArray());
        Assert.Equal(exerciseId, decision.GetProperty("exerciseId").GetString());
        Assert.NotEqual(0, decision.GetProperty("reasons").GetArrayLength());
    }
}
