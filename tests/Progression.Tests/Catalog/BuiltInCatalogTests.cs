namespace Progression.Tests.Catalog;

/// <summary>Checks every ladder of the built-in catalog against the design.</summary>
public sealed class BuiltInCatalogTests
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.BuiltIn;

    private static IEnumerable<(Exercise Exercise, ExerciseVariant Variant)> AllVariants() =>
        Catalog.Exercises.SelectMany(e => e.Variants.Select(v => (e, v)));

    public static TheoryData<string, MovementPattern, bool> DesignExercises => new()
    {
        // id, pattern, unilateral (every variant one side at a time)
        { "inner-thigh-stretch", MovementPattern.Mobility, false },
        { "atg-split-squat", MovementPattern.KneeDominant, true },
        { "seated-good-morning", MovementPattern.HipDominant, false },
        { "slant-bar-squat", MovementPattern.Mobility, false },
        { "ql-stretch", MovementPattern.Mobility, true },
        { "wall-pullover", MovementPattern.Mobility, false },
        { "deep-squat-hold", MovementPattern.Mobility, false },
        { "band-hip-hinge", MovementPattern.HipDominant, false },
        { "glute-bridge", MovementPattern.HipDominant, false },
        { "hamstring-bridge", MovementPattern.HipDominant, false },
        { "bird-dog", MovementPattern.Trunk, false },
        { "dead-bug", MovementPattern.Trunk, false },
        { "side-bridge", MovementPattern.Trunk, true },
        { "hip-flexor-stretch", MovementPattern.Mobility, true },
    };

    [Theory]
    [MemberData(nameof(DesignExercises))]
    public void DesignExercise_IsPresentWithItsPatternAndSidedness(string id, MovementPattern pattern, bool unilateral)
    {
        var exercise = Catalog.Get(id);

        Assert.Equal(pattern, exercise.Pattern);
        Assert.Equal(unilateral, exercise.IsUnilateral);
        Assert.NotEmpty(exercise.TargetMuscles);
        Assert.False(string.IsNullOrWhiteSpace(exercise.Source), $"{id} names no source");
        Assert.Equal(pattern == MovementPattern.Mobility, exercise.IsStretch);
    }

    [Fact]
    public void Catalog_HoldsExactlyTheDesignExercises() =>
        Assert.Equal(
            DesignExercises.Select(row => (string)row[0]).Order(StringComparer.Ordinal),
            Catalog.Exercises.Select(e => e.Id).Order(StringComparer.Ordinal));

    [Fact]
    public void Ladders_TiersNeverGoDown()
    {
        foreach (var exercise in Catalog.Exercises)
        {
            var tiers = exercise.Variants.Select(v => v.Tier).ToList();
            Assert.True(tiers.SequenceEqual(tiers.Order()), $"{exercise}: tiers go down");
        }
    }

    [Fact]
    public void Ladders_SeedLaddersRunFromAssistedOrBodyweightToLoaded()
    {
        foreach (var id in new[] { "inner-thigh-stretch", "atg-split-squat", "seated-good-morning", "deep-squat-hold", "band-hip-hinge", "glute-bridge", "side-bridge" })
        {
            var variants = Catalog.Get(id).Variants;
            Assert.True(variants[0].Tier < Tier.Loaded, $"{id} starts loaded");
            Assert.Equal(Tier.Loaded, variants[^1].Tier);
        }
    }

    [Fact]
    public void Variants_StartingDosesLieInsideTheirRanges()
    {
        foreach (var (exercise, variant) in AllVariants())
        {
            var start = variant.StartingDosage;
            var range = variant.Range;
            Assert.True(range is not null, $"{variant.Id} has no range for {variant.Measure}");
            var target = variant.Measure == DoseMeasure.Reps ? start.Reps : start.HoldSeconds;
            Assert.True(target is { } t && range.Contains(t) && t == range.Min, $"{variant.Id}: start {start} outside {range}");
            Assert.Equal(variant.Sets, start.Sets);
            if (variant.Tier == Tier.Loaded)
            {
                Assert.True(variant.Load!.Contains(start.LoadKg!.Value), $"{variant.Id}: start load outside {variant.Load}");
            }
            else
            {
                Assert.True(start.LoadKg is null, $"{exercise.Id}/{variant.Id} is not loaded but starts with load");
            }
        }
    }

    [Fact]
    public void Variants_LoadStepsFitTheirRange()
    {
        foreach (var (_, variant) in AllVariants().Where(p => p.Variant.Load is not null))
        {
            var load = variant.Load!;
            Assert.True(load.SmallestStepKg <= load.MaxKg - load.StartKg, $"{variant.Id}: the load cannot grow even one step");
        }
    }

    [Fact]
    public void Ids_AreUniqueAndVariantIdsNameTheirExercise()
    {
        Assert.Equal(Catalog.Exercises.Count, Catalog.Exercises.Select(e => e.Id).Distinct().Count());
        var variantIds = AllVariants().Select(p => p.Variant.Id).ToList();
        Assert.Equal(variantIds.Count, variantIds.Distinct().Count());
        foreach (var (exercise, variant) in AllVariants())
        {
            Assert.StartsWith(exercise.Id + ".", variant.Id, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Variants_DeclareTheEquipmentTheirTierImplies()
    {
        foreach (var (_, variant) in AllVariants())
        {
            if (variant.Tier == Tier.Loaded)
            {
                Assert.True(variant.Equipment.Overlaps([Equipment.Dumbbell, Equipment.Kettlebell, Equipment.Barbell]), $"{variant.Id} is loaded without a weight");
            }
        }

        Assert.Contains(Equipment.Chair, Catalog.GetVariant("atg-split-squat.chair").Variant.Equipment);
        Assert.Contains(Equipment.Band, Catalog.GetVariant("band-hip-hinge.band-assisted").Variant.Equipment);
        Assert.Empty(Catalog.GetVariant("atg-split-squat.flat").Variant.Equipment);
    }

    [Fact]
    public void Stretches_AreDosedAsHolds()
    {
        foreach (var exercise in Catalog.Exercises.Where(e => e.IsStretch && e.Id.EndsWith("-stretch", StringComparison.Ordinal)))
        {
            Assert.All(exercise.Variants, v => Assert.Equal(DoseMeasure.HoldSeconds, v.Measure));
        }
    }

    [Fact]
    public void DeepSquatHold_GrowsFromSecondsToAMinute()
    {
        var ladder = Catalog.Get("deep-squat-hold").Variants;

        Assert.InRange(ladder[0].HoldSeconds!.Min, 5, 10);
        Assert.InRange(ladder[^1].HoldSeconds!.Max, 30, 60);
        Assert.Equal(Tier.Assisted, ladder[0].Tier);
    }

    [Fact]
    public void GluteBridge_SingleLegVariantIsUnilateralSoSideEmphasisApplies()
    {
        var bridge = Catalog.Get("glute-bridge");

        Assert.True(bridge.HasUnilateralVariant);
        Assert.False(bridge.IsUnilateral);
        Assert.True(Catalog.GetVariant("glute-bridge.single-leg").Variant.IsUnilateral);
        Assert.False(Catalog.GetVariant("glute-bridge.double-leg").Variant.IsUnilateral);
    }

    [Fact]
    public void Variants_HaveAReadableCue()
    {
        foreach (var (_, variant) in AllVariants())
        {
            Assert.True(variant.Cue.Length > 20 && variant.Cue.EndsWith('.'), $"{variant.Id}: cue \"{variant.Cue}\"");
        }
    }

    [Fact]
    public void BuiltIn_PassesCatalogValidation() =>
        Assert.Empty(ExerciseCatalog.Validate(Catalog.Exercises));
}
