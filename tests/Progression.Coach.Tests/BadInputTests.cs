using System.Net;

namespace Progression.Coach.Tests;

/// <summary>Bad input comes back as the library's message naming the field: on the page in .error with 400, from the API as problem JSON.</summary>
public sealed class BadInputTests(CoachHost host) : IClassFixture<CoachHost>
{
    private async Task<(Browser Browser, long ClientId, long SessionId, string ExerciseId)> Session()
    {
        var browser = host.Browser();
        await browser.SignIn();
        await browser.ApiSignIn();
        var clientId = await browser.CreateClient("Typo-prone");
        var sessionId = await browser.CheckIn(clientId);
        return (browser, clientId, sessionId, await browser.FirstExercise(clientId, sessionId));
    }

    [Theory]
    [InlineData("Rpe", "11", "Rpe must be between 1 and 10 (inclusive); was 11.")]
    [InlineData("Rpe", "hard", "Rpe must be a whole number; was \"hard\".")]
    [InlineData("LoadKg", "-2", "LoadKg must be a finite number at least 0; was -2.")]
    [InlineData("SymptomIntensity", "12", "Intensity must be between 0 and 10 (inclusive); was 12.")]
    public async Task SetForm_WithABadValue_Shows400AndTheMessage_AndStoresNothing(string field, string value, string message)
    {
        var (browser, clientId, sessionId, exerciseId) = await Session();
        using (browser)
        {
            (string, string)[] changes = field == "SymptomIntensity" ? Flows.KneeJointPain(12) : [(field, value)];
            var page = await browser.LogSet(clientId, sessionId, exerciseId, changes);
            Assert.Equal(HttpStatusCode.BadRequest, page.Status);
            Assert.Equal(message, page.Single(".error").TextContent.Trim());
            Assert.DoesNotContain("Exception", page.Html);
            Assert.DoesNotContain("   at ", page.Html);
            Assert.NotNull(page.One("#plan .plan-item"));
            Assert.Empty(page.All("#sets tbody tr"));
        }
    }

    [Fact]
    public async Task SetForm_WithoutExerciseId_NamesIt()
    {
        var (browser, clientId, sessionId, exerciseId) = await Session();
        using (browser)
        {
            var page = await browser.LogSet(clientId, sessionId, exerciseId, ("ExerciseId", ""), ("Rpe", "5"));
            Assert.Equal(HttpStatusCode.BadRequest, page.Status);
            Assert.StartsWith("ExerciseId must be a non-empty string", page.Single(".error").TextContent.Trim());
        }
    }

    [Fact]
    public async Task SetForm_WithoutTheMeasureTheReviewNeeds_IsRefusedWhenLogged_NotAtFinish()
    {
        var (browser, clientId, sessionId, exerciseId) = await Session();
        using (browser)
        {
            var page = await browser.LogSet(clientId, sessionId, exerciseId, ("Reps", ""), ("HoldSeconds", ""));
            Assert.Equal(HttpStatusCode.BadRequest, page.Status);
            Assert.Contains("is missing for", page.Single(".error").TextContent);
            Assert.Empty(page.All("#sets tbody tr"));
        }
    }

    [Fact]
    public async Task NewClientForm_WithOneSideOfAPair_NamesTheMissingSide()
    {
        using var browser = host.Browser();
        await browser.SignIn();
        var page = await browser.Submit("/Clients/New", "form:has(#create-client)", [new("Name", "Half pair"), new("SingleLegBridgeLeftSeconds", "30")]);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.StartsWith("SingleLegBridgeRightSeconds is missing", page.Single(".error").TextContent.Trim());

        var ratio = await browser.Submit("/Clients/New", "form:has(#create-client)", [new("Name", "Bad ratio"), new("HamstringQuadRatio", "4")]);
        Assert.Equal(HttpStatusCode.BadRequest, ratio.Status);
        Assert.StartsWith("HamstringQuadRatio must be", ratio.Single(".error").TextContent.Trim());
        Assert.DoesNotContain((await browser.Get("/")).All("a.client-link"), a => a.TextContent is "Half pair" or "Bad ratio");
    }

    [Fact]
    public async Task CheckInForm_WithPainOutOfRange_NamesTheField()
    {
        using var browser = host.Browser();
        await browser.SignIn();
        var clientId = await browser.CreateClient("Pain typo");
        var page = await browser.Submit($"/Clients/{clientId}/CheckIn", "form:has(#plan-today)", [new("MorningPain", "11"), new("BaselinePain", "2")]);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("MorningPain must be between 0 and 10 (inclusive); was 11.", page.Single(".error").TextContent.Trim());
    }

    [Theory]
    [InlineData("""{"exerciseId":"glute-bridge","reps":10,"rpe":11}""", "Rpe must be between 1 and 10 (inclusive); was 11.")]
    [InlineData("""{"exerciseId":"glute-bridge","reps":"ten","rpe":5}""", "$.reps")]
    [InlineData("""{"reps":10,"rpe":5}""", "ExerciseId must be a non-empty string")]
    [InlineData("""{"exerciseId":"handstand","reps":10}""", "SetReport.ExerciseId 'handstand' is not in the catalog")]
    [InlineData("""{"exerciseId":"glute-bridge","reps":10,"symptoms":[{"kind":"Itch","site":"Knee","intensity":2}]}""", "Symptoms[0].Kind must be one of")]
    [InlineData("""{"exerciseId":"glute-bridge",""", "not valid")]
    public async Task SetApi_WithBadInput_Is400ProblemJson_WithTheMessage(string json, string detail)
    {
        var (browser, clientId, sessionId, _) = await Session();
        using (browser)
        {
            using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            using var response = await browser.Http.PostAsync($"/api/clients/{clientId}/sessions/{sessionId}/sets", content);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(400, problem.GetProperty("status").GetInt32());
            Assert.Contains(detail, problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task ClientApi_WithHalfAPairOrAnUnknownEquipment_Is400()
    {
        using var browser = host.Browser();
        await browser.ApiSignIn();
        var (half, problem, _) = await browser.Api(HttpMethod.Post, "/api/clients", new { name = "Half", assessment = new { SingleLegBridgeSeconds = new { Left = 30 } } });
        Assert.Equal(HttpStatusCode.BadRequest, half);
        Assert.Contains("Right", problem.GetProperty("detail").GetString());

        var (unknown, problem2, _) = await browser.Api(HttpMethod.Post, "/api/clients", new { name = "Gym", equipment = new[] { "Trampoline" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        Assert.StartsWith("equipment[0] must be one of", problem2.GetProperty("detail").GetString());
    }
}
