namespace Progression.Tests.Catalog;

public sealed class ExerciseCatalogTests
{
    private static ExerciseVariant Reps(string id, Tier tier = Tier.Bodyweight, params Equipment[] equipment) =>
        new(id, "Variant " + id, tier, DoseMeasure.Reps, equipment) { Reps = new(8, 12, 1), Cue = "Move well." };

    private static Exercise Make(string id, params ExerciseVariant[] variants) =>
        new(id, "Exercise " + id, MovementPattern.HipDominant, [BodySite.Glutes], variants) { Region = BackRegion.Below, Source = "test" };

    [Fact]
    public void Create_ThreeProblems_ReportsAllInOneException()
    {
        var exercises = new[]
        {
            Make("no-variants"),
            Make("tiers-down", Reps("tiers-down.a", Tier.Bodyweight), Reps("tiers-down.b", Tier.Assisted)),
            Make("loaded-without-load", new ExerciseVariant("loaded-without-load.a", "A", Tier.Loaded, DoseMeasure.Reps, Equipment.Dumbbell) { Reps = new(8, 12, 1) }),
        };

        var error = Assert.Throws<CatalogException>(() => ExerciseCatalog.Create(exercises));

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("(3 problems)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Exercise 'no-variants' has no variants", error.Message, StringComparison.Ordinal);
        Assert.Contains("'tiers-down.b' (Assisted) comes after 'tiers-down.a' (Bodyweight)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Variant 'loaded-without-load.a' is Loaded but has no Load range", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    public static TheoryData<string, Func<Exercise[]>, string> SingleProblems => new()
    {
        { "duplicate exercise id", () => [Make("a", Reps("a.one")), Make("a", Reps("a.two"))], "Exercise id 'a' is used more than once" },
        { "duplicate variant id", () => [Make("a", Reps("shared")), Make("b", Reps("shared"))], "Variant id 'shared' is used more than once (in 'a' and 'b')" },
        { "reps variant without reps", () => [Make("a", new ExerciseVariant("a.v", "V", Tier.Bodyweight, DoseMeasure.Reps))], "measures Reps but has no Reps range" },
        { "hold variant without hold", () => [Make("a", new ExerciseVariant("a.v", "V", Tier.Bodyweight, DoseMeasure.HoldSeconds))], "measures HoldSeconds but has no HoldSeconds range" },
        { "both ranges", () => [Make("a", new ExerciseVariant("a.v", "V", Tier.Bodyweight, DoseMeasure.Reps) { Reps = new(8, 12, 1), HoldSeconds = new(5, 10, 1) })], "also has a HoldSeconds range" },
        { "fractional reps", () => [Make("a", new ExerciseVariant("a.v", "V", Tier.Bodyweight, DoseMeasure.Reps) { Reps = new(8, 12.5, 1) })], "Reps range must be whole numbers" },
        { "too many reps", () => [Make("a", new ExerciseVariant("a.v", "V", Tier.Bodyweight, DoseMeasure.Reps) { Reps = new(8, 250, 1) })], "within 1–200 reps" },
        { "too long a hold", () => [Make("a", new ExerciseVariant("a.v", "V", Tier.Bodyweight, DoseMeasure.HoldSeconds) { HoldSeconds = new(30, 900, 30) })], "within 0–600 s" },
        { "load on bodyweight", () => [Make("a", new ExerciseVariant("a.v", "V", Tier.Bodyweight, DoseMeasure.Reps) { Reps = new(8, 12, 1), Load = new(2, 10, 1) })], "is Bodyweight but has a Load range" },
        { "loaded without equipment", () => [Make("a", new ExerciseVariant("a.v", "V", Tier.Loaded, DoseMeasure.Reps) { Reps = new(8, 12, 1), Load = new(2, 10, 1) })], "declares no equipment to carry the load" },
    };

    [Theory]
    [MemberData(nameof(SingleProblems))]
    public void Create_OneProblem_IsNamedInTheException(string scenario, Func<Exercise[]> exercises, string expected)
    {
        var error = Assert.Throws<CatalogException>(() => ExerciseCatalog.Create(exercises()));

        Assert.True(error.Problems.Count == 1, $"{scenario}: {error.Message}");
        Assert.Contains(expected, error.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void With_NewExercise_AppendsWithoutChangingTheOriginal()
    {
        var stepUp = Make("step-up", Reps("step-up.low-box", Tier.Bodyweight, Equipment.Step));

        var catalog = ExerciseCatalog.BuiltIn.With(stepUp);

        Assert.Same(stepUp, catalog.Exercises[^1]);
        Assert.Equal(ExerciseCatalog.BuiltIn.Exercises.Count + 1, catalog.Exercises.Count);
        Assert.False(ExerciseCatalog.BuiltIn.Contains("step-up"));
        Assert.Equal(("step-up", "step-up.low-box"), (catalog.GetVariant("step-up.low-box").Exercise.Id, catalog.GetVariant("step-up.low-box").Variant.Id));
    }

    [Fact]
    public void With_ExistingId_ReplacesInPlace()
    {
        var index = ExerciseCatalog.BuiltIn.Exercises.ToList().FindIndex(e => e.Id == "bird-dog");
        var replacement = Make("bird-dog", Reps("bird-dog.clinic"));

        var catalog = ExerciseCatalog.BuiltIn.With(replacement);

        Assert.Same(replacement, catalog.Exercises[index]);
        Assert.Equal(ExerciseCatalog.BuiltIn.Exercises.Count, catalog.Exercises.Count);
        Assert.False(catalog.TryGetVariant("bird-dog.opposite-arm-leg", out _, out _));
        Assert.True(catalog.TryGetVariant("bird-dog.clinic", out var owner, out _));
        Assert.Same(replacement, owner);
    }

    [Fact]
    public void With_ExerciseReusingABuiltInVariantId_IsRejected()
    {
        var error = Assert.Throws<CatalogException>(() => ExerciseCatalog.BuiltIn.With(Make("copy", Reps("glute-bridge.double-leg"))));

        Assert.Contains("'glute-bridge.double-leg' is used more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithExercises_AddsAndReplacesTogether()
    {
        var catalog = ExerciseCatalog.Empty.WithExercises([Make("a", Reps("a.v")), Make("b", Reps("b.v")), Make("a", Reps("a.w"))]);

        Assert.Equal(["a", "b"], catalog.Exercises.Select(e => e.Id));
        Assert.Equal("a.w", catalog.Get("a").Variants[0].Id);
    }

    [Fact]
    public void Without_KnownId_RemovesIt()
    {
        var catalog = ExerciseCatalog.BuiltIn.Without("wall-pullover");

        Assert.False(catalog.Contains("wall-pullover"));
        Assert.Null(catalog.Find("wall-pullover"));
        Assert.False(catalog.TryGetVariant("wall-pullover.near-wall", out _, out _));
        Assert.Equal(ExerciseCatalog.BuiltIn.Exercises.Count - 1, catalog.Exercises.Count);
    }

    [Fact]
    public void Get_UnknownId_ThrowsNamingTheFieldAndTheValue()
    {
        var error = Assert.Throws<ArgumentException>(() => ExerciseCatalog.BuiltIn.Get("plank"));

        Assert.Equal("exerciseId", error.ParamName);
        Assert.Contains("\"plank\" is not in the catalog", error.Message, StringComparison.Ordinal);
        Assert.Contains("glute-bridge", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetVariant_UnknownId_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ExerciseCatalog.BuiltIn.GetVariant("glute-bridge.one-arm"));

        Assert.Equal("variantId", error.ParamName);
        Assert.Throws<ArgumentException>(() => ExerciseCatalog.BuiltIn.Without("plank"));
    }

    [Fact]
    public void Find_KnownAndUnknown()
    {
        Assert.Equal("side-bridge", ExerciseCatalog.BuiltIn.Find("side-bridge")?.Id);
        Assert.Null(ExerciseCatalog.BuiltIn.Find("Side-Bridge"));
    }
}
