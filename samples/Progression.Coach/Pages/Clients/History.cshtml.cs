using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Progression.Coach.Coaching;
using Progression.Coach.Data;

namespace Progression.Coach.Pages.Clients;

/// <summary>A session as the history lists it.</summary>
public sealed record SessionSummary(SessionRow Row, CheckIn CheckIn, PlanView Plan, int SetCount);

/// <summary>The history: charts of tier, dose and morning pain, the sessions, and the decision log a clinician reads.</summary>
public sealed class HistoryModel(CoachService coach) : ClientPageModel(coach)
{
    /// <summary>Every session, oldest first.</summary>
    public IReadOnlyList<SessionSummary> Sessions { get; private set; } = [];

    /// <summary>The decision log, oldest first.</summary>
    public IReadOnlyList<DecisionRow> Decisions { get; private set; } = [];

    /// <summary>The <c>svg#dose-chart</c> markup (every text in it encoded).</summary>
    public string DoseChart { get; private set; } = "";

    /// <summary>The <c>svg#pain-chart</c> markup.</summary>
    public string PainChart { get; private set; } = "";

    /// <summary>A log time as "2026-12-01 16:12" (UTC).</summary>
    public static string When(string at) =>
        DateTimeOffset.TryParse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time)
            ? time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)
            : at;

    /// <summary>Reads the history and draws the charts.</summary>
    public IActionResult OnGet(long id)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        Sessions = [.. Coach.Sessions(Client).Select(s => new SessionSummary(
            s, JsonSerializer.Deserialize<CheckIn>(s.CheckInJson)!, Json.Read<PlanView>(s.PlanJson), Coach.Sets(s).Count))];
        Decisions = Coach.Decisions(Client);

        var finished = Sessions.Where(s => s.Row.Finished && s.Row.ReviewJson is not null).ToList();
        var dose = finished.SelectMany((s, index) => Json.Read<ReviewView>(s.Row.ReviewJson!).Decisions.Select(d => new DosePoint(
            index + 1, s.Row.Date, d.ExerciseId, d.To.Tier, d.To.Reps ?? d.To.HoldSeconds,
            $"{d.Step}: {Engine.Variant(d.To.VariantId)} {Display.Dose(d.To.Sets, d.To.Reps, d.To.HoldSeconds, d.To.LoadKg)}"))).ToList();
        var pain = Sessions.Select((s, index) => new PainPoint(index + 1, s.Row.Date, s.CheckIn.MorningPain, s.CheckIn.BaselinePain)).ToList();
        DoseChart = Charts.Dose(dose, Engine.Exercise);
        PainChart = Charts.Pain(pain);
        return Page();
    }
}
