using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Progression.Tests.Facade;

/// <summary>Bad input never gives a silent answer: a random report is either reviewed or rejected naming the field.</summary>
public sealed class ReviewInputPropertyTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static readonly Gen<(Exercise Exercise, SetReport[] Sets)> RandomReports =
        from exercise in Gen.Elements(Engine.Catalog.Exercises.ToArray())
        from rung in Gen.Choose(0, exercise.Variants.Count - 1)
        from named in Gen.Elements(true, false)
        from count in Gen.Choose(1, 4)
        from sets in Gen.ArrayOf(
            from setNumber in Gen.Choose(1, 4)
            from reps in Maybe(Gen.Choose(0, 20))
            from hold in Maybe(Gen.Choose(0, 60).Select(s => (double)s))
            from load in Maybe(Gen.Choose(0, 20).Select(kg => (double)kg))
            from side in Maybe(Gen.Elements(Side.Left, Side.Right))
            select new SetReport
            {
                ExerciseId = exercise.Id,
                VariantId = named ? exercise.Variants[rung].Id : null,
                SetNumber = setNumber,
                Reps = reps,
                HoldSeconds = hold,
                LoadKg = load,
                Side = side,
                Rpe = 7,
            }, count)
        select (exercise, sets);

    /// <summary><see cref="RandomReports"/> as a <c>[Property]</c>'s parameter.</summary>
    private static class OneExerciseReports
    {
        public static Arbitrary<(Exercise Exercise, SetReport[] Sets)> Reports() => RandomReports.ToArbitrary();
    }

    [Property(MaxTest = 2_000, Arbitrary = [typeof(OneExerciseReports)])]
    public bool Property_a_random_report_is_reviewed_or_rejected_naming_the_field((Exercise Exercise, SetReport[] Sets) r)
    {
        try
        {
            var review = Engine.ReviewSession(ClientState.New("p"), new SessionReport(Reports.Day(0), r.Sets));
            return review.Decisions.Count == 1 && review.Decisions[0].ExerciseId == r.Exercise.Id;
        }
        catch (ArgumentException e)
        {
            return e.ParamName == "report" && e.Message.StartsWith("SessionReport.Sets[", StringComparison.Ordinal);
        }
    }
}
