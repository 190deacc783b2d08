using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Progression.Tests.Facade;

/// <summary>
/// Issue 11's safety properties over random client histories through the facade: each day a check-in (morning pain,
/// baseline, now and then a red flag or lingering soreness), a plan, the plan done on target (now and then with a
/// symptom), a review; now and then a clinician clears the client. 10,000 cases each, under both pain policies;
/// a failure prints the seed to replay it with <c>[Property(Replay = "(seed,gamma)")]</c> (tests/README.md).
/// </summary>
public sealed class SafetyPropertyTests
{
    private const int Cases = 10_000;

    private static readonly ProgressionEngine[] Engines =
        [Reports.Engine, ProgressionEngine.CreateBuilder().UsePolicy(ProgressionPolicy.PainMonitoring).Build()];

    /// <summary>One day of a history.</summary>
    public sealed record Day(CheckIn? CheckIn, Symptom? Symptom, int SymptomItem, bool Cleared, bool PlanReferralStored);

    private static readonly RedFlag[] Flags = Enum.GetValues<RedFlag>();

    private static readonly Gen<Symptom> SetSymptoms =
        from kind in Gen.Elements(SymptomKind.JointPain, SymptomKind.JointPain, SymptomKind.RadiatingPain, SymptomKind.Numbness,
            SymptomKind.Weakness, SymptomKind.MuscleFatigue, SymptomKind.MuscleSoreness)
        from site in Gen.Elements(Enum.GetValues<BodySite>())
        from intensity in Gen.Choose(0, 10)
        select new Symptom(kind, site, intensity);

    private static readonly Gen<Symptom> Soreness =
        from site in Gen.Elements(BodySite.Glutes, BodySite.Hamstrings, BodySite.Quadriceps, BodySite.Core, BodySite.Erectors, BodySite.Obliques)
        from intensity in Gen.Choose(2, 8)
        select new Symptom(SymptomKind.MuscleSoreness, site, intensity);

    private static readonly Gen<CheckIn> CheckIns =
        from baseline in Gen.Choose(0, 6)
        from rise in Gen.Frequency((5, Gen.Constant(0)), (3, Gen.Choose(1, 3)), (1, Gen.Choose(-2, 6)))
        from flag in Gen.Frequency((12, Gen.Constant<RedFlag?>(null)), (1, Gen.Elements(Flags).Select(f => (RedFlag?)f)))
        from sore in Gen.Frequency((4, Gen.Constant<Symptom?>(null)), (1, Soreness.Select(s => (Symptom?)s)))
        from days in Gen.Choose(1, 8)
        select new CheckIn
        {
            BaselinePain = baseline,
            MorningPain = Math.Clamp(baseline + rise, 0, 10),
            RedFlags = flag is { } f ? new HashSet<RedFlag> { f } : new HashSet<RedFlag>(),
            Soreness = sore is { } s ? [s] : [],
            DaysSinceLastSession = days,
        };

    private static readonly Gen<Day> Days =
        from checkIn in Gen.Frequency((1, Gen.Constant<CheckIn?>(null)), (4, CheckIns.Select(c => (CheckIn?)c)))
        from symptom in Gen.Frequency((4, Gen.Constant<Symptom?>(null)), (1, SetSymptoms.Select(s => (Symptom?)s)))
        from item in Gen.Choose(0, 6)
        from cleared in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
        from stored in Gen.Elements(true, false)
        select new Day(checkIn, symptom, item, cleared, stored);

    private static readonly Exercise[] Catalog = [.. Reports.Engine.Catalog.Exercises];

