using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Progression.Tests.Facade;

/// <summary>Safety answers never fail (issue 11 item 1): EvaluateSet answers for any known exercise whatever optional field is missing.</summary>
public sealed class EvaluateSetPropertyTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (1, gen.Select(v => (T?)v)));

    private static readonly Gen<Symptom> Symptoms =
        from kind in Gen.Elements(Enum.GetValues<SymptomKind>())
        from site in Gen.Elements(Enum.GetValues<BodySite>())
        from intensity in Gen.Choose(0, 10)
        select new Symptom(kind, site, intensity);

    // No assessment, no equipment restriction, or a random set of equipment (often none at all).
    private static readonly Gen<Assessment?> Assessments = Gen.Frequency(
        (1, Gen.Constant<Assessment?>(null)),
        (1, Gen.Constant<Assessment?>(new Assessment())),
        (3, Gen.SubListOf(Enum.GetValues<Equipment>()).Select(e => (Assessment?)new Assessment { Equipment = e.ToHashSet() })));

    private enum Stored
    {
        Nothing,
        KnownVariant,
        VariantTheCatalogLacks,
        Paused,
        DoseOutOfRange,
    }

    private static readonly Gen<(ClientState Client, SetReport Set)> Cases =
        from exercise in Gen.Elements(Engine.Catalog.Exercises.ToArray())
        from rung in Gen.Choose(0, exercise.Variants.Count - 1)
        from stored in Gen.Elements(Enum.GetValues<Stored>())
        from assessment in Assessments
        from namesVariant in Gen.Elements(true, false)
        from reps in Maybe(Gen.Choose(0, 60))
        from hold in Maybe(Gen.Choose(0, 120).Select(s => (double)s))
        from load in Maybe(Gen.Choose(0, 60).Select(kg => kg / 2.0))
        from rpe in Maybe(Gen.Choose(1, 10))
        from side in Maybe(Gen.Elements(Side.Left, Side.Right))
        from setNumber in Gen.Choose(1, 6)
        from symptoms in Gen.ArrayOf(Symptoms)
        let variant = exercise.Variants[rung]
        let client = stored switch
        {
            Stored.Nothing => ClientState.New("p", assessment),
            Stored.VariantTheCatalogLacks => ClientState.New("p", assessment).WithProgress(exercise.Id,
                new ExerciseProgress { VariantId = exercise.Id + ".retired", Tier = Tier.Assisted, Dosage = Dosage.OfReps(3, 10) }),
            _ => ClientState.New("p", assessment).WithProgress(exercise.Id, new ExerciseProgress
            {
                VariantId = variant.Id,
                Tier = variant.Tier,
                Dosage = stored == Stored.DoseOutOfRange ? Dosage.OfReps(3, 150, 400) : variant.StartingDosage,
                Paused = stored == Stored.Paused,
                PauseReason = stored == Stored.Paused ? "joint pain" : null,
            }),
        }
        select (client, new SetReport
        {
            ExerciseId = exercise.Id,
            VariantId = namesVariant ? variant.Id : null,
            SetNumber = setNumber,
            Reps = reps,
            HoldSeconds = hold,
            LoadKg = load,
            Rpe = rpe,
            Side = side,
            Symptoms = symptoms,
        });

    /// <summary><see cref="Cases"/> as a <c>[Property]</c>'s parameter.</summary>
    private static class RandomSets
    {
        public static Arbitrary<(ClientState Client, SetReport Set)> Sets() => Cases.ToArbitrary();
    }

    [Property(MaxTest = 10_000, Arbitrary = [typeof(RandomSets)])]
    public bool Property_EvaluateSet_never_throws_for_a_known_exercise_whatever_optional_field_is_missing((ClientState Client, SetReport Set) c)
    {
        var verdict = Engine.EvaluateSet(c.Client, c.Set);
        return verdict.Reasons.Count > 0 || verdict.Action == SetAction.Continue;
    }

    [Property(MaxTest = 10_000, Arbitrary = [typeof(RandomSets)])]
    public bool Property_a_joint_pain_verdict_never_continues_whatever_optional_field_is_missing((ClientState Client, SetReport Set) c)
    {
        var pained = c.Set with { Symptoms = [.. c.Set.Symptoms, new Symptom(SymptomKind.JointPain, BodySite.Knee, 4)] };
        return Engine.EvaluateSet(c.Client, pained).Action != SetAction.Continue;
    }
}
