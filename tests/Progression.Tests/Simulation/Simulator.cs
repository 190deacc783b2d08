using System.Text.Json;

namespace Progression.Tests.Simulation;

/// <summary>One session of a history: what was planned, every set and its verdict, and the review.</summary>
internal sealed record SessionRecord(Persona Persona, int Number, DateOnly Date, int? DaysAway, CheckIn CheckIn, ClientState Before, SessionPlan Plan)
{
    /// <summary>The sets as reported, in order.</summary>
    public List<SetReport> Sets { get; } = [];

    /// <summary>The verdict on each set, in the order of <see cref="Sets"/>.</summary>
    public List<SetVerdict> Verdicts { get; } = [];

    /// <summary>Whether a simulated clinician cleared an open referral just before this session's plan.</summary>
    public bool ClearedReferral { get; init; }

    /// <summary>The review; null when nothing was done (an empty plan).</summary>
    public SessionReview? Review { get; set; }

    /// <summary>The sets of one exercise.</summary>
    public IEnumerable<SetReport> SetsOf(string exerciseId) => Sets.Where(s => s.ExerciseId == exerciseId);

    /// <summary>The planned item of one exercise, if it was planned.</summary>
    public PlannedExercise? PlannedOf(string exerciseId) => Plan.Items.FirstOrDefault(i => i.Prescription.ExerciseId == exerciseId);
}

/// <summary>A finished history and every invariant violation found in it.</summary>
internal sealed class SimulationRun(Persona persona, IReadOnlyList<SessionRecord> sessions, IReadOnlyDictionary<string, List<string>> violations)
{
    public Persona Persona { get; } = persona;

    public IReadOnlyList<SessionRecord> Sessions { get; } = sessions;

    /// <summary>Violations by invariant name; every invariant has an entry, empty when it held.</summary>
    public IReadOnlyDictionary<string, List<string>> Violations { get; } = violations;

    public IEnumerable<ExerciseDecision> Decisions => Sessions.Where(s => s.Review is not null).SelectMany(s => s.Review!.Decisions);
}

/// <summary>
/// Drives a persona through the public facade only: plan (with a check-in) → per planned exercise its sets, each
/// through <see cref="IProgressionEngine.EvaluateSet"/>, stopping the exercise or the session as the verdict says →
/// review → the next state. The state goes through System.Text.Json every seven days, as a host storing it would.
/// Every invariant is checked after every plan and review.
/// </summary>
internal static class Simulator
{
    private static readonly DateOnly FirstDay = new(2026, 1, 5);

    public static SimulationRun Run(Persona persona)
    {
        var engine = persona.Engine;
        var random = new Random(persona.Seed);
        var invariants = Invariants.All();
        var violations = invariants.ToDictionary(i => i.Name, _ => new List<string>());
        var sessions = new List<SessionRecord>();
        var client = persona.Start(persona.AssessmentOn(1));
        var date = FirstDay;
        var storedOn = date;
        for (var number = 1; number <= persona.Sessions; number++)
        {
            if (number > 1)
            {
                date = date.AddDays(persona.DaysBefore(number));
            }

            if (date.DayNumber - storedOn.DayNumber >= 7)
            {
                client = RoundTrip(client, persona, number, violations);
                storedOn = date;
            }

            var assessment = persona.AssessmentOn(number);
            if (!Equals(assessment, client.Assessment))
            {
                client = client.WithAssessment(assessment);
            }

            // A clinician sees a referred client some days later and clears them, as a host records with ClearReferral().
            var cleared = client.OpenReferral is { } open && date.DayNumber - open.Since.DayNumber >= persona.ClinicianClearsAfterDays;
            if (cleared)
            {
                client = client.ClearReferral();
            }

            int? daysAway = client.LastSessionDate is { } last ? date.DayNumber - last.DayNumber : null;
            var (morning, baseline) = persona.MorningPain(number);
            var checkIn = new CheckIn { MorningPain = morning, BaselinePain = baseline, DaysSinceLastSession = daysAway };
            var record = new SessionRecord(persona, number, date, daysAway, checkIn, client, engine.PlanSession(client, checkIn)) { ClearedReferral = cleared };
            Perform(record, engine, random);
            if (record.Sets.Count > 0)
            {
                record.Review = engine.ReviewSession(client, new SessionReport(date, record.Sets.ToArray()) { CheckIn = checkIn });
            }

            foreach (var invariant in invariants)
            {
                foreach (var (decision, detail) in invariant.Check(record))
                {
                    violations[invariant.Name].Add(Describe(record, invariant.Name, decision, detail));
                }
            }

            sessions.Add(record);
            client = record.Review?.Next ?? client;
            if (record.Review is null && record.Plan.Referral > Referral.None)
            {
                // No session follows a plan that referred on a check-in red flag: the host stores the referral itself.
                client = client.WithReferral(record.Plan, date);
            }
        }

        return new SimulationRun(persona, sessions, violations);
    }

    private static void Perform(SessionRecord record, ProgressionEngine engine, Random random)
    {
        foreach (var item in record.Plan.Items)
        {
            for (var setNumber = 1; setNumber <= item.Prescription.Dosage.Sets; setNumber++)
            {
                var set = record.Persona.Perform(new SetContext(record.Number, (record.Number - 1) / 3, item.Prescription, setNumber, random));
                var verdict = engine.EvaluateSet(record.Before, set);
                record.Sets.Add(set);
                record.Verdicts.Add(verdict);
                if (verdict.Action == SetAction.StopSession)
                {
                    return;
                }

                if (verdict.Action == SetAction.StopExercise)
                {
                    break;
                }
            }
        }
    }

    private static ClientState RoundTrip(ClientState client, Persona persona, int number, Dictionary<string, List<string>> violations)
    {
        var json = JsonSerializer.Serialize(client);
        var back = JsonSerializer.Deserialize<ClientState>(json)!;
        if (!back.Equals(client))
        {
            violations[Invariants.JsonRoundTrip].Add($"{persona}, before session {number}: the state read back from JSON differs from the one written.{Environment.NewLine}  {json}");
        }

        return back;
    }

    private static string Describe(SessionRecord record, string invariant, ExerciseDecision? decision, string detail)
    {
        var text = $"{record.Persona}, session {record.Number} ({record.Date:yyyy-MM-dd}): {invariant}: {detail}";
        if (decision is not null)
        {
            text += Environment.NewLine + "  decision: " + decision.ToString().Replace(Environment.NewLine, Environment.NewLine + "  ", StringComparison.Ordinal);
        }

        return text;
    }
}