    /// <summary>A client part-way up some ladders (random rung, dose a few steps up), all of them done last session.</summary>
    private static readonly Gen<ClientState> Starts =
        from picks in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(-1)), (1, Gen.Choose(0, 99))), Catalog.Length)
        from steps in Gen.ArrayOf(Gen.Choose(0, 6), Catalog.Length)
        select Start(picks, steps);

    private static ClientState Start(int[] picks, int[] steps)
    {
        var client = ClientState.New("history");
        for (var i = 0; i < Catalog.Length; i++)
        {
            if (picks[i] < 0)
            {
                continue;
            }

            var variant = Catalog[i].Variants[picks[i] % Catalog[i].Variants.Count];
            var range = variant.Range!;
            var primary = Math.Min(range.Min + (steps[i] * range.Step), range.Max);
            var dosage = variant.Measure == DoseMeasure.Reps ? variant.StartingDosage with { Reps = (int)primary } : variant.StartingDosage with { HoldSeconds = primary };
            client = client.WithProgress(Catalog[i].Id, new ExerciseProgress { VariantId = variant.Id, Tier = variant.Tier, Dosage = dosage });
        }

        return client with { LastSessionExercises = [.. client.Progress.Keys], LastSessionDate = Reports.Day(-2) };
    }

    /// <summary>An engine (by index into <see cref="Engines"/>), a start and one to six days.</summary>
    private static class Histories
    {
        public static Arbitrary<(int Engine, ClientState Start, Day[] History)> Generate()
            => (from engine in Gen.Choose(0, Engines.Length - 1)
                from start in Starts
                from length in Gen.Choose(1, 6)
                from history in Gen.ArrayOf(Days, length)
                select (engine, start, history)).ToArbitrary();
    }

    /// <summary>What one day of a history produced.</summary>
    private sealed record Step(Day Day, ClientState Before, SessionPlan Plan, bool ReferredBefore, SessionReview? Review);

    /// <summary>Runs a history as a host would: plan, do the plan, review, store; record each day.</summary>
    private static List<Step> Run(ProgressionEngine engine, ClientState start, Day[] history)
    {
        var client = start;
        var referred = false;
        var steps = new List<Step>();
        for (var d = 0; d < history.Length; d++)
        {
            var day = history[d];
            var date = Reports.Day(d * 2);
            var plan = engine.PlanSession(client, day.CheckIn);
            var before = client;
            SessionReview? review = null;
            if (day.PlanReferralStored && plan.Referral > Referral.None)
            {
                client = client.WithReferral(plan, date);
                referred = true;
            }

            if (plan.Items.Count > 0)
            {
                var sets = plan.Items.SelectMany((item, i) => day.Symptom is { } symptom && i == day.SymptomItem % plan.Items.Count
                    ? Reports.OnTarget(item.Prescription, 7, symptom)
                    : Reports.OnTarget(item.Prescription, 7));
                review = engine.ReviewSession(client, new SessionReport(date, sets.ToArray()) { CheckIn = day.CheckIn });
                client = review.Next;
            }

            steps.Add(new Step(day, before, plan, referred, review));
            referred |= review?.Referral > Referral.None;
            if (day.Cleared)
            {
                client = client.Progress.Where(p => p.Value.Paused).Aggregate(client.ClearReferral(), (c, p) => c.Resume(p.Key));
                referred = false;
            }
        }

        return steps;
    }

    private static int Rung(ProgressionEngine engine, string exerciseId, string variantId) => engine.Catalog.Get(exerciseId).IndexOf(variantId);

    private static double Primary(Dosage dosage) => dosage.Reps ?? dosage.HoldSeconds ?? 0;

    /// <summary>How hard a prescription is, in order: the rung, then the load (more load may come with fewer reps), then reps or seconds.</summary>
    private static (int Rung, double Load, double Primary) Level(int rung, Dosage dosage) => (rung, dosage.LoadKg ?? 0, Primary(dosage));

    [Property(MaxTest = Cases, Arbitrary = [typeof(Histories)])]
    public bool Property_after_a_review_that_referred_no_plan_has_an_item_until_ClearReferral((int Engine, ClientState Start, Day[] History) h)
        => Run(Engines[h.Engine], h.Start, h.History).All(s => !s.ReferredBefore || s.Plan.Items.Count == 0);

    [Property(MaxTest = Cases, Arbitrary = [typeof(Histories)])]
    public bool Property_a_session_done_exactly_as_planned_never_stores_less_than_was_planned((int Engine, ClientState Start, Day[] History) h)
    {
        var engine = Engines[h.Engine];
        return Run(engine, h.Start, h.History)
            .Where(s => s.Review is not null && s.Day.Symptom is not { Intensity: > 0 })
            .All(s => s.Plan.Items.All(item =>
            {
                var planned = item.Prescription;
                var stored = s.Review!.Next.ProgressOf(planned.ExerciseId)!;
                var (storedRung, plannedRung) = (Rung(engine, planned.ExerciseId, stored.VariantId), Rung(engine, planned.ExerciseId, planned.VariantId));
                return !stored.Paused && Level(storedRung, stored.Dosage).CompareTo(Level(plannedRung, planned.Dosage)) >= 0;
            }));
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(Histories)])]
    public bool Property_nothing_is_paused_without_joint_pain_at_the_easiest_starting_dose_or_a_referral((int Engine, ClientState Start, Day[] History) h)
    {
        var engine = Engines[h.Engine];
        return Run(engine, h.Start, h.History).Where(s => s.Review is not null).All(s => s.Review!.Decisions
            .Where(d => d.Step == ProgressionStep.Pause)
            .All(d =>
            {
                var easiest = engine.Catalog.Get(d.ExerciseId).Variants[0];
                var jointPain = s.Day.Symptom is { Kind: SymptomKind.JointPain, Intensity: > 0 }
                                && s.Plan.Items[s.Day.SymptomItem % s.Plan.Items.Count].Prescription.ExerciseId == d.ExerciseId;
                var atEasiestStart = d.From.VariantId == easiest.Id && d.From.Dosage == easiest.StartingDosage;
                return s.Review.Referral > Referral.None || (jointPain && atEasiestStart);
            }));
    }

    /// <summary>A state after up to three days, a check-in, and a red flag and a soreness to add to it.</summary>
    private static class StatesAndExtras
    {
        public static Arbitrary<(int Engine, ClientState Start, Day[] History, CheckIn CheckIn, RedFlag Flag, Symptom Soreness)> Generate()
            => (from engine in Gen.Choose(0, Engines.Length - 1)
                from start in Starts
                from length in Gen.Choose(0, 3)
                from history in Gen.ArrayOf(Days, length)
                from checkIn in CheckIns
                from flag in Gen.Elements(Flags)
                from soreness in Soreness
                select (engine, start, history, checkIn, flag, soreness)).ToArbitrary();
    }

    /// <summary>Whether <paramref name="more"/> is at least as safe as <paramref name="less"/>: no lower referral, and no exercise planned higher.</summary>
    private static bool NoLessSafe(ProgressionEngine engine, SessionPlan more, SessionPlan less)
        => more.Referral >= less.Referral
           && (more.Referral == Referral.None || more.Items.Count == 0)
           && more.Items.All(item => less.Items.FirstOrDefault(i => i.Prescription.ExerciseId == item.Prescription.ExerciseId) is not { } before
                                     || Rung(engine, item.Prescription.ExerciseId, item.Prescription.VariantId) < Rung(engine, before.Prescription.ExerciseId, before.Prescription.VariantId)
                                     || (item.Prescription.VariantId == before.Prescription.VariantId
                                         && Primary(item.Prescription.Dosage) <= Primary(before.Prescription.Dosage)
                                         && (item.Prescription.Dosage.LoadKg ?? 0) <= (before.Prescription.Dosage.LoadKg ?? 0)));

    [Property(MaxTest = Cases, Arbitrary = [typeof(StatesAndExtras)])]
    public bool Property_adding_a_red_flag_or_a_symptom_never_makes_a_plan_less_safe((int Engine, ClientState Start, Day[] History, CheckIn CheckIn, RedFlag Flag, Symptom Soreness) x)
    {
        var engine = Engines[x.Engine];
        var client = Run(engine, x.Start, x.History) is { Count: > 0 } steps ? steps[^1].Review?.Next ?? steps[^1].Before : x.Start;
        var plan = engine.PlanSession(client, x.CheckIn);
        var flagged = engine.PlanSession(client, x.CheckIn with { RedFlags = new HashSet<RedFlag>(x.CheckIn.RedFlags) { x.Flag } });
        var sore = engine.PlanSession(client, x.CheckIn with { Soreness = [.. x.CheckIn.Soreness, x.Soreness], DaysSinceLastSession = 6 });
        var soreBefore = engine.PlanSession(client, x.CheckIn with { DaysSinceLastSession = 6 });
        return NoLessSafe(engine, flagged, plan) && NoLessSafe(engine, sore, soreBefore);
    }

    /// <summary>An engine, a set's symptoms and one more symptom.</summary>
    private static class SymptomsAndExtra
    {
        public static Arbitrary<(int Engine, Symptom[] Symptoms, Symptom Extra)> Generate()
            => (from engine in Gen.Choose(0, Engines.Length - 1)
                from symptoms in Gen.ArrayOf(SetSymptoms)
                from extra in SetSymptoms
                select (engine, symptoms, extra)).ToArbitrary();
    }

    private static int Severity(SetVerdict v) => ((int)v.Action * 10) + (int)v.Referral;

    [Property(MaxTest = Cases, Arbitrary = [typeof(SymptomsAndExtra)])]
    public bool Property_adding_a_symptom_never_makes_a_verdict_less_safe((int Engine, Symptom[] Symptoms, Symptom Extra) x)
    {
        var engine = Engines[x.Engine];
        var set = Reports.OnTarget(Reports.Current(ClientState.New("c"), "glute-bridge")).First();
        var before = engine.EvaluateSet(ClientState.New("c"), set with { Symptoms = x.Symptoms });
        var after = engine.EvaluateSet(ClientState.New("c"), set with { Symptoms = [.. x.Symptoms, x.Extra] });
        return after.Action >= before.Action && after.Referral >= before.Referral && Severity(after) >= Severity(before);
    }
}
