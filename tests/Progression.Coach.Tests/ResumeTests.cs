using System.Net;
using System.Text.Json;

namespace Progression.Coach.Tests;

/// <summary>An exercise paused for joint pain comes back only when the coach resumes it, from the client's page.</summary>
public sealed class ResumeTests(CoachHost host) : IClassFixture<CoachHost>
{
    [Fact]
    public async Task JointPainEverySession_PausesTheExercise_AndResumeBringsItBack()
    {
        using var browser = host.Browser();
        await browser.SignIn();
        await browser.ApiSignIn();
        var (_, created, _) = await browser.Api(HttpMethod.Post, "/api/clients", new { name = "Sore knee" });
        var id = created.GetProperty("id").GetInt64();
        long version = 1;
        string? exerciseId = null;

        // Joint pain at every session walks the exercise down its ladder to the easiest start, then pauses it.
        for (var session = 0; session < 12; session++)
        {
            var (_, plan, _) = await browser.Api(HttpMethod.Post, $"/api/clients/{id}/sessions", new { morningPain = 1, baselinePain = 1 });
            var items = plan.GetProperty("plan").GetProperty("items").EnumerateArray().ToList();
            exerciseId ??= items[0].GetProperty("exerciseId").GetString();
            if (items.FirstOrDefault(i => i.GetProperty("exerciseId").GetString() == exerciseId) is not { ValueKind: JsonValueKind.Object } item)
            {
                break;   // paused: no longer planned
            }

            var sessionId = plan.GetProperty("sessionId").GetInt64();
            var set = ConcurrencyTests.SetFrom(item);
            var painful = JsonSerializer.SerializeToElement(set).Deserialize<Dictionary<string, object?>>()!;
            painful["symptoms"] = new[] { new { kind = "JointPain", site = "Knee", intensity = 3 } };
            Assert.Equal(HttpStatusCode.OK, (await browser.Api(HttpMethod.Post, $"/api/clients/{id}/sessions/{sessionId}/sets", painful)).Status);
            var (_, finished, _) = await browser.Api(HttpMethod.Post, $"/api/clients/{id}/sessions/{sessionId}/finish", new { version });
            version = finished.GetProperty("version").GetInt64();
        }

        var overview = await browser.Get($"/Clients/{id}");
        var resume = overview.Single($"button.resume[data-exercise-id='{exerciseId}']");
        Assert.NotNull(resume);
        var resumed = await browser.Submit($"/Clients/{id}", $"form:has(button.resume[data-exercise-id='{exerciseId}'])",
            Browser.FieldsOf(overview.Single($"form:has(button.resume[data-exercise-id='{exerciseId}'])")));
        Assert.Equal(HttpStatusCode.Redirect, resumed.Status);

        Assert.Null((await browser.Get($"/Clients/{id}")).One($"button.resume[data-exercise-id='{exerciseId}']"));
        var (_, state, _) = await browser.Api(HttpMethod.Get, $"/api/clients/{id}");
        Assert.Equal(version + 1, state.GetProperty("version").GetInt64());
        Assert.False(state.GetProperty("state").GetProperty("Progress").GetProperty(exerciseId!).GetProperty("Paused").GetBoolean());
        var log = (await browser.Get($"/Clients/{id}/History")).All("#decision-log tbody tr");
        Assert.Contains(log, row => row.GetAttribute("data-kind") == "resume" && row.GetAttribute("data-rule-id") == "coach.exercise-resumed");

        // Resuming again (the exercise is no longer paused) is bad input, named.
        var token = (await browser.Get($"/Clients/{id}")).Single("input[name=__RequestVerificationToken]").GetAttribute("value")!;
        using var again = await browser.Http.PostAsync($"/Clients/{id}?handler=Resume", new FormUrlEncodedContent(
            [new("ExerciseId", exerciseId!), new("Version", (version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains($"ExerciseId \"{exerciseId}\" is not a paused exercise of this client", System.Net.WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
    }
}
