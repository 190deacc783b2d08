using FsCheck;
using FsCheck.Fluent;

namespace Progression.Tests.Facade;

/// <summary>
/// The random inputs behind the facade's properties, shaped so that the cases reach what the properties are about:
/// histories that start anywhere on a ladder and come in runs (so 2-for-2 increases, three-failure deloads and the
/// loaded tier all happen), and symptom lists where joint pain often comes without a nerve symptom.
/// <see cref="GeneratorDistributionTests"/> measures both.
/// </summary>
public static class Generators
{
    public enum Session
    {
        OnTarget,
        TooHard,
        Short,
        JointPain,
    }

    /// <summary>One exercise's history: where on its ladder it starts, and the sessions that follow.</summary>
    public sealed record History(string ExerciseId, ExerciseProgress? Start, Session[] Sessions)
    {
        public ClientState Client => Start is null ? ClientState.New("random") : ClientState.New("random").WithProgress(ExerciseId, Start);

        public override string ToString() => $"{ExerciseId} from {(Start is null ? "the start" : $"{Start.VariantId} {Start.Dosage}")}: {string.Join(" ", Sessions)}";
    }

    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.BuiltIn;

    /// <summary>Runs of one kind: mostly successes (2–8, enough for 2-for-2), failures in runs of 1–3 (three in a row deload), sometimes hard sessions or joint pain.</summary>
    private static readonly Gen<Session[]> Run = Gen.Frequency(
        (6, Gen.Choose(2, 8).Select(n => Enumerable.Repeat(Session.OnTarget, n).ToArray())),
        (2, Gen.Choose(1, 2).Select(n => Enumerable.Repeat(Session.Short, n).ToArray())),
        (1, Gen.Constant(Enumerable.Repeat(Session.Short, 3).ToArray())),
        (1, Gen.Choose(1, 3).Select(n => Enumerable.Repeat(Session.TooHard, n).ToArray())),
        (1, Gen.Constant(new[] { Session.JointPain })));

    /// <summary>A variant of the ladder (the entry rung as often as any other) at a dose anywhere in its range, or no progress yet.</summary>
    private static Gen<ExerciseProgress?> StartOn(Exercise exercise) =>
        from fresh in Gen.Frequency((1, Gen.Constant(true)), (7, Gen.Constant(false)))
        from index in Gen.Choose(0, exercise.Variants.Count - 1)
        from doseSteps in Gen.Choose(0, 40)
        from loadSteps in Gen.Choose(0, 6)
        select fresh ? null : Progress(exercise.Variants[index], doseSteps, loadSteps);

    private static ExerciseProgress Progress(ExerciseVariant variant, int doseSteps, int loadSteps)
    {
        var range = variant.Range!;
        var primary = Math.Min(range.Max, range.Min + (doseSteps % (int)(((range.Max - range.Min) / range.Step) + 1) * range.Step));
        double? load = variant.Load is { } l ? Math.Min(l.MaxKg, l.StartKg + (loadSteps * l.SmallestStepKg)) : null;
        var dosage = variant.Measure == DoseMeasure.Reps
            ? Dosage.OfReps(variant.Sets, (int)primary, load)
            : Dosage.OfHold(variant.Sets, primary, load);
        return new ExerciseProgress { VariantId = variant.Id, Tier = variant.Tier, Dosage = dosage };
    }

    public static Gen<History> Histories { get; } =
        from exercise in Gen.Elements(Catalog.Exercises.ToArray())
        from start in StartOn(exercise)
        from count in Gen.Choose(3, 12)
        from runs in Gen.ArrayOf(Run, count)
        select new History(exercise.Id, start, runs.SelectMany(r => r).ToArray());

    private static readonly Gen<Symptom> AnySymptom =
        from kind in Gen.Elements(Enum.GetValues<SymptomKind>())
        from site in Gen.Elements(Enum.GetValues<BodySite>())
        from intensity in Gen.Choose(0, 10)
        select new Symptom(kind, site, intensity);

    private static readonly Gen<Symptom> NotNeurological =
        from kind in Gen.Elements(SymptomKind.JointPain, SymptomKind.MuscleFatigue, SymptomKind.MuscleSoreness)
        from site in Gen.Elements(Enum.GetValues<BodySite>())
        from intensity in Gen.Choose(0, 10)
        select new Symptom(kind, site, intensity);

    /// <summary>
    /// Symptom lists of 0–5: half of them drawn from joint pain, fatigue and soreness only, so joint pain without a nerve
    /// symptom is common; the other half from every kind.
    /// </summary>
    public static Gen<Symptom[]> SymptomLists { get; } =
        from length in Gen.Choose(0, 5)
        from onlyLocal in Gen.Elements(true, false)
        from symptoms in Gen.ArrayOf(onlyLocal ? NotNeurological : AnySymptom, length)
        select symptoms;

    public static Gen<Symptom> Symptoms => AnySymptom;

    public static bool IsNeurological(Symptom s) => s.Intensity > 0 && s.Kind is SymptomKind.RadiatingPain or SymptomKind.Numbness or SymptomKind.Weakness;

    public static bool IsJointPain(Symptom s) => s.Intensity > 0 && s.Kind == SymptomKind.JointPain;

    /// <summary>
    /// <see cref="Histories"/> as the Arbitrary of a <c>[Property]</c>'s <see cref="History"/> parameter
    /// (<c>Arbitrary = [typeof(Generators.RandomHistories)]</c>); no shrinker, as before the move to FsCheck.Xunit.
    /// </summary>
    public static class RandomHistories
    {
        public static Arbitrary<History> Histories() => Generators.Histories.ToArbitrary();
    }

    /// <summary>
    /// <see cref="SymptomLists"/> for a <c>Symptom[]</c> parameter, and any single symptom (every kind, site and
    /// intensity) for a <see cref="Symptom"/> parameter.
    /// </summary>
    public static class RandomSymptoms
    {
        public static Arbitrary<Symptom[]> Lists() => SymptomLists.ToArbitrary();

        public static Arbitrary<Symptom> Single() => AnySymptom.ToArbitrary();
    }
}
