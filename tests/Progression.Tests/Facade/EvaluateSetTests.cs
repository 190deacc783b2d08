using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Progression.Packs;

namespace Progression.Tests.Facade;

public sealed class EvaluateSetTests
{
    private static readonly ProgressionEngine Strict = Reports.Engine;
    private static readonly ProgressionEngine Monitoring = ProgressionEngine.CreateBuilder().UsePolicy(ProgressionPolicy.PainMonitoring).Build();
    private static readonly ClientState Client = ClientState.New("c1");

    private static SetReport Set(params Symptom[] symptoms) => new()
    {
        ExerciseId = "glute-bridge",
        VariantId = Strict.Catalog.Find("glute-bridge")!.Variants[0].Id,
        Reps = 10,
        Rpe = 7,
        Symptoms = symptoms,
    };

    [Fact]
    public void A_set_without_symptoms_continues_with_a_reason()
    {
        var verdict = Strict.EvaluateSet(Client, Set());

        Assert.Equal(SetAction.Continue, verdict.Action);
        Assert.Equal(Referral.None, verdict.Referral);
        Assert.Equal(SafetyRules.NoSymptoms, Assert.Single(verdict.Reasons).RuleId);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(10)]
    public void Muscle_fatigue_at_any_intensity_continues_and_says_so(int intensity)
    {
        var verdict = Strict.EvaluateSet(Client, Set(new Symptom(SymptomKind.MuscleFatigue, BodySite.Glutes, intensity)));

        Assert.Equal(SetAction.Continue, verdict.Action);
        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal(SafetyRules.FatigueAllowed, reason.RuleId);
        Assert.Contains($"{intensity}/10", reason.Message);
    }

    [Fact]
    public void Muscle_soreness_does_not_stop_a_set()
        => Assert.Equal(SetAction.Continue, Strict.EvaluateSet(Client, Set(new Symptom(SymptomKind.MuscleSoreness, BodySite.Hamstrings, 6))).Action);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public void Joint_pain_at_any_intensity_stops_the_exercise_under_the_strict_policy(int intensity)
    {
        var verdict = Strict.EvaluateSet(Client, Set(new Symptom(SymptomKind.JointPain, BodySite.Knee, intensity)));

        Assert.Equal(SetAction.StopExercise, verdict.Action);
        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal(SafetyRules.JointPainStops, reason.RuleId);
        Assert.Equal($"Stopped: knee joint pain {intensity}/10 — never push through joint pain.", reason.Message);
    }

    [Theory]
    [InlineData(2, SetAction.Continue)]
    [InlineData(4, SetAction.Continue)]
    [InlineData(5, SetAction.Continue)]
    [InlineData(6, SetAction.StopExercise)]
    public void Pain_monitoring_allows_joint_pain_up_to_five(int intensity, SetAction expected)
        => Assert.Equal(expected, Monitoring.EvaluateSet(Client, Set(new Symptom(SymptomKind.JointPain, BodySite.Knee, intensity))).Action);

    [Theory]
    [InlineData(SymptomKind.RadiatingPain, BodySite.Leg, Referral.Routine)]
    [InlineData(SymptomKind.Numbness, BodySite.Leg, Referral.Routine)]
    [InlineData(SymptomKind.Weakness, BodySite.Leg, Referral.Routine)]
    [InlineData(SymptomKind.Numbness, BodySite.Saddle, Referral.Emergency)]
    [InlineData(SymptomKind.Weakness, BodySite.BothLegs, Referral.Emergency)]
    public void Neurological_symptoms_stop_the_session_and_refer(SymptomKind kind, BodySite site, Referral referral)
    {
        var verdict = Strict.EvaluateSet(Client, Set(new Symptom(kind, site, 3)));

        Assert.Equal(SetAction.StopSession, verdict.Action);
        Assert.Equal(referral, verdict.Referral);
    }

