namespace Progression.Tests.Configuration;

/// <summary>A catalog as a JSON document: export, load, and every problem reported at once with its path.</summary>
public sealed class CatalogJsonTests
{
    [Fact]
    public void BuiltInCatalog_WrittenAndReadBack_HasEveryExerciseAndVariantUnchanged()
    {
        var loaded = ExerciseCatalogJson.Read(ExerciseCatalogJson.Write(ExerciseCatalog.BuiltIn));

        Assert.Equal(ExerciseCatalog.BuiltIn.Exercises.Count, loaded.Exercises.Count);
        foreach (var (expected, actual) in ExerciseCatalog.BuiltIn.Exercises.Zip(loaded.Exercises))
        {
            AssertSame(expected, actual);
        }
    }

    [Fact]
    public void BuiltInCatalog_WrittenTwice_GivesTheSameText()
    {
        var once = ExerciseCatalogJson.Write(ExerciseCatalog.BuiltIn);

        Assert.Equal(once, ExerciseCatalogJson.Write(ExerciseCatalogJson.Read(once)));
        Assert.Contains("\"StandIns\": {", once);
        Assert.Contains("Seed 001: video summary \\\"below", once);   // quotes escaped, the dash and arrows kept readable
        Assert.Contains("—", once);
    }

    [Fact]
    public void LoadedBuiltInCatalog_PlansLikeTheBuiltInOne()
    {
        var loaded = ExerciseCatalogJson.Read(ExerciseCatalogJson.Write(ExerciseCatalog.BuiltIn));
        var builder = ProgressionEngine.CreateBuilder();
        foreach (var exercise in ExerciseCatalog.BuiltIn.Exercises)
        {
            builder.RemoveExercise(exercise.Id);
        }

        foreach (var exercise in loaded.Exercises)
        {
            builder.AddExercise(exercise);
        }

        var fromJson = builder.Build();
        var builtIn = ProgressionEngine.CreateBuilder().Build();
        var client = ClientState.New("ada", new Assessment { HamstringQuadRatio = 0.48 });

        Assert.Equal(
            builtIn.PlanSession(client).Items.Select(i => i.Prescription.ToString()),
            fromJson.PlanSession(client).Items.Select(i => i.Prescription.ToString()));
    }

    [Fact]
    public void Read_SmallHandWrittenCatalog_FillsTheOptionalValues()
    {
        var catalog = ExerciseCatalogJson.Read("""
            {
              "Exercises": [
                {
                  "Id": "wall-sit", "Name": "Wall sit", "Pattern": "KneeDominant", "Region": "Below", "TargetMuscles": ["Quadriceps"],
                  "Variants": [
                    { "Id": "wall-sit.high", "Name": "High wall sit", "Tier": "Assisted", "Measure": "HoldSeconds",
                      "Equipment": ["Wall"], "HoldSeconds": { "Min": 20, "Max": 60, "Step": 10 } },
                  ],
                },
              ],
            }
            """);

        var variant = Assert.Single(Assert.Single(catalog.Exercises).Variants);
        Assert.Equal(3, variant.Sets);
        Assert.Equal("", variant.Cue);
        Assert.False(variant.IsUnilateral);
        Assert.Empty(variant.StandIns);
        Assert.False(catalog.Exercises[0].IsStretch);
        Assert.Equal(new DoseRange(20, 60, 10), variant.HoldSeconds);
    }

