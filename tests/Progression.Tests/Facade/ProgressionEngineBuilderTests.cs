using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Tests.Facade;

public sealed class ProgressionEngineBuilderTests
{
    [Fact]
    public void CreateDefault_lists_the_built_in_rules_with_descriptions()
    {
        var engine = ProgressionEngine.CreateDefault();

        Assert.Contains(engine.Rules, r => r.Id == SafetyRules.JointPainStops);
        Assert.Contains(engine.Rules, r => r.Id == ProgressionRules.TwoForTwo);
        Assert.All(engine.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
        Assert.Equal(engine.Rules.Count, engine.Rules.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Build_reports_every_problem_at_once()
    {
        var builder = ProgressionEngine.CreateBuilder()
            .ConfigurePolicy(p => p with { MaxExercises = 0, SuccessMaxRpe = 11 })
            .RemoveRule("safety.does-not-exist");

        var error = Assert.Throws<ProgressionConfigurationException>(() => builder.Build());

        Assert.Contains(error.Errors, e => e.Contains("MaxExercises"));
        Assert.Contains(error.Errors, e => e.Contains("SuccessMaxRpe") && e.Contains("11"));
        Assert.Contains(error.Errors, e => e.Contains("safety.does-not-exist"));
    }

    [Fact]
    public void A_builder_builds_once()
    {
        var builder = ProgressionEngine.CreateBuilder();
        builder.Build();

        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void A_removed_rule_no_longer_shapes_answers()
    {
        var engine = ProgressionEngine.CreateBuilder().RemoveRule(SafetyRules.FatigueAllowed).Build();
        var set = new SetReport
        {
            ExerciseId = "bird-dog",
            VariantId = engine.Catalog.Find("bird-dog")!.Variants[0].Id,
            Reps = 8,
            Symptoms = [new Symptom(SymptomKind.MuscleFatigue, BodySite.Core, 5)],
        };

        var withRule = ProgressionEngine.CreateDefault().EvaluateSet(ClientState.New("c1"), set);
        var verdict = engine.EvaluateSet(ClientState.New("c1"), set);

        Assert.Contains(withRule.Reasons, r => r.RuleId == SafetyRules.FatigueAllowed);
        Assert.DoesNotContain(engine.Rules, r => r.Id == SafetyRules.FatigueAllowed);
        Assert.Equal(SetAction.Continue, verdict.Action);
        Assert.Empty(verdict.Reasons);
    }

    [Fact]
    public void A_host_rule_in_the_same_dsl_shapes_the_verdict()
    {
        var engine = ProgressionEngine.CreateBuilder().AddRules(typeof(ShoulderPainStopsSession)).Build();
        var set = new SetReport
        {
            ExerciseId = "wall-pullover",
            VariantId = engine.Catalog.Find("wall-pullover")!.Variants[0].Id,
            Reps = 8,
            Symptoms = [new Symptom(SymptomKind.JointPain, BodySite.Shoulder, 2)],
        };

        var verdict = engine.EvaluateSet(ClientState.New("c1"), set);

        Assert.Equal(SetAction.StopSession, verdict.Action);
        Assert.Equal("clinic.shoulder-pain-stops-session", verdict.Reasons[0].RuleId);
        Assert.Contains(verdict.Reasons, r => r.RuleId == SafetyRules.JointPainStops);
    }

    [Fact]
    public void AddProgression_registers_one_singleton_for_both_service_types_and_is_idempotent()
    {
        var services = new ServiceCollection();
        services.AddProgression(b => b.UsePolicy(ProgressionPolicy.PainMonitoring));
        services.AddProgression();

        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<ProgressionEngine>();

        Assert.Same(engine, provider.GetRequiredService<IProgressionEngine>());
        Assert.Equal(PainModel.PainMonitoring, engine.Policy.PainModel);
        Assert.Equal(2, services.Count);
    }

    [Fact]
    public void AddProgression_fails_at_registration_when_the_configuration_is_bad()
        => Assert.Throws<ProgressionConfigurationException>(() =>
            new ServiceCollection().AddProgression(b => b.ConfigurePolicy(p => p with { MinExercises = 9, MaxExercises = 8 })));

    [Name("clinic.shoulder-pain-stops-session")]
    [Description("Our clinic stops the whole session on shoulder pain.")]
    [Priority(2_000)]
    [Tag(RuleTags.Set)]
    private sealed class ShoulderPainStopsSession : Rule
    {
        public override void Define()
        {
            ReportedSymptom symptom = null!;

            When()
                .Match(() => symptom, s => s.Site == BodySite.Shoulder, s => s.Intensity > 0);

            Then()
                .Do(ctx => ctx.Insert(new SetFinding(SetAction.StopSession, Referral.None,
                    new Reason(ctx.Rule.Name, $"Shoulder pain {symptom.Intensity}/10: that is all for today."))));
        }
    }
}