    [Fact]
    public void Several_symptoms_take_the_safest_verdict_and_list_every_rule()
    {
        var verdict = Strict.EvaluateSet(Client, Set(
            new Symptom(SymptomKind.MuscleFatigue, BodySite.Glutes, 6),
            new Symptom(SymptomKind.JointPain, BodySite.Knee, 2),
            new Symptom(SymptomKind.RadiatingPain, BodySite.Leg, 4)));

        Assert.Equal(SetAction.StopSession, verdict.Action);
        Assert.Equal(Referral.Routine, verdict.Referral);
        Assert.Equal(
            new[] { SafetyRules.NeurologicalStops, SafetyRules.JointPainStops, SafetyRules.FatigueAllowed },
            verdict.Reasons.Select(r => r.RuleId));
    }

    [Fact]
    public void An_unknown_variant_is_rejected_naming_the_field()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Strict.EvaluateSet(Client, Set() with { VariantId = "glute-bridge.on-the-moon" }));
        Assert.Contains("VariantId", error.Message);
        Assert.Contains("glute-bridge.on-the-moon", error.Message);
    }

    // Symptom lists come from Generators.RandomSymptoms, shared with GeneratorDistributionTests, which measures them:
    // joint pain without a nerve symptom is common.

    // Safety properties run 10,000 cases; a failure prints the Replay seed (tests/README.md).
    private const int SafetyCases = 10_000;

    /// <summary>Lists of muscle fatigue alone, at any intensity.</summary>
    private static class FatigueLists
    {
        public static Arbitrary<Symptom[]> Lists()
            => Gen.ArrayOf(Gen.Choose(0, 10).Select(i => new Symptom(SymptomKind.MuscleFatigue, BodySite.Quadriceps, i))).ToArbitrary();
    }

    private static int Severity(SetVerdict v) => ((int)v.Action * 10) + (int)v.Referral;

    [Property(MaxTest = SafetyCases, Arbitrary = [typeof(Generators.RandomSymptoms)])]
    public bool Property_no_verdict_continues_after_joint_pain_under_the_strict_policy(Symptom[] symptoms)
        => !symptoms.Any(s => s.Kind == SymptomKind.JointPain && s.Intensity > 0)
            || Strict.EvaluateSet(Client, Set(symptoms)).Action != SetAction.Continue;

    [Property(MaxTest = SafetyCases, Arbitrary = [typeof(FatigueLists)])]
    public bool Property_fatigue_alone_never_stops(Symptom[] symptoms)
        => Strict.EvaluateSet(Client, Set(symptoms)).Action == SetAction.Continue;

    [Property(MaxTest = SafetyCases, Arbitrary = [typeof(Generators.RandomSymptoms)])]
    public bool Property_neurological_symptoms_always_refer(Symptom[] symptoms)
        => !symptoms.Any(s => SafetyRules.IsNeurological(s.Kind) && s.Intensity > 0)
            || Strict.EvaluateSet(Client, Set(symptoms)) is { Action: SetAction.StopSession, Referral: > Referral.None };

    // One property per policy, 10,000 cases each, as the loop over both policies ran before.
    [Property(MaxTest = SafetyCases, Arbitrary = [typeof(Generators.RandomSymptoms)])]
    public bool Property_adding_a_symptom_never_makes_a_verdict_less_safe_under_the_strict_policy(Symptom[] symptoms, Symptom extra)
        => NoLessSafe(Strict, symptoms, extra);

    [Property(MaxTest = SafetyCases, Arbitrary = [typeof(Generators.RandomSymptoms)])]
    public bool Property_adding_a_symptom_never_makes_a_verdict_less_safe_under_pain_monitoring(Symptom[] symptoms, Symptom extra)
        => NoLessSafe(Monitoring, symptoms, extra);

    private static bool NoLessSafe(ProgressionEngine engine, Symptom[] symptoms, Symptom extra)
        => Severity(engine.EvaluateSet(Client, Set([.. symptoms, extra]))) >= Severity(engine.EvaluateSet(Client, Set(symptoms)));

    [Property(MaxTest = SafetyCases, Arbitrary = [typeof(Generators.RandomSymptoms)])]
    public bool Property_the_same_inputs_give_the_same_verdict(Symptom[] symptoms)
        => Strict.EvaluateSet(Client, Set(symptoms)).Equals(Strict.EvaluateSet(Client, Set(symptoms)));
}
