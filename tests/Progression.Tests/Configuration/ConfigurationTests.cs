using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Progression.Tests.Configuration;

/// <summary><c>AddProgression(IConfiguration)</c> from Progression.Configuration: a Progression section, built in memory.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("progression-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static IConfigurationSection Section(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("Progression:" + v.Key, v.Value)))
            .Build()
            .GetSection("Progression");

    private static ProgressionEngine Engine(IConfigurationSection section, Action<ProgressionEngineBuilder>? configure = null) =>
        new ServiceCollection().AddProgression(section, configure).BuildServiceProvider().GetRequiredService<ProgressionEngine>();

    private string CatalogFile(ExerciseCatalog catalog, string name = "catalog.json")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, ExerciseCatalogJson.Write(catalog));
        return path;
    }

    [Fact]
    public void PolicyValues_AreAppliedOnTheDefaultPolicy_WhateverTheCaseOfTheKeys()
    {
        var engine = Engine(Section(("Policy:SuccessesToProgress", "3"), ("Policy:painmodel", "PainMonitoring"), ("Policy:MINHAMSTRINGQUADRATIO", "0.55")));

        Assert.Equal(ProgressionPolicy.Default with { SuccessesToProgress = 3, PainModel = PainModel.PainMonitoring, MinHamstringQuadRatio = 0.55 }, engine.Policy);
        Assert.Equal(ExerciseCatalog.BuiltIn.Exercises.Select(e => e.Id), engine.Catalog.Exercises.Select(e => e.Id));
    }

    [Fact]
    public void CatalogFile_ReplacesTheBuiltInCatalog()
    {
        var small = ExerciseCatalog.Create(ExerciseCatalog.BuiltIn.Exercises.Take(6).Reverse());

        var engine = Engine(Section(("CatalogFile", CatalogFile(small))));

        Assert.Equal(small.Exercises.Select(e => e.Id), engine.Catalog.Exercises.Select(e => e.Id));
    }

    [Fact]
    public void RelativeCatalogFile_IsTakenFromTheAppFolder()
    {
        var name = $"catalog-{Guid.NewGuid():N}.json";
        var path = Path.Combine(AppContext.BaseDirectory, name);
        File.WriteAllText(path, ExerciseCatalogJson.Write(ExerciseCatalog.Create(ExerciseCatalog.BuiltIn.Exercises.Take(5))));
        try
        {
            Assert.Equal(5, Engine(Section(("CatalogFile", name))).Catalog.Exercises.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Configure_RunsAfterTheConfiguration_AndSeesIt()
    {
        ProgressionPolicy? seen = null;

        var engine = Engine(Section(("Policy:MaxExercises", "6")), b =>
        {
            seen = b.Policy;
            b.ConfigurePolicy(p => p with { MinExercises = 4 });
        });

        Assert.Equal(6, seen!.MaxExercises);
        Assert.Equal((4, 6), (engine.Policy.MinExercises, engine.Policy.MaxExercises));
    }

    [Fact]
    public void BadSection_ListsEveryProblemWithItsConfigurationPath()
    {
        var badCatalog = Path.Combine(_folder, "bad.json");
        File.WriteAllText(badCatalog, """{ "Exercises": [ { "Id": "wall-sit", "Name": "Wall sit", "Pattern": "Squat", "Region": "Below", "TargetMuscles": [], "Variants": [] } ] }""");
        var section = Section(
            ("Policy:SuccessesToProgress", "two"),
            ("Policy:MaxExercises", "40"),
            ("Policy:Colour", "blue"),
            ("Policy:Ladder:Top", "1"),
            ("CatalogPath", "catalog.json"),
            ("CatalogFile", badCatalog));

        var e = Assert.Throws<ProgressionConfigurationException>(() => Engine(section));

        Assert.Equal(
        [
            "Progression:CatalogPath: unknown key; a Progression section has Policy and CatalogFile.",
            "Progression:Policy:Ladder: a policy value must be a single number or name, not a section.",
            "Progression:Policy:Colour: unknown property \"Colour\"; allowed: " + string.Join(", ", ["$schema", .. PolicyNames()]) + ".",
            "Progression:Policy:SuccessesToProgress: SuccessesToProgress must be a whole number; was \"two\".",
            "Progression:Policy:MaxExercises: MaxExercises must be between 1 and 20 (inclusive); was 40.",
            $"Progression:CatalogFile (\"{badCatalog}\") $.Exercises[0].Pattern: Pattern must be one of HipDominant, KneeDominant, Trunk, Mobility; was \"Squat\".",
            $"Progression:CatalogFile (\"{badCatalog}\") $.Exercises[0].Variants: Exercise 'wall-sit' has no variants; a ladder needs at least one.",
        ], e.Errors);
    }

    [Fact]
    public void MissingCatalogFile_SaysWhichPathWasTried()
    {
        var missing = Path.Combine(_folder, "nowhere.json");

        var e = Assert.Throws<ProgressionConfigurationException>(() => Engine(Section(("CatalogFile", missing))));

        Assert.StartsWith($"Progression:CatalogFile: cannot read the catalog file \"{missing}\":", Assert.Single(e.Errors));
    }

    [Fact]
    public void SecondCall_KeepsTheFirstRegistration_AndReadsNothing()
    {
        var services = new ServiceCollection()
            .AddProgression(Section(("Policy:MaxExercises", "6")))
            .AddProgression(Section(("CatalogFile", Path.Combine(_folder, "nowhere.json"))));

        Assert.Equal(6, services.BuildServiceProvider().GetRequiredService<IProgressionEngine>() is ProgressionEngine engine ? engine.Policy.MaxExercises : 0);
    }

    [Fact]
    public void EmptySection_GivesTheDefaultEngine()
    {
        var engine = Engine(Section());

        Assert.Equal(ProgressionPolicy.Default, engine.Policy);
        Assert.Equal(ExerciseCatalog.BuiltIn.Exercises.Count, engine.Catalog.Exercises.Count);
    }

    private static IEnumerable<string> PolicyNames() =>
        System.Text.Json.JsonDocument.Parse(ProgressionPolicyJson.Write(ProgressionPolicy.Default)).RootElement.EnumerateObject().Select(p => p.Name);
}
