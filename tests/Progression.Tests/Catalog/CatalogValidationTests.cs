namespace Progression.Tests.Catalog;

/// <summary>Catalog values reject bad input at construction, naming the field and what is allowed.</summary>
public sealed class CatalogValidationTests
{
    public static TheoryData<string, Func<object>, string, string> BadValues => new()
    {
        { "range min 0", () => new DoseRange(0, 10, 1), "Min", "greater than 0" },
        { "range inverted", () => new DoseRange(10, 8, 1), "Max", "at least 10; was 8" },
        { "range step 0", () => new DoseRange(8, 12, 0), "Step", "greater than 0" },
        { "range NaN", () => new DoseRange(double.NaN, 12, 1), "Min", "finite" },
        { "load start 0", () => new LoadRange(0, 10, 1), "StartKg", "greater than 0 and at most 500" },
        { "load inverted", () => new LoadRange(10, 5, 1), "MaxKg", "between 10 and 500" },
        { "load above 500", () => new LoadRange(10, 600, 1), "MaxKg", "between 10 and 500" },
        { "load step 0", () => new LoadRange(2, 10, 0), "SmallestStepKg", "greater than 0" },
        { "exercise id not kebab-case", () => new Exercise("Glute Bridge", "G", MovementPattern.HipDominant, [], []), "Id", "kebab-case" },
        { "empty exercise name", () => new Exercise("g", "", MovementPattern.HipDominant, [], []), "Name", "non-empty" },
        { "undefined pattern", () => new Exercise("g", "G", (MovementPattern)9, [], []), "Pattern", "defined MovementPattern" },
        { "undefined target", () => new Exercise("g", "G", MovementPattern.Trunk, [(BodySite)99], []), "TargetMuscles", "defined BodySite" },
        { "null variants", () => new Exercise("g", "G", MovementPattern.Trunk, [], null!), "Variants", "must not be null" },
        { "variant id with spaces", () => new ExerciseVariant("g.two words", "V", Tier.Assisted, DoseMeasure.Reps), "Id", "kebab-case parts joined by '.'" },
        { "variant sets 0", () => new ExerciseVariant("g.v", "V", Tier.Assisted, DoseMeasure.Reps) { Sets = 0 }, "Sets", "between 1 and 20" },
        { "undefined tier", () => new ExerciseVariant("g.v", "V", (Tier)7, DoseMeasure.Reps), "Tier", "defined Tier" },
        { "undefined measure", () => new ExerciseVariant("g.v", "V", Tier.Assisted, (DoseMeasure)7), "Measure", "defined DoseMeasure" },
        { "undefined equipment", () => new ExerciseVariant("g.v", "V", Tier.Assisted, DoseMeasure.Reps, (Equipment)70), "Equipment", "defined Equipment" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Construction_BadValue_ThrowsNamingFieldAndAllowedRange(string scenario, Func<object> create, string field, string allowed)
    {
        var error = Assert.ThrowsAny<ArgumentException>(create);

        Assert.True(error.ParamName == field, $"{scenario}: ParamName was '{error.ParamName}', expected '{field}'.");
        Assert.Contains(allowed, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8, 12, 2, 8, 10)]
    [InlineData(8, 12, 2, 11, 12)]
    [InlineData(8, 12, 2, 12, 12)]
    [InlineData(20, 45, 5, 3, 20)]
    public void DoseRange_Next_StepsUpWithinTheRange(double min, double max, double step, double current, double expected) =>
        Assert.Equal(expected, new DoseRange(min, max, step).Next(current));

    [Fact]
    public void DoseRange_PreviousAndBounds()
    {
        var range = new DoseRange(20, 45, 5);

        Assert.Equal(20, range.Previous(22));
        Assert.True(range.IsAtMax(45));
        Assert.False(range.IsAtMax(40));
        Assert.True(range.Contains(20) && range.Contains(45) && !range.Contains(46));
        Assert.Equal("20–45 step 5", range.ToString());
    }
}
