namespace Progression.Tests.Catalog;

public sealed class ExerciseTests
{
    private static readonly Exercise Split = ExerciseCatalog.BuiltIn.Get("atg-split-squat");

    [Fact]
    public void IndexOf_WalksTheLadderEasiestFirst()
    {
        Assert.Equal(0, Split.IndexOf("atg-split-squat.chair"));
        Assert.Equal(2, Split.IndexOf("atg-split-squat.dumbbells"));
        Assert.Equal(-1, Split.IndexOf("glute-bridge.double-leg"));
    }

    [Fact]
    public void NextAndPreviousVariant_StopAtTheEnds()
    {
        Assert.Equal("atg-split-squat.flat", Split.NextVariant("atg-split-squat.chair")?.Id);
        Assert.Null(Split.NextVariant("atg-split-squat.dumbbells"));
        Assert.Equal("atg-split-squat.flat", Split.PreviousVariant("atg-split-squat.dumbbells")?.Id);
        Assert.Null(Split.PreviousVariant("atg-split-squat.chair"));
        Assert.Equal("variantId", Assert.Throws<ArgumentException>(() => Split.NextVariant("nope")).ParamName);
    }

    [Fact]
    public void TryGetVariant_FindsOnlyItsOwnVariants()
    {
        Assert.True(Split.TryGetVariant("atg-split-squat.flat", out var flat));
        Assert.Equal(Tier.Bodyweight, flat.Tier);
        Assert.False(Split.TryGetVariant("glute-bridge.double-leg", out _));
        Assert.Same(Split.Variants[0], Split.Entry);
    }

    [Fact]
    public void ToString_DrawsTheLadder() =>
        Assert.Equal(
            "atg-split-squat: atg-split-squat.chair (Assisted) → atg-split-squat.flat (Bodyweight) → atg-split-squat.dumbbells (Loaded)",
            Split.ToString());

    [Theory]
    [InlineData("atg-split-squat.dumbbells", "3 × 6 at 4 kg")]
    [InlineData("side-bridge.knees", "3 × 10 s")]
    [InlineData("hip-flexor-stretch.supported", "2 × 20 s")]
    [InlineData("glute-bridge.double-leg", "3 × 10")]
    public void StartingDosage_IsSetsTimesRangeMinAtStartLoad(string variantId, string expected) =>
        Assert.Equal(expected, ExerciseCatalog.BuiltIn.GetVariant(variantId).Variant.StartingDosage.ToString());

    [Fact]
    public void StartingDosage_WithoutARange_ExplainsWhy()
    {
        var variant = new ExerciseVariant("x.v", "V", Tier.Bodyweight, DoseMeasure.Reps);

        var error = Assert.Throws<InvalidOperationException>(() => variant.StartingDosage);
        Assert.Contains("has no Reps range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsStretch_DefaultsFromPatternAndCanBeSet()
    {
        var variant = new ExerciseVariant("x.v", "V", Tier.Bodyweight, DoseMeasure.HoldSeconds) { HoldSeconds = new(10, 20, 5) };

        Assert.True(new Exercise("x", "X", MovementPattern.Mobility, [BodySite.Hip], [variant]).IsStretch);
        Assert.False(new Exercise("x", "X", MovementPattern.Trunk, [BodySite.Core], [variant]).IsStretch);
        Assert.True(new Exercise("x", "X", MovementPattern.Trunk, [BodySite.Core], [variant]) { IsStretch = true }.IsStretch);
    }

    [Fact]
    public void Constructor_CopiesTheVariantList()
    {
        var variants = new List<ExerciseVariant> { new("x.v", "V", Tier.Bodyweight, DoseMeasure.Reps) { Reps = new(5, 10, 1) } };
        var exercise = new Exercise("x", "X", MovementPattern.Trunk, [BodySite.Core], variants);

        variants.Clear();

        Assert.Single(exercise.Variants);
    }
}
