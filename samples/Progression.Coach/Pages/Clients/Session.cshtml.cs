using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Progression.Coach.Coaching;
using Progression.Coach.Data;

namespace Progression.Coach.Pages.Clients;

/// <summary>A logged set with what the engine said about it.</summary>
public sealed record LoggedSet(int Seq, SetReport Report, VerdictView Verdict);

/// <summary>Today's plan, a form per exercise to log each set, the latest verdict at once, and the finish button.</summary>
public sealed class SessionModel(CoachService coach) : ClientPageModel(coach)
{
    /// <summary>The session.</summary>
    public SessionRow Session { get; private set; } = null!;

    /// <summary>Its plan.</summary>
    public PlanView Plan { get; private set; } = null!;

    /// <summary>Its sets, in order.</summary>
    public IReadOnlyList<LoggedSet> Sets { get; private set; } = [];

    /// <summary>What this session's verdicts stopped (exercise id, or <see cref="CoachService.WholeSession"/>) and why.</summary>
    public IReadOnlyDictionary<string, string> Stopped { get; private set; } = new Dictionary<string, string>();

    /// <summary>The last set logged: its verdict is shown first.</summary>
    public LoggedSet? Latest => Sets.Count == 0 ? null : Sets[^1];

    /// <summary>The set form's fields as typed; numbers and names are read by <see cref="FormInput"/>.</summary>
    [BindProperty] public string? ExerciseId { get; set; }

    /// <summary>The variant the plan prescribed.</summary>
    [BindProperty] public string? VariantId { get; set; }

    /// <summary>Reps done.</summary>
    [BindProperty] public string? Reps { get; set; }

    /// <summary>Seconds held.</summary>
    [BindProperty] public string? HoldSeconds { get; set; }

    /// <summary>Load in kg.</summary>
    [BindProperty] public string? LoadKg { get; set; }

    /// <summary>Effort, 1–10.</summary>
    [BindProperty] public string? Rpe { get; set; }

    /// <summary>Left, Right or blank.</summary>
    [BindProperty] public string? Side { get; set; }

    /// <summary>A symptom's kind, blank for none.</summary>
    [BindProperty] public string? SymptomKind { get; set; }

    /// <summary>Where the symptom was.</summary>
    [BindProperty] public string? SymptomSite { get; set; }

    /// <summary>How strong, 0–10.</summary>
    [BindProperty] public string? SymptomIntensity { get; set; }

    /// <summary>Shows the session.</summary>
    public IActionResult OnGet(long id, long sessionId)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        try
        {
            Read(sessionId);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>Logs a set and comes back here (post, redirect, get), where its verdict shows.</summary>
    public IActionResult OnPost(long id, long sessionId) => Change(id, () =>
    {
        List<SymptomInput> symptoms = string.IsNullOrWhiteSpace(SymptomKind)
            ? []
            : [new SymptomInput(SymptomKind, SymptomSite, FormInput.Int(SymptomIntensity, "SymptomIntensity"))];
        var input = new SetInput(
            ExerciseId, VariantId, FormInput.Int(Reps, nameof(Reps)), FormInput.Number(HoldSeconds, nameof(HoldSeconds)),
            FormInput.Number(LoadKg, nameof(LoadKg)), FormInput.Int(Rpe, nameof(Rpe)), Side, symptoms);
        Coach.LogSet(CoachId, id, sessionId, input);
        return Redirect($"/Clients/{id}/Sessions/{sessionId}");
    }, reload: () => Read(sessionId));

    private void Read(long sessionId)
    {
        Session = Coach.Session(Client, sessionId);
        Plan = Json.Read<PlanView>(Session.PlanJson);
        var rows = Coach.Sets(Session);
        Stopped = Coach.Stopped(rows);
        Sets = [.. rows.Select(s => new LoggedSet(s.Seq, JsonSerializer.Deserialize<SetReport>(s.ReportJson)!, Json.Read<VerdictView>(s.VerdictJson)))];
    }
}
