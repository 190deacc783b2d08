using System.Net;
using System.Text.RegularExpressions;

namespace Progression.Coach.Tests;

/// <summary>The steps of the coaching flow through the pages, as a coach would click them.</summary>
public static partial class Flows
{
    public static async Task<long> CreateClient(this Browser browser, string name, params (string Field, string Value)[] fields)
    {
        var page = await browser.Submit("/Clients/New", "form:has(#create-client)", [new("Name", name), .. fields.Select(f => new KeyValuePair<string, string>(f.Field, f.Value))]);
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        return long.Parse(ClientUrl().Match(page.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<long> CheckIn(this Browser browser, long clientId, int morningPain = 2, int baselinePain = 2, params string[] redFlags)
    {
        var page = await browser.Submit($"/Clients/{clientId}/CheckIn", "form:has(#plan-today)",
        [
            new("MorningPain", morningPain.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("BaselinePain", baselinePain.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            .. redFlags.Select(f => new KeyValuePair<string, string>("RedFlags", f)),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var match = SessionUrl().Match(page.Location!.OriginalString);
        Assert.True(match.Success, $"Check-in went to {page.Location}, not a session.");
        return long.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Logs a set from a plan item's form: its pre-filled fields (the prescribed reps or seconds) with the changes given.
    /// </summary>
    public static async Task<Page> LogSet(this Browser browser, long clientId, long sessionId, string exerciseId, params (string Field, string Value)[] changes)
    {
        var url = $"/Clients/{clientId}/Sessions/{sessionId}";
        var selector = $".plan-item[data-exercise-id='{exerciseId}'] form";
        var form = (await browser.Get(url)).Single(selector);
        var fields = Browser.FieldsOf(form).ToDictionary(f => f.Key, f => f.Value);
        foreach (var (field, value) in changes)
        {
            fields[field] = value;
        }

        return await browser.Submit(url, selector, fields);
    }

    /// <summary>The exercise of the session's first plan item.</summary>
    public static async Task<string> FirstExercise(this Browser browser, long clientId, long sessionId)
    {
        var page = await browser.Get($"/Clients/{clientId}/Sessions/{sessionId}");
        return page.Single(".plan-item").GetAttribute("data-exercise-id")!;
    }

    public static async Task<Page> Finish(this Browser browser, long clientId, long sessionId, long? version = null)
    {
        var url = $"/Clients/{clientId}/Sessions/{sessionId}";
        var form = (await browser.Get(url)).Single("form:has(#finish-session)");
        var fields = Browser.FieldsOf(form).ToDictionary(f => f.Key, f => f.Value);
        if (version is { } v)
        {
            fields["Version"] = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await browser.Submit(url, "form:has(#finish-session)", fields);
    }

    /// <summary>The symptom fields of a set form for knee joint pain at this intensity.</summary>
    public static (string Field, string Value)[] KneeJointPain(int intensity, params (string Field, string Value)[] more) =>
        [("SymptomKind", "JointPain"), ("SymptomSite", "Knee"), ("SymptomIntensity", intensity.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. more];

    [GeneratedRegex(@"/Clients/(\d+)$")]
    private static partial Regex ClientUrl();

    [GeneratedRegex(@"/Clients/(\d+)/Sessions/(\d+)$")]
    private static partial Regex SessionUrl();
}
