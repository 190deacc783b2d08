using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Progression.Packs;

namespace Progression.Tests.Facade;

/// <summary>
/// Issue 16, "start where the assessment says", over random assessments and equipment: a new client's start on a
/// measured exercise is inside the chosen rung's range, never above the share of the hold the policy allows, never
/// loaded and never on a rung the equipment forbids; an exercise the assessment says nothing about starts at its entry rung.
/// </summary>
public sealed class AssessedStartPropertyTests
{
    private const int Cases = 10_000;

    private static readonly ProgressionEngine[] Engines =
    [
        Reports.Engine,
        ProgressionEngine.CreateBuilder().ConfigurePolicy(p => p with { AssessedStartFraction = 0.3 }).Build(),
        ProgressionEngine.CreateBuilder().ConfigurePolicy(p => p with { AssessedStartFraction = 1 }).AddExercise(AssessedStartTests.BenchSideBridge).Build(),
    ];

    private static readonly Equipment[] AllEquipment = Enum.GetValues<Equipment>();

    public static class Assessments
    {
        private static readonly Gen<double?> Seconds = Gen.Frequency(
            (1, Gen.Constant<double?>(null)),
            (4, Gen.Choose(0, 600).Select(s => (double?)s)),
            (1, Gen.Choose(0, 1200).Select(s => (double?)(s / 4.0))));

        private static readonly Gen<IReadOnlySet<Equipment>?> Owned = Gen.Frequency(
            (1, Gen.Constant<IReadOnlySet<Equipment>?>(null)),
            (3, Gen.SubListOf(AllEquipment).Select(l => (IReadOnlySet<Equipment>?)l.ToHashSet())));

        public static Arbitrary<(int Engine, Assessment Assessment, int MorningPain)> Generate()
            => (from engine in Gen.Choose(0, Engines.Length - 1)
                from left in Seconds
                from right in Gen.Frequency((1, Gen.Constant<double?>(null)), (4, Seconds))
                from extensor in Seconds
                from bridgeLeft in Seconds
                from bridgeRight in Seconds
                from even in Gen.Elements(true, false)
                from equipment in Owned
                from pain in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Choose(0, 10)))
                select (engine, new Assessment
                {
                    Trunk = new TrunkEndurance { SideBridgeLeftSeconds = left, SideBridgeRightSeconds = even ? left : right, ExtensorSeconds = extensor },
                    SingleLegBridgeSeconds = bridgeLeft is { } bl && bridgeRight is { } br ? new SidePair(bl, even ? bl : br) : null,
                    Equipment = equipment,
                }, pain)).ToArbitrary();
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(Assessments)])]
    public void Property_the_assessed_start_is_inside_the_rung_within_the_measured_hold_and_on_equipment_at_hand((int Engine, Assessment Assessment, int MorningPain) c)
    {
        var engine = Engines[c.Engine];
        var client = ClientState.New("random", c.Assessment);
        var plan = engine.PlanSession(client, c.MorningPain > 0 ? new CheckIn { MorningPain = c.MorningPain } : null);
        foreach (var item in plan.Items)
        {
            var exercise = engine.Catalog.Get(item.Prescription.ExerciseId);
            var rung = exercise.IndexOf(item.Prescription.VariantId);
            var variant = exercise.Variants[rung];
            var primary = variant.Measure == DoseMeasure.Reps ? item.Prescription.Dosage.Reps!.Value : item.Prescription.Dosage.HoldSeconds!.Value;
            Assert.True(variant.Range!.Contains(primary), $"{item.Prescription} outside {variant.Range}");
            Assert.True(variant.CanBeDoneWith(c.Assessment.Equipment), $"{item.Prescription} needs equipment the client lacks");

            var assessed = item.Reasons.Any(r => r.RuleId == SelectionRules.AssessedStart);
            var measured = Measured(exercise, c.Assessment);
            if (assessed)
            {
                Assert.NotNull(measured);
                Assert.NotEqual(Tier.Loaded, variant.Tier);
                var seconds = variant.Measure == DoseMeasure.Reps ? primary * measured.Value.RepSeconds : primary;
                Assert.True(seconds <= (engine.Policy.AssessedStartFraction * measured.Value.Seconds) + 1e-9,
                    $"{item.Prescription} asks {seconds} s of a {measured.Value.Seconds} s hold");
            }
            else if (!item.Reasons.Any(r => r.RuleId is SelectionRules.UnilateralVariant or SelectionRules.EquipmentAvailable))
            {
                Assert.Equal(0, rung);
                Assert.Equal(variant.StartingDosage, item.Prescription.Dosage);
            }

            if (measured is null)
            {
                Assert.False(assessed);
            }
        }
    }

    /// <summary>The hold that counts for <paramref name="exercise"/> (the weaker side) and the seconds a rep stands for, or null when none was measured.</summary>
    private static (double Seconds, double RepSeconds)? Measured(Exercise exercise, Assessment a)
    {
        if (SelectionRules.IsSideBridge(exercise))
        {
            return a.Trunk is { SideBridgeLeftSeconds: { } l, SideBridgeRightSeconds: { } r } ? (Math.Min(l, r), SelectionRules.TrunkRepSeconds) : null;
        }

        if (SelectionRules.IsExtensorEndurance(exercise))
        {
            return a.Trunk is { ExtensorSeconds: { } e } ? (e, SelectionRules.TrunkRepSeconds) : null;
        }

        return SelectionRules.IsGluteBridge(exercise) && a.SingleLegBridgeSeconds is { } b ? (Math.Min(b.Left, b.Right), SelectionRules.BridgeRepSeconds) : null;
    }
}
