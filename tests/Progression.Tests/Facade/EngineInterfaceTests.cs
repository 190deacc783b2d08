using Microsoft.Extensions.DependencyInjection;

namespace Progression.Tests.Facade;

/// <summary>
/// A host that asks DI for <see cref="IProgressionEngine"/> only (as README's quick start does) reaches the catalog,
/// the policy, the rules and the diagrams of the engine its configuration built, not of a default one.
/// </summary>
public sealed class EngineInterfaceTests
{
    private static readonly Exercise WallSit = new("wall-sit", "Wall sit", MovementPattern.KneeDominant, [BodySite.Quadriceps],
    [
        new ExerciseVariant("wall-sit.high", "High wall sit", Tier.Assisted, DoseMeasure.HoldSeconds, Equipment.Wall) { Sets = 2, HoldSeconds = new(20, 60, 10) },
    ]) { Region = BackRegion.Below };

    private static IProgressionEngine FromServices() =>
        new ServiceCollection()
            .AddProgression(b => b
                .AddExercise(WallSit)
                .RemoveRule("safety.muscle-soreness-allowed")
                .ConfigurePolicy(p => p with { MaxExercises = 6 }))
            .BuildServiceProvider()
            .GetRequiredService<IProgressionEngine>();

    [Fact]
    public void Catalog_through_the_interface_holds_the_hosts_exercise_beside_the_built_in_ones()
    {
        var catalog = FromServices().Catalog;

        Assert.True(catalog.Contains("wall-sit"));
        Assert.True(catalog.Contains("atg-split-squat"));
        Assert.Equal(ExerciseCatalog.BuiltIn.Exercises.Count + 1, catalog.Exercises.Count);
    }

    [Fact]
    public void Policy_through_the_interface_is_the_configured_one()
        => Assert.Equal(ProgressionPolicy.Default with { MaxExercises = 6 }, FromServices().Policy);

    [Fact]
    public void Rules_through_the_interface_lack_the_removed_rule_and_keep_the_others()
    {
        var ids = FromServices().Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var defaults = ProgressionEngine.CreateDefault().Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain("safety.muscle-soreness-allowed", ids);
        Assert.Contains("safety.muscle-soreness-allowed", defaults);
        Assert.Equal(defaults.Count - 1, ids.Count);
    }

    [Fact]
    public void LadderDiagram_through_the_interface_draws_the_hosts_exercise()
        => Assert.Contains("High wall sit<br/>Assisted · 2 × 20–60 s · Wall", FromServices().LadderDiagram("wall-sit"), StringComparison.Ordinal);

    [Fact]
    public void RulesDiagram_through_the_interface_draws_the_configured_rules()
    {
        var diagram = FromServices().RulesDiagram();

        Assert.StartsWith("flowchart", diagram, StringComparison.Ordinal);
        Assert.Contains("safety.joint-pain-stops-exercise", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("safety.muscle-soreness-allowed", diagram, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RuleTags.Set)]
    [InlineData(RuleTags.Plan)]
    [InlineData(RuleTags.Review)]
    public void NetworkDiagram_through_the_interface_equals_the_class_for_each_question(string question)
    {
        var services = new ServiceCollection().AddProgression().BuildServiceProvider();
        IProgressionEngine viaInterface = services.GetRequiredService<IProgressionEngine>();

        Assert.Equal(services.GetRequiredService<ProgressionEngine>().NetworkDiagram(question), viaInterface.NetworkDiagram(question));
        Assert.StartsWith("flowchart", viaInterface.NetworkDiagram(question), StringComparison.Ordinal);
    }

    [Fact]
    public void NetworkDiagram_through_the_interface_names_the_allowed_questions_for_a_wrong_one()
    {
        var error = Assert.Throws<ArgumentException>(() => FromServices().NetworkDiagram("lunch"));

        Assert.Equal("question", error.ParamName);
        Assert.Contains("'lunch'", error.Message, StringComparison.Ordinal);
        Assert.Contains("RuleTags.Plan", error.Message, StringComparison.Ordinal);
    }
}
