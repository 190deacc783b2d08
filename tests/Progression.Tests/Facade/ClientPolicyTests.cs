using System.Text.Json;
using Progression.Packs;
using Progression.Tests.Simulation;

namespace Progression.Tests.Facade;

/// <summary>
/// <see cref="ClientState.Policy"/>: the policy is a fact of every session, so one compiled engine serves a strict
/// client and a pain-monitoring one side by side.
/// </summary>
public sealed class ClientPolicyTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;
    private static readonly ProgressionEngine MonitoringEngine = ProgressionEngine.CreateBuilder().UsePolicy(ProgressionPolicy.PainMonitoring).Build();

    private static readonly ClientState Strict = ClientState.New("strict");
    private static readonly ClientState Monitored = ClientState.New("monitored") with { Policy = ProgressionPolicy.PainMonitoring };

    private static SetReport KneePain(int intensity) => new()
    {
        ExerciseId = "glute-bridge",
        SetNumber = 1,
        Reps = 10,
        Symptoms = [new Symptom(SymptomKind.JointPain, BodySite.Knee, intensity)],
    };

    [Fact]
    public void One_engine_stops_a_strict_client_and_lets_a_pain_monitoring_client_go_on_at_3_of_10()
    {
        var strict = Engine.EvaluateSet(Strict, KneePain(3));
        var monitored = Engine.EvaluateSet(Monitored, KneePain(3));

        Assert.Equal(SetAction.StopExercise, strict.Action);
        Assert.Contains(strict.Reasons, r => r.RuleId == SafetyRules.JointPainStops);
        Assert.Equal(SetAction.Continue, monitored.Action);
        Assert.Contains(monitored.Reasons, r => r.RuleId == SafetyRules.JointPainMonitored && r.Message.Contains("3/10", StringComparison.Ordinal));
        Assert.DoesNotContain(monitored.Reasons, r => r.RuleId == SafetyRules.JointPainStops);
    }

    [Fact]
    public void A_client_policy_answers_exactly_as_an_engine_built_with_that_policy()
    {
        for (var intensity = 0; intensity <= 10; intensity++)
        {
            Assert.Equal(MonitoringEngine.EvaluateSet(Strict, KneePain(intensity)), Engine.EvaluateSet(Monitored, KneePain(intensity)));
        }
    }

    [Fact]
    public void A_client_can_be_stricter_than_the_engine()
    {
        var strictOnMonitoringEngine = Strict with { Policy = ProgressionPolicy.Default };

        Assert.Equal(SetAction.Continue, MonitoringEngine.EvaluateSet(Strict, KneePain(3)).Action);
        Assert.Equal(SetAction.StopExercise, MonitoringEngine.EvaluateSet(strictOnMonitoringEngine, KneePain(3)).Action);
    }

    [Fact]
    public void The_plan_reads_the_client_policy_a_morning_pain_rise_of_1_lowers_only_under_pain_monitoring()
    {
        var exerciseId = Engine.PlanSession(Strict).Items[0].Prescription.ExerciseId;
        var progressed = Engine.ReviewSession(Strict, Reports.Session(0, Reports.OnTarget(Reports.Current(Strict, exerciseId)))).Next;
        var checkIn = new CheckIn { MorningPain = 3, BaselinePain = 2, DaysSinceLastSession = 2 };

        var strict = Engine.PlanSession(progressed, checkIn);
        var monitored = Engine.PlanSession(progressed with { Policy = ProgressionPolicy.PainMonitoring }, checkIn);

        Assert.DoesNotContain(strict.Items.SelectMany(i => i.Reasons).Concat(strict.Reasons), r => r.RuleId == SelectionRules.MorningPainPlan);
        Assert.Contains(monitored.Items.SelectMany(i => i.Reasons).Concat(monitored.Reasons), r => r.RuleId == SelectionRules.MorningPainPlan && r.Message.Contains("3/10", StringComparison.Ordinal));
    }

    [Fact]
    public void The_review_reads_the_client_policy_and_the_next_state_keeps_it()
    {
        var set = KneePain(3) with { VariantId = Engine.Catalog.Get("glute-bridge").Variants[0].Id };
        var sets = Enumerable.Range(1, 3).Select(n => set with { SetNumber = n }).ToArray();
        var report = new SessionReport(Reports.Day(0), sets);

        var strict = Engine.ReviewSession(Strict, report);
        var monitored = Engine.ReviewSession(Monitored, report);

        Assert.Contains(strict.Decisions[0].Reasons, r => r.RuleId == SafetyRules.JointPainRegresses);
        Assert.DoesNotContain(monitored.Decisions[0].Reasons, r => r.RuleId == SafetyRules.JointPainRegresses);
        Assert.Equal(ProgressionStep.Hold, monitored.Decisions[0].Step);
        Assert.Same(ProgressionPolicy.PainMonitoring, monitored.Next.Policy);
        Assert.Null(strict.Next.Policy);
    }

    [Fact]
    public void An_invalid_client_policy_is_refused_by_every_call_naming_the_field_and_the_value()
    {
        var bad = Strict with { Policy = ProgressionPolicy.Default with { SuccessMaxRpe = 11 } };

        foreach (var call in new Action[]
                 {
                     () => Engine.EvaluateSet(bad, KneePain(0)),
                     () => Engine.PlanSession(bad),
                     () => Engine.ReviewSession(bad, new SessionReport(Reports.Day(0), [KneePain(0) with { VariantId = "glute-bridge.double-leg" }])),
                 })
        {
            var error = Assert.ThrowsAny<ArgumentException>(call);
            Assert.Contains("ClientState.Policy", error.Message, StringComparison.Ordinal);
            Assert.Contains("SuccessMaxRpe", error.Message, StringComparison.Ordinal);
            Assert.Contains("11", error.Message, StringComparison.Ordinal);
            Assert.Equal("client", error.ParamName);
        }
    }

    [Fact]
    public void A_client_policy_round_trips_through_System_Text_Json_with_default_options()
    {
        var client = Monitored with { Policy = ProgressionPolicy.PainMonitoring with { MaxExercises = 6 } };

        var back = JsonSerializer.Deserialize<ClientState>(JsonSerializer.Serialize(client))!;

        Assert.Equal(client, back);
        Assert.Equal(6, back.Policy!.MaxExercises);
        Assert.NotEqual(Strict with { ClientId = "monitored" }, back);
    }

    /// <summary>Personas on the default engine that bring no policy of their own (two turn rotation off for their story).</summary>
    public static TheoryData<string> DefaultEnginePersonas()
        => [.. Personas.All.Where(p => ReferenceEquals(p.Engine, Reports.Engine) && p.Start(null).Policy is null).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(DefaultEnginePersonas))]
    public void A_120_session_history_under_a_client_policy_is_the_history_under_an_engine_with_that_policy(string name)
    {
        var persona = Personas.Named(name);
        var onEngine = Simulator.Run(persona with { Engine = MonitoringEngine });
        var onClient = Simulator.Run(persona with { Start = assessment => persona.Start(assessment) with { Policy = ProgressionPolicy.PainMonitoring } });

        Assert.All(onClient.Violations, v => Assert.True(v.Value.Count == 0, $"{v.Key}: {string.Join(Environment.NewLine, v.Value.Take(3))}"));
        Assert.Equal(onEngine.Sessions.Count, onClient.Sessions.Count);
        for (var i = 0; i < onEngine.Sessions.Count; i++)
        {
            var a = onEngine.Sessions[i];
            var b = onClient.Sessions[i];
            Assert.Equal(a.Plan, b.Plan);
            Assert.Equal(a.Verdicts, b.Verdicts);
            Assert.Equal(a.Review?.Decisions, b.Review?.Decisions);
            Assert.Equal(ProgressionPolicy.PainMonitoring, b.Before.Policy);
        }
    }
}
