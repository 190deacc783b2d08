namespace Progression.Tests.Facade;

public sealed class DiagramTests
{
    private static readonly Exercise WallSit = new("wall-sit", "Wall sit", MovementPattern.KneeDominant, [BodySite.Quadriceps],
    [
        new ExerciseVariant("wall-sit.high", "High wall sit", Tier.Assisted, DoseMeasure.HoldSeconds, Equipment.Wall) { Sets = 2, HoldSeconds = new(20, 60, 10) },
        new ExerciseVariant("wall-sit.loaded", "Wall sit with a \"plate\"", Tier.Loaded, DoseMeasure.HoldSeconds, Equipment.Wall, Equipment.Dumbbell)
            { Sets = 2, HoldSeconds = new(20, 45, 5), Load = new(5, 20, 2.5) },
    ]) { Region = BackRegion.Below };

    [Fact]
    public void LadderDiagram_draws_each_variant_with_tier_dose_load_and_equipment()
    {
        var engine = ProgressionEngine.CreateBuilder().AddExercise(WallSit).Build();

        Assert.Equal(
            "flowchart LR\n"
            + "  %% Wall sit (wall-sit): easiest first; each arrow is an Advance.\n"
            + "  v0[\"High wall sit<br/>Assisted · 2 × 20–60 s · Wall\"]\n"
            + "  v1[\"Wall sit with a #quot;plate#quot;<br/>Loaded · 2 × 20–45 s · 5–20 kg · Wall, Dumbbell\"]\n"
            + "  v0 -->|top dose| v1\n",
            engine.LadderDiagram("wall-sit"));
    }

    [Fact]
    public void LadderDiagram_of_an_unknown_exercise_names_it()
        => Assert.Contains("\"moon-walk\"", Assert.ThrowsAny<ArgumentException>(() => Reports.Engine.LadderDiagram("moon-walk")).Message);

    [Fact]
    public void RulesDiagram_groups_rules_by_pack_and_links_the_facts_they_match()
    {
        RuleInfo[] rules =
        [
            new("safety.stop", "Stops.", 10, 0, ["safety", "set"], [typeof(string)], [typeof(Uri)]),
            new("progression.up", "Goes up.", 0, 1, ["progression", "review"], [typeof(string)], []),
        ];

        Assert.Equal(
            "flowchart LR\n"
            + "  f_String([\"String\"])\n"
            + "  f_Uri([\"Uri\"])\n"
            + "  subgraph g_safety[\"safety\"]\n"
            + "    r0[\"safety.stop<br/>set · priority 10\"]\n"
            + "  end\n"
            + "  subgraph g_progression[\"progression\"]\n"
            + "    r1[\"progression.up<br/>review · priority 0\"]\n"
            + "  end\n"
            + "  f_String --> r0\n"
            + "  f_Uri -.->|not / exists| r0\n"
            + "  f_String --> r1\n",
            Diagrams.Rules(rules));
    }

    [Fact]
    public void RulesDiagram_of_the_default_engine_has_a_box_for_every_rule()
    {
        var diagram = Reports.Engine.RulesDiagram();

        Assert.All(Reports.Engine.Rules, rule => Assert.Contains($"[\"{rule.Id}<br/>{string.Join(" · ", rule.Questions)} · priority {rule.Priority}\"]", diagram));
    }

    [Theory]
    [InlineData(RuleTags.Set)]
    [InlineData(RuleTags.Plan)]
    [InlineData(RuleTags.Review)]
    public void NetworkDiagram_draws_the_compiled_network_of_a_question_down_to_each_of_its_rules(string question)
    {
        var diagram = Reports.Engine.NetworkDiagram(question);
        var lines = diagram.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var declared = lines.Skip(2).Where(l => !l.Contains("-->", StringComparison.Ordinal)).Select(l => l.Trim().Split('[', '(')[0]).ToHashSet();
        var links = lines.Where(l => l.Contains("-->", StringComparison.Ordinal)).Select(l => l.Trim().Split(" --> ")).ToArray();

        Assert.StartsWith("flowchart TD\n", diagram, StringComparison.Ordinal);
        Assert.All(Reports.Engine.Rules.Where(r => r.Questions.Contains(question)), rule => Assert.Contains(rule.Id, diagram, StringComparison.Ordinal));
        Assert.All(Reports.Engine.Rules.Where(r => !r.Questions.Contains(question)), rule => Assert.DoesNotContain(rule.Id + "\"", diagram, StringComparison.Ordinal));
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Subset(declared, link.ToHashSet()));
        Assert.Contains("([\"ProgressionPolicy\"])", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void NetworkDiagram_of_an_unknown_question_names_it_and_the_three_there_are()
    {
        var error = Assert.Throws<ArgumentException>(() => Reports.Engine.NetworkDiagram("warm-up"));

        Assert.Equal("question", error.ParamName);
        Assert.Contains("'warm-up'", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"review\"", error.Message, StringComparison.Ordinal);
    }
}
