using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Progression.Tests.Domain;

public sealed class SymptomTests
{
    // Half the samples land within 3 of a bound, so an off-by-one at either end is found on every run.
    private static Gen<int> NearAndFar(int min, int max) =>
        Gen.OneOf(Gen.Choose(min - 3, max + 3), Gen.Choose(-1000, 1000));

    /// <summary>Integers near and far from the intensity bounds 0 and 10.</summary>
    private static class NearIntensityBounds
    {
        public static Arbitrary<int> Values() => NearAndFar(0, 10).ToArbitrary();
    }

    /// <summary>Integers near and far from the RPE bounds 1 and 10.</summary>
    private static class NearRpeBounds
    {
        public static Arbitrary<int> Values() => NearAndFar(1, 10).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(NearIntensityBounds)])]
    public bool Symptom_accepts_exactly_intensities_0_to_10(int intensity)
    {
        bool accepted;
        try
        {
            accepted = new Symptom(SymptomKind.MuscleFatigue, BodySite.Glutes, intensity).Intensity == intensity;
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == nameof(Symptom.Intensity))
        {
            accepted = false;
        }

        return accepted == intensity is >= 0 and <= 10;
    }

    [Fact]
    public void Symptom_accepts_the_bounds_0_and_10()
    {
        Assert.Equal(0, new Symptom(SymptomKind.JointPain, BodySite.Knee, 0).Intensity);
        Assert.Equal(10, new Symptom(SymptomKind.JointPain, BodySite.Knee, 10).Intensity);
    }

    [Property(Arbitrary = [typeof(NearRpeBounds)])]
    public bool SetReport_Rpe_accepts_exactly_1_to_10(int rpe)
    {
        var accepted = true;
        try
        {
            _ = new SetReport { ExerciseId = "glute-bridge", Rpe = rpe };
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == nameof(SetReport.Rpe))
        {
            accepted = false;
        }

        return accepted == rpe is >= 1 and <= 10;
    }
}