    [Fact]
    public void Read_DocumentWithManyProblems_ListsEveryOneAtItsPath()
    {
        var e = Assert.Throws<ProgressionJsonException>(() => ExerciseCatalogJson.Read("""
            {
              "Exercises": [
                {
                  "Id": "Wall Sit", "Name": "Wall sit", "Pattern": "Squat", "Region": "Below", "TargetMuscles": ["Quadriceps", "Toes"],
                  "Variants": [
                    { "Id": "wall-sit.high", "Name": "High", "Tier": "Assisted", "Measure": "HoldSeconds", "Sets": 30,
                      "HoldSeconds": { "Min": 0, "Max": 60, "Step": 10 } }
                  ]
                },
                {
                  "Id": "step-up", "Name": "Step-up", "Pattern": "KneeDominant", "Region": "Below", "TargetMuscles": ["Quadriceps"],
                  "Variants": [
                    { "Id": "step-up.dumbbells", "Name": "With dumbbells", "Tier": "Loaded", "Measure": "Reps",
                      "Equipment": ["Step", "Dumbbell"], "Reps": { "Min": 6, "Max": 12.5, "Step": 1 }, "Colour": "red" },
                    { "Id": "step-up.low-box", "Name": "Low box", "Tier": "Bodyweight", "Measure": "Reps",
                      "Equipment": ["Step"], "Reps": { "Min": 8, "Max": 15, "Step": 1 }, "Load": { "StartKg": 4, "MaxKg": 30, "SmallestStepKg": 2 } }
                  ]
                },
                {
                  "Id": "step-up", "Name": "Step-up again", "Pattern": "KneeDominant", "Region": "Below", "TargetMuscles": [],
                  "Variants": [
                    { "Id": "step-up.other", "Name": "Other", "Tier": "Bodyweight", "Measure": "Reps", "Reps": { "Min": 8, "Max": 15, "Step": 1 } }
                  ]
                }
              ]
            }
            """));

        Assert.Equal(
        [
            "$.Exercises[0].Pattern",
            "$.Exercises[0].TargetMuscles[1]",
            "$.Exercises[0].Variants[0].HoldSeconds.Min",
            "$.Exercises[0].Variants[0].Sets",
            "$.Exercises[0].Id",
            "$.Exercises[1].Variants[0].Colour",
            "$.Exercises[1].Variants[0]",
            "$.Exercises[1].Variants[0]",
            "$.Exercises[1].Variants[1]",
            "$.Exercises[1].Variants",
            "$.Exercises",
        ], e.Problems.Select(p => p.Path));
        var messages = e.Problems.Select(p => p.Message).ToList();
        Assert.Equal("Pattern must be one of HipDominant, KneeDominant, Trunk, Mobility; was \"Squat\".", messages[0]);
        Assert.Equal("Min must be a finite number greater than 0; was 0.", messages[2]);
        Assert.Equal("Sets must be between 1 and 20 (inclusive); was 30.", messages[3]);
        Assert.StartsWith("Id must be kebab-case", messages[4]);
        Assert.Equal("Variant 'step-up.dumbbells': the Reps range must be whole numbers; was 6–12.5 step 1.", messages[6]);
        Assert.Equal("Variant 'step-up.dumbbells' is Loaded but has no Load range.", messages[7]);
        Assert.Contains("tiers must never go down", messages[9]);
        Assert.Equal("Exercise id 'step-up' is used more than once; exercise ids must be unique.", messages[10]);
        Assert.Contains("11 problems", e.Message);
    }

    private const string HighWallSit =
        """{ "Id": "wall-sit.high", "Name": "High wall sit", "Tier": "Assisted", "Measure": "HoldSeconds", "HoldSeconds": { "Min": 20, "Max": 60, "Step": 10 } }""";

    /// <summary>A catalog of one wall sit: <paramref name="exercise"/> replaces its properties after the id, <paramref name="variant"/> its one variant.</summary>
    private static string WallSit(
        string variant = HighWallSit,
        string exercise = """ "Name": "Wall sit", "Pattern": "KneeDominant", "Region": "Below", "TargetMuscles": [] """) =>
        $$"""{ "Exercises": [ { "Id": "wall-sit", {{exercise}}, "Variants": [ {{variant}} ] } ] }""";

