using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Progression.Tests.Facade;

/// <summary>
/// The load-step and deload rules through the public facade, on every loaded variant of the built-in catalog at a
/// random load on its grid (issue 12 items 1 and 2). 10,000 cases each; a failure prints the Replay seed (tests/README.md).
/// </summary>
public sealed class DoseArithmeticPropertyTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;
    private const int TenThousand = 10_000;

    private static readonly (Exercise Exercise, ExerciseVariant Variant)[] Loaded =
        Engine.Catalog.Exercises.SelectMany(e => e.Variants.Where(v => v.Load is not null).Select(v => (e, v))).ToArray();

    /// <summary>A client on a loaded variant at a load on its grid, at <paramref name="top"/> the top of its range or anywhere in it.</summary>
    public sealed record Start(string ExerciseId, ExerciseVariant Variant, Dosage Dosage, int Successes)
    {
        public ClientState Client => ClientState.New("p").WithProgress(ExerciseId, new ExerciseProgress
        {
            VariantId = Variant.Id, Tier = Variant.Tier, Dosage = Dosage, SuccessStreak = Successes,
        });

        public override string ToString() => $"{Variant.Id} at {Dosage}";
    }

    private static Gen<Start> Starts(bool top) =>
        from pick in Gen.Elements(Loaded)
        let load = pick.Variant.Load!
        let range = pick.Variant.Range!
        from steps in Gen.Choose(0, (int)Math.Round((load.MaxKg - load.StartKg) / load.SmallestStepKg))
        from below in Gen.Choose(0, (int)Math.Round((range.Max - range.Min) / range.Step))
        let kg = Math.Round(load.StartKg + (steps * load.SmallestStepKg), 2)
        let primary = top ? range.Max : range.Max - (below * range.Step)
        select new Start(pick.Exercise.Id, pick.Variant,
            pick.Variant.Measure == DoseMeasure.Reps ? Dosage.OfReps(pick.Variant.Sets, (int)primary, kg) : Dosage.OfHold(pick.Variant.Sets, primary, kg),
            top ? 1 : 0);

    /// <summary>Clients at the top of a loaded variant's range, one success already in the streak.</summary>
    private static class AtTheTop
    {
        public static Arbitrary<Start> Starts() => DoseArithmeticPropertyTests.Starts(top: true).ToArbitrary();
    }

    /// <summary>Clients anywhere in a loaded variant's range, no success in the streak.</summary>
    private static class AnywhereInTheRange
    {
        public static Arbitrary<Start> Starts() => DoseArithmeticPropertyTests.Starts(top: false).ToArbitrary();
    }

    private static double Primary(Dosage d) => d.Reps ?? d.HoldSeconds!.Value;

    private static double Work(Dosage d) => Primary(d) * (d.LoadKg ?? 0);

    [Property(MaxTest = TenThousand, Arbitrary = [typeof(AtTheTop)])]
    public bool Property_two_successes_at_the_top_step_the_load_2_to_10_percent_or_hold_the_work(Start s)
    {
        var decision = Engine.ReviewSession(s.Client, Reports.Session(0, Reports.OnTarget(Reports.Current(s.Client, s.ExerciseId)))).Decisions.Single();
        if (decision.Step != ProgressionStep.Increase)
        {
            return decision.Step == ProgressionStep.Advance || decision.Step == ProgressionStep.Hold;
        }

        var from = s.Dosage.LoadKg!.Value;
        var to = decision.To.Dosage;
        if (to.LoadKg == from)
        {
            // An extension: only where the smallest increment is above 10 % of the load.
            return s.Variant.Load!.SmallestStepKg / from > 0.10 && Primary(to) > Primary(s.Dosage);
        }

        var loadChange = (to.LoadKg!.Value - from) / from;
        var workChange = (Work(to) - Work(s.Dosage)) / Work(s.Dosage);
        var withinSteps = s.Variant.Load!.SmallestStepKg / from <= 0.10 + 1e-9
            ? loadChange >= 0.02 - 1e-9 && loadChange <= 0.10 + 1e-9
            : workChange >= -0.15 - 1e-9 && workChange <= 0.10 + 1e-9;
        return withinSteps && decision.Reasons[0].Message.Contains(" kg (+", StringComparison.Ordinal);
    }

    [Property(MaxTest = TenThousand, Arbitrary = [typeof(AnywhereInTheRange)])]
    public bool Property_three_failures_never_deload_below_the_variants_lightest_load(Start s)
    {
        var client = s.Client;
        ExerciseDecision decision = null!;
        for (var day = 0; day < 3; day++)
        {
            var review = Engine.ReviewSession(client, Reports.Session(day * 2, Reports.ShortOfTarget(Reports.Current(client, s.ExerciseId))));
            client = review.Next;
            decision = review.Decisions.Single();
        }

        if (decision.To.VariantId != s.Variant.Id)
        {
            return decision.Step == ProgressionStep.Regress;
        }

        var lost = (Work(s.Dosage) - Work(decision.To.Dosage)) / Work(s.Dosage);
        return decision.Step == ProgressionStep.Deload
               && decision.To.Dosage.LoadKg >= s.Variant.Load!.StartKg - 1e-9
               && lost >= 0.05 - 1e-9 && lost <= 0.15 + 1e-9;
    }
}
