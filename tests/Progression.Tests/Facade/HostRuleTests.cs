using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;
using Progression.Rules;

namespace Progression.Tests.Facade;

/// <summary>The rules run on NRules: every built-in rule class is loaded, and host rules are NRules rule classes.</summary>
public sealed class HostRuleTests
{
    private static readonly SetReport KneePain = new()
    {
        ExerciseId = "glute-bridge",
        SetNumber = 1,
        Reps = 10,
        Symptoms = [new Symptom(SymptomKind.JointPain, BodySite.Knee, 3)],
    };

    [Fact]
    public void Every_built_in_rule_class_is_loaded_in_pack_order_with_its_name_priority_and_tags()
    {
        var engine = ProgressionEngine.CreateDefault();
        var expected = BuiltInRules.Types.Select(type => new RuleMetadata(type)).ToArray();

        Assert.Equal(expected.Select(m => m.Name), engine.Rules.Select(r => r.Id));
        Assert.All(engine.Rules.Zip(expected), pair =>
        {
            var (rule, metadata) = pair;
            Assert.Equal(metadata.Priority ?? 0, rule.Priority);
            Assert.Equal(metadata.Description, rule.Description);
            Assert.False(string.IsNullOrWhiteSpace(rule.Description));
            Assert.Single(rule.Questions);
            // The pack tag is the id's prefix: safety.*, progression.*, selection.*.
            Assert.StartsWith(rule.Pack + ".", rule.Id, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_built_in_rule_classes_are_internal_so_a_load_without_PrivateTypes_would_drop_them_silently()
    {
        Assert.All(BuiltInRules.Types, type => Assert.False(type.IsPublic || type.IsNestedPublic, type.Name));
        Assert.Equal(BuiltInRules.Types.Distinct().Count(), BuiltInRules.Types.Length);

        // NRules' own default: non-public rule types are skipped even when named one by one.
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(BuiltInRules.Types));

        Assert.Empty(repository.GetRuleSets().SelectMany(set => set.Rules));
    }

    [Fact]
    public void A_host_rule_can_replace_a_built_in_one_in_its_place_and_its_reasons_carry_the_new_id()
    {
        var engine = ProgressionEngine.CreateBuilder().ReplaceRule(SafetyRules.JointPainStops, typeof(ClinicJointPainStopsSession)).Build();
        var defaults = ProgressionEngine.CreateDefault();

        var verdict = engine.EvaluateSet(ClientState.New("c1"), KneePain);

        Assert.Equal(SetAction.StopSession, verdict.Action);
        Assert.Contains(verdict.Reasons, r => r.RuleId == "clinic.joint-pain-stops-session" && r.Message.Contains("3/10", StringComparison.Ordinal));
        Assert.DoesNotContain(verdict.Reasons, r => r.RuleId == SafetyRules.JointPainStops);
        Assert.Equal(
            defaults.Rules.Single(r => r.Id == SafetyRules.JointPainStops).Order,
            engine.Rules.Single(r => r.Id == "clinic.joint-pain-stops-session").Order);
    }

    [Fact]
    public void A_host_rule_that_is_safer_wins_and_the_built_in_reason_is_kept_marked_overruled()
    {
        var engine = ProgressionEngine.CreateBuilder().AddRules(typeof(ClinicJointPainStopsSession)).Build();

        var verdict = engine.EvaluateSet(ClientState.New("c1"), KneePain);

        Assert.Equal(SetAction.StopSession, verdict.Action);
        Assert.Contains(verdict.Reasons, r => r.RuleId == "clinic.joint-pain-stops-session");
        Assert.Contains(verdict.Reasons, r => r.RuleId == SafetyRules.JointPainStops);
    }

    [Fact]
    public void A_host_rule_reads_the_policy_fact_of_the_call()
    {
        var engine = ProgressionEngine.CreateBuilder().AddRules(typeof(NotesThePainModel)).Build();
        var strict = ClientState.New("strict");
        var monitored = strict with { ClientId = "monitored", Policy = ProgressionPolicy.PainMonitoring };
        var set = KneePain with { Symptoms = [] };

        Assert.Contains(engine.EvaluateSet(strict, set).Reasons, r => r.Message == "Pain model: Strict.");
        Assert.Contains(engine.EvaluateSet(monitored, set).Reasons, r => r.Message == "Pain model: PainMonitoring.");
    }

    [Fact]
    public void AddRulesFrom_takes_the_public_rule_classes_of_an_assembly()
    {
        var engine = ProgressionEngine.CreateBuilder().AddRulesFrom(typeof(PublicClinicRule).Assembly).Build();

        Assert.Equal("clinic.public-rule", engine.Rules[^1].Id);
        Assert.Equal(BuiltInRules.Types.Length + 1, engine.Rules.Count);
        Assert.Contains(engine.EvaluateSet(ClientState.New("c1"), KneePain with { Symptoms = [] }).Reasons, r => r.RuleId == "clinic.public-rule");
    }

    [Fact]
    public void Build_reports_every_rule_problem_at_once()
    {
        var builder = ProgressionEngine.CreateBuilder()
            .AddRules(typeof(DuplicateOfJointPainStops), typeof(string), typeof(AbstractRule), typeof(UntaggedRule), typeof(DefineThrows))
            .RemoveRule("clinic.not-there")
            .ReplaceRule("clinic.also-not-there", typeof(ClinicJointPainStopsSession));

        var error = Assert.Throws<ProgressionConfigurationException>(() => builder.Build());

        Assert.Contains(error.Errors, e => e.Contains($"2 rules are named '{SafetyRules.JointPainStops}'", StringComparison.Ordinal) && e.Contains(nameof(DuplicateOfJointPainStops), StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("System.String is not an NRules rule", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains(nameof(AbstractRule), StringComparison.Ordinal) && e.Contains("abstract", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("'test.untagged'", StringComparison.Ordinal) && e.Contains("no question tag", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("cannot remove rule 'clinic.not-there'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("cannot replace rule 'clinic.also-not-there'", StringComparison.Ordinal));
        Assert.Equal(6, error.Errors.Count);
    }

    [Fact]
    public void Build_names_a_rule_class_NRules_cannot_load()
    {
        var error = Assert.Throws<ProgressionConfigurationException>(() => ProgressionEngine.CreateBuilder().AddRules(typeof(DefineThrows)).Build());

        Assert.Contains(error.Errors, e => e.Contains(nameof(DefineThrows), StringComparison.Ordinal) && e.Contains("no clinic data", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_that_keeps_activating_itself_fails_with_an_error_naming_it()
    {
        var engine = ProgressionEngine.CreateBuilder().AddRules(typeof(Runaway)).Build();

        var error = Assert.Throws<ProgressionRuleException>(() => engine.EvaluateSet(ClientState.New("c1"), KneePain));

        Assert.Equal(["test.runaway"], error.RuleIds);
        Assert.Contains("'test.runaway'", error.Message, StringComparison.Ordinal);
        Assert.Contains("10000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_that_throws_is_reported_with_the_rule_id()
    {
        var engine = ProgressionEngine.CreateBuilder().AddRules(typeof(ConditionThrows)).Build();

        var error = Assert.Throws<ProgressionRuleException>(() => engine.EvaluateSet(ClientState.New("c1"), KneePain));

        Assert.Equal(["test.condition-throws"], error.RuleIds);
        Assert.Contains("'test.condition-throws'", error.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void An_action_that_throws_is_reported_with_the_rule_id()
    {
        var engine = ProgressionEngine.CreateBuilder().AddRules(typeof(ActionThrows)).Build();

        var error = Assert.Throws<ProgressionRuleException>(() => engine.EvaluateSet(ClientState.New("c1"), KneePain));

        Assert.Equal(["test.action-throws"], error.RuleIds);
        Assert.Contains("'test.action-throws'", error.Message, StringComparison.Ordinal);
        Assert.Contains("the clinic's printer is out of paper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_engine_answers_from_many_threads_with_one_session_per_call()
    {
        var engine = ProgressionEngine.CreateDefault();
        var expected = engine.EvaluateSet(ClientState.New("c1"), KneePain);

        var verdicts = Enumerable.Range(0, 2_000).AsParallel().Select(i => engine.EvaluateSet(ClientState.New($"c{i}"), KneePain)).ToArray();

        Assert.All(verdicts, v => Assert.Equal(expected, v));
    }

    private static void Nothing()
    {
    }

    [Name("clinic.joint-pain-stops-session")]
    [Description("Our clinic stops the whole session on any joint pain.")]
    [Priority(2_000)]
    [Tag("clinic")]
    [Tag(RuleTags.Set)]
    private sealed class ClinicJointPainStopsSession : Rule
    {
        public override void Define()
        {
            ReportedSymptom symptom = null!;

            When()
                .Match(() => symptom, s => s.Kind == SymptomKind.JointPain, s => s.Intensity > 0);

            Then()
                .Do(ctx => ctx.Insert(new SetFinding(SetAction.StopSession, Referral.None,
                    new Reason(ctx.Rule.Name, $"Joint pain {symptom.Intensity}/10: our clinic ends the session here."))));
        }
    }

    [Name("test.pain-model")]
    [Tag(RuleTags.Set)]
    private sealed class NotesThePainModel : Rule
    {
        public override void Define()
        {
            ProgressionPolicy policy = null!;
            SetUnderReview set = null!;

            When()
                .Match(() => policy)
                .Match(() => set);

            Then()
                .Do(ctx => ctx.Insert(new SetFinding(SetAction.Continue, Referral.None, new Reason(ctx.Rule.Name, $"Pain model: {policy.PainModel}."))));
        }
    }

    [Name(SafetyRules.JointPainStops)]
    [Tag(RuleTags.Set)]
    private sealed class DuplicateOfJointPainStops : Rule
    {
        public override void Define()
        {
            SetUnderReview set = null!;
            When().Match(() => set);
            Then().Do(ctx => Nothing());
        }
    }

    [Name("test.abstract")]
    [Tag(RuleTags.Set)]
    private abstract class AbstractRule : Rule
    {
    }

    [Name("test.untagged")]
    private sealed class UntaggedRule : Rule
    {
        public override void Define()
        {
            SetUnderReview set = null!;
            When().Match(() => set);
            Then().Do(ctx => Nothing());
        }
    }

    [Name("test.define-throws")]
    [Tag(RuleTags.Set)]
    private sealed class DefineThrows : Rule
    {
        public override void Define() => throw new InvalidOperationException("no clinic data");
    }

    [Name("test.runaway")]
    [Tag(RuleTags.Set)]
    private sealed class Runaway : Rule
    {
        public override void Define()
        {
            SetFinding finding = null!;

            When()
                .Match(() => finding);

            // Every finding it inserts matches its own pattern again.
            Then()
                .Do(ctx => ctx.Insert(new SetFinding(SetAction.Continue, Referral.None, new Reason("test.runaway", "Again."))));
        }
    }

    [Name("test.condition-throws")]
    [Tag(RuleTags.Set)]
    private sealed class ConditionThrows : Rule
    {
        public override void Define()
        {
            ReportedSymptom symptom = null!;

            When()
                .Match(() => symptom, s => Fails(s));

            Then()
                .Do(ctx => Nothing());
        }

        private static bool Fails(ReportedSymptom symptom) => throw new InvalidOperationException($"cannot read {symptom.Site}");
    }

    [Name("test.action-throws")]
    [Tag(RuleTags.Set)]
    private sealed class ActionThrows : Rule
    {
        public override void Define()
        {
            ReportedSymptom symptom = null!;

            When()
                .Match(() => symptom);

            Then()
                .Do(ctx => Fail(symptom));
        }

        private static void Fail(ReportedSymptom symptom) => throw new InvalidOperationException($"the clinic's printer is out of paper ({symptom.Site})");
    }
}

/// <summary>A public host rule, for <see cref="ProgressionEngineBuilder.AddRulesFrom"/>; no other test scans this assembly.</summary>
[Name("clinic.public-rule")]
[Tag(RuleTags.Set)]
public sealed class PublicClinicRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        SetUnderReview set = null!;

        When()
            .Match(() => set);

        Then()
            .Do(ctx => ctx.Insert(new SetFinding(SetAction.Continue, Referral.None, new Reason(ctx.Rule.Name, "Public rules load from the assembly."))));
    }
}