    public static TheoryData<string, string, string> MalformedDocuments => new()
    {
        { """{ "Exercises": [ """, "$", "not valid JSON at line 1" },
        { "[]", "$", "must be an object; was an array" },
        { "{}", "$.Exercises", "Exercises is required." },
        { """{ "Exercises": {} }""", "$.Exercises", "must be an array of exercises; was an object" },
        { """{ "Exercises": [ { "Id": "wall-sit", "Name": "Wall sit", "Pattern": "KneeDominant", "Region": "Below", "TargetMuscles": [] } ] }""",
            "$.Exercises[0].Variants", "Variants is required." },
        { """{ "Exercises": [ { "Id": "wall-sit", "Name": "Wall sit", "Pattern": "KneeDominant", "Region": "Below", "TargetMuscles": [], "Variants": [] } ] }""",
            "$.Exercises[0].Variants", "Exercise 'wall-sit' has no variants; a ladder needs at least one." },
        { WallSit(exercise: """ "Name": " ", "Pattern": "KneeDominant", "Region": "Below", "TargetMuscles": [] """),
            "$.Exercises[0].Name", "Name must be a non-empty string; was \" \"." },
        { WallSit(exercise: """ "Name": "Wall sit", "Pattern": "KneeDominant", "Region": "Below", "TargetMuscles": "Quadriceps" """),
            "$.Exercises[0].TargetMuscles", "must be an array of BodySite names" },
        { WallSit(exercise: """ "Name": "Wall sit", "Pattern": "KneeDominant", "Region": "Below", "TargetMuscles": [], "IsStretch": "no" """),
            "$.Exercises[0].IsStretch", "IsStretch must be true or false; was \"no\"." },
        { WallSit("""{ "Id": "wall-sit.high", "Name": "High", "Tier": "Assisted", "Measure": "HoldSeconds", "Equipment": ["Wall"], "StandIns": { "Sofa": "Wall" }, "HoldSeconds": { "Min": 20, "Max": 60, "Step": 10 } }"""),
            "$.Exercises[0].Variants[0].StandIns.Sofa", "StandIns keys must be one of Chair, Wall," },
        { WallSit("""{ "Id": "wall-sit.high", "Name": "High", "Tier": "Assisted", "Measure": "HoldSeconds", "Equipment": ["Wall"], "StandIns": { "Chair": "Wall" }, "HoldSeconds": { "Min": 20, "Max": 60, "Step": 10 } }"""),
            "$.Exercises[0].Variants[0]", "Variant 'wall-sit.high': StandIns names Chair, which the variant does not need; its equipment: Wall." },
        { WallSit("""{ "Id": "wall-sit.high", "Name": "High", "Tier": "Loaded", "Measure": "HoldSeconds", "Equipment": ["Dumbbell"], "HoldSeconds": { "Min": 20, "Max": 60, "Step": 10 }, "Load": { "StartKg": 10, "MaxKg": 5, "SmallestStepKg": 2 } }"""),
            "$.Exercises[0].Variants[0].Load.MaxKg", "MaxKg must be a finite number between 10 and 500 (inclusive); was 5." },
        { WallSit("""{ "Id": "wall-sit.high", "Name": "High", "Tier": "Assisted", "Measure": "HoldSeconds", "HoldSeconds": { "Min": 20, "Max": 60 } }"""),
            "$.Exercises[0].Variants[0].HoldSeconds.Step", "Step is required." },
        { WallSit("""{ "Id": "wall-sit.high", "Name": "High", "Tier": "Assisted", "Measure": "Minutes", "HoldSeconds": { "Min": 20, "Max": 60, "Step": 10 } }"""),
            "$.Exercises[0].Variants[0].Measure", "Measure must be one of Reps, HoldSeconds; was \"Minutes\"." },
    };

    [Theory]
    [MemberData(nameof(MalformedDocuments))]
    public void Read_MalformedDocument_SaysWhereAndWhat(string json, string path, string message)
    {
        var problem = Assert.Single(Assert.Throws<ProgressionJsonException>(() => ExerciseCatalogJson.Read(json)).Problems);

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message);
    }

    private static void AssertSame(Exercise expected, Exercise actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Pattern, actual.Pattern);
        Assert.Equal(expected.TargetMuscles, actual.TargetMuscles);
        Assert.Equal(expected.IsStretch, actual.IsStretch);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Variants.Count, actual.Variants.Count);
        foreach (var (e, a) in expected.Variants.Zip(actual.Variants))
        {
            Assert.Equal(e.Id, a.Id);
            Assert.Equal(e.Name, a.Name);
            Assert.Equal(e.Tier, a.Tier);
            Assert.Equal(e.Measure, a.Measure);
            Assert.Equal(e.Equipment, a.Equipment);
            Assert.Equal(e.StandIns.OrderBy(p => p.Key), a.StandIns.OrderBy(p => p.Key));
            Assert.Equal(e.Sets, a.Sets);
            Assert.Equal(e.Reps, a.Reps);
            Assert.Equal(e.HoldSeconds, a.HoldSeconds);
            Assert.Equal(e.Load, a.Load);
            Assert.Equal(e.IsUnilateral, a.IsUnilateral);
            Assert.Equal(e.Cue, a.Cue);
        }
    }
}
