using BenchmarkDotNet.Attributes;
using Progression.Packs;

namespace Progression.Benchmarks.Facade;

/// <summary>
/// <see cref="IProgressionEngine.EvaluateSet"/> on the default engine for one set of a client with 40 sessions of
/// progress: without a symptom, with muscle fatigue (carry on), and with joint pain (stop the exercise).
/// Target (issue 13, on NRules): median at most 10 µs and 32 KB allocated (issue 7, own engine: 1 µs, 1 KB).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EvaluateSetBenchmarks
{
    private ProgressionEngine _engine = null!;
    private ClientState _client = null!;
    private SetReport _noSymptom = null!;
    private SetReport _fatigue = null!;
    private SetReport _jointPain = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = ProgressionEngine.CreateDefault();
        (_client, _noSymptom, _fatigue, _jointPain) = Inputs(_engine);

        // Guard: each set must get the verdict its shape is named for, from the rule that decides it.
        const string shape = nameof(EvaluateSetBenchmarks);
        Expect($"{shape}.{nameof(NoSymptom)}", NoSymptom(), SetAction.Continue, SafetyRules.NoSymptoms);
        Expect($"{shape}.{nameof(MuscleFatigue)}", MuscleFatigue(), SetAction.Continue, SafetyRules.FatigueAllowed);
        Expect($"{shape}.{nameof(JointPain)}", JointPain(), SetAction.StopExercise, SafetyRules.JointPainStops);
    }

    /// <summary>
    /// The inputs of this suite (also those of <see cref="BareNRulesSetBenchmarks"/>): a client with 40 sessions of
    /// progress and its first glute-bridge set without a symptom, with muscle fatigue 5/10, and with knee joint pain 3/10.
    /// </summary>
    internal static (ClientState Client, SetReport NoSymptom, SetReport Fatigue, SetReport JointPain) Inputs(ProgressionEngine engine)
    {
        var client = FacadeInputs.Progressed(engine, ClientState.New("bench-client"), FacadeInputs.SessionExercises, 40);
        return (client,
            FacadeInputs.FirstSet(engine, client, "glute-bridge"),
            FacadeInputs.FirstSet(engine, client, "glute-bridge", new Symptom(SymptomKind.MuscleFatigue, BodySite.Glutes, 5)),
            FacadeInputs.FirstSet(engine, client, "glute-bridge", new Symptom(SymptomKind.JointPain, BodySite.Knee, 3)));
    }

    [Benchmark]
    public SetVerdict NoSymptom() => _engine.EvaluateSet(_client, _noSymptom);

    [Benchmark]
    public SetVerdict MuscleFatigue() => _engine.EvaluateSet(_client, _fatigue);

    [Benchmark]
    public SetVerdict JointPain() => _engine.EvaluateSet(_client, _jointPain);

    /// <summary>Throws unless <paramref name="verdict"/> is <paramref name="action"/>, without referral, with a reason from <paramref name="ruleId"/>.</summary>
    internal static void Expect(string shape, SetVerdict verdict, SetAction action, string ruleId)
        => FacadeGuard.Check(verdict.Action == action && verdict.Referral == Referral.None && verdict.Reasons.Any(r => r.RuleId == ruleId),
            shape, $"expected {action} from {ruleId}, got {verdict}");
}
