using BenchmarkDotNet.Attributes;
using Progression.Packs;

namespace Progression.Benchmarks.Facade;

/// <summary>
/// <see cref="IProgressionEngine.EvaluateSet"/> on the default engine for one set of a client with 40 sessions of
/// progress: without a symptom, with muscle fatigue (carry on), and with joint pain (stop the exercise).
/// Target (issue 7): median under 1 µs and under 1 KB allocated.
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
        _client = FacadeInputs.Progressed(_engine, ClientState.New("bench-client"), FacadeInputs.SessionExercises, 40);
        _noSymptom = FacadeInputs.FirstSet(_engine, _client, "glute-bridge");
        _fatigue = FacadeInputs.FirstSet(_engine, _client, "glute-bridge", new Symptom(SymptomKind.MuscleFatigue, BodySite.Glutes, 5));
        _jointPain = FacadeInputs.FirstSet(_engine, _client, "glute-bridge", new Symptom(SymptomKind.JointPain, BodySite.Knee, 3));

        // Guard: each set must get the verdict its shape is named for, from the rule that decides it.
        Expect(nameof(NoSymptom), NoSymptom(), SetAction.Continue, SafetyRules.NoSymptoms);
        Expect(nameof(MuscleFatigue), MuscleFatigue(), SetAction.Continue, SafetyRules.FatigueAllowed);
        Expect(nameof(JointPain), JointPain(), SetAction.StopExercise, SafetyRules.JointPainStops);
    }

    [Benchmark]
    public SetVerdict NoSymptom() => _engine.EvaluateSet(_client, _noSymptom);

    [Benchmark]
    public SetVerdict MuscleFatigue() => _engine.EvaluateSet(_client, _fatigue);

    [Benchmark]
    public SetVerdict JointPain() => _engine.EvaluateSet(_client, _jointPain);

    private static void Expect(string shape, SetVerdict verdict, SetAction action, string ruleId)
        => FacadeGuard.Check(verdict.Action == action && verdict.Referral == Referral.None && verdict.Reasons.Any(r => r.RuleId == ruleId),
            $"{nameof(EvaluateSetBenchmarks)}.{shape}", $"expected {action} from {ruleId}, got {verdict}");
}
