using BenchmarkDotNet.Attributes;
using Progression.Packs;

namespace Progression.Benchmarks.Facade;

// What the facade costs on top of NRules (issue 13: facade ÷ bare NRules at most 2×). For each case of the
// EvaluateSet, PlanSession and ReviewSession suites, three rows on the same default engine:
//
// - FacadeCall: the public call, as those suites measure it;
// - BareNRules (the baseline, so Ratio = FacadeCall ÷ BareNRules): a session from the engine's own factory for the
//   question, InsertAll of the facts the facade would make, Fire; the facts are made once, in GlobalSetup, with the
//   facade's internal fact makers (SetFacts, PlanFacts, ReviewFacts), so the rules and facts are exactly the facade's;
// - FactMaking: those fact makers alone (checking the input, resolving exercises, making the facts).
//
// FacadeCall − FactMaking − BareNRules is then roughly what the facade adds around the session: querying working
// memory and folding the results into the answer. One caveat makes BareNRules a little cheap: some facts cache what
// a condition works out about them (ExercisePerformance its shortfall and obstacle, PlanCandidate its prescription),
// and facts made once keep those caches warm after the first operation, while every facade call makes new facts and
// pays for them. The ratio is therefore an upper bound on the facade's overhead, not an exact split.

/// <summary>
/// <see cref="IProgressionEngine.EvaluateSet"/> against bare NRules, on the inputs of <see cref="EvaluateSetBenchmarks"/>:
/// one glute-bridge set of a client with 40 sessions of progress, without a symptom, with muscle fatigue 5/10, and
/// with knee joint pain 3/10.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BareNRulesSetBenchmarks
{
    private ProgressionEngine _engine = null!;
    private ClientState _client = null!;
    private SetReport _set = null!;
    private object[] _facts = [];

    /// <summary>The set cases of <see cref="EvaluateSetBenchmarks"/>.</summary>
    public enum SetCase
    {
        NoSymptom,
        MuscleFatigue,
        JointPain,
    }

    [ParamsAllValues]
    public SetCase Case { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = ProgressionEngine.CreateDefault();
        var inputs = EvaluateSetBenchmarks.Inputs(_engine);
        _client = inputs.Client;
        (_set, var action, var ruleId) = Case switch
        {
            SetCase.NoSymptom => (inputs.NoSymptom, SetAction.Continue, SafetyRules.NoSymptoms),
            SetCase.MuscleFatigue => (inputs.Fatigue, SetAction.Continue, SafetyRules.FatigueAllowed),
            _ => (inputs.JointPain, SetAction.StopExercise, SafetyRules.JointPainStops),
        };
        _facts = FactMaking();

        var shape = $"{nameof(BareNRulesSetBenchmarks)}({Case})";
        BareNRulesGuard.Fired(shape, BareNRules());
        EvaluateSetBenchmarks.Expect(shape, FacadeCall(), action, ruleId);
    }

    [Benchmark]
    public SetVerdict FacadeCall() => _engine.EvaluateSet(_client, _set);

    [Benchmark(Baseline = true)]
    public int BareNRules()
    {
        var session = _engine.CompiledRules.FactoryOf(Question.Set).CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }

    [Benchmark]
    public object[] FactMaking() => _engine.SetFacts(_client, _set);
}

/// <summary>
/// <see cref="IProgressionEngine.PlanSession"/> against bare NRules, on the inputs of <see cref="PlanSessionBenchmarks"/>:
/// a new client without an assessment, and one whose assessment shows every imbalance.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BareNRulesPlanBenchmarks
{
    private ProgressionEngine _engine = null!;
    private ClientState _client = null!;
    private object[] _facts = [];

    /// <summary>The plan cases of <see cref="PlanSessionBenchmarks"/>.</summary>
    public enum PlanCase
    {
        NoAssessment,
        AllImbalances,
    }

    [ParamsAllValues]
    public PlanCase Case { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = ProgressionEngine.CreateDefault();
        var unassessed = ClientState.New("bench-client");
        var imbalanced = ClientState.New("bench-client", FacadeInputs.AllImbalances);
        _client = Case == PlanCase.NoAssessment ? unassessed : imbalanced;
        _facts = FactMaking();

        var shape = $"{nameof(BareNRulesPlanBenchmarks)}({Case})";
        BareNRulesGuard.Fired(shape, BareNRules());
        FacadeCall();
        PlanSessionBenchmarks.Guard(_engine, _engine.PlanSession(unassessed), _engine.PlanSession(imbalanced), shape);
    }

    [Benchmark]
    public SessionPlan FacadeCall() => _engine.PlanSession(_client);

    [Benchmark(Baseline = true)]
    public int BareNRules()
    {
        var session = _engine.CompiledRules.FactoryOf(Question.Plan).CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }

    [Benchmark]
    public object[] FactMaking() => _engine.PlanFacts(_client, null, out _, out _);
}

/// <summary>
/// <see cref="IProgressionEngine.ReviewSession"/> against bare NRules, on the inputs of <see cref="ReviewSessionBenchmarks"/>:
/// 6 exercises × 3 sets on target at RPE 7, for a new client and for a client with 40 such sessions of progress.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BareNRulesReviewBenchmarks
{
    private ProgressionEngine _engine = null!;
    private ClientState _client = null!;
    private SessionReport _report = null!;
    private object[] _facts = [];

    /// <summary>The review cases of <see cref="ReviewSessionBenchmarks"/>.</summary>
    public enum ReviewCase
    {
        NewClient,
        ProgressedClient,
    }

    [ParamsAllValues]
    public ReviewCase Case { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = ProgressionEngine.CreateDefault();
        var (newClient, newReport, progressed, progressedReport) = ReviewSessionBenchmarks.Inputs(_engine);
        (_client, _report) = Case == ReviewCase.NewClient ? (newClient, newReport) : (progressed, progressedReport);
        _facts = FactMaking();

        var shape = $"{nameof(BareNRulesReviewBenchmarks)}({Case})";
        BareNRulesGuard.Fired(shape, BareNRules());
        FacadeCall();
        ReviewSessionBenchmarks.Guard(_engine, newClient, progressed, newReport, progressedReport,
            _engine.ReviewSession(newClient, newReport), _engine.ReviewSession(progressed, progressedReport), shape);
    }

    [Benchmark]
    public SessionReview FacadeCall() => _engine.ReviewSession(_client, _report);

    [Benchmark(Baseline = true)]
    public int BareNRules()
    {
        var session = _engine.CompiledRules.FactoryOf(Question.Review).CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }

    [Benchmark]
    public object[] FactMaking()
    {
        // ReviewFacts may replace the client (detrained after a break); the benchmark keeps its own.
        var client = _client;
        return _engine.ReviewFacts(ref client, _report, out _);
    }
}

/// <summary>The guard of the bare rows: a session that fired nothing would time an empty agenda.</summary>
internal static class BareNRulesGuard
{
    public static void Fired(string shape, int fired)
    {
        if (fired <= 0)
        {
            throw new InvalidOperationException(
                $"{shape}: the bare NRules session fired no rule on the facade's facts, so it would time an empty agenda.");
        }
    }
}
