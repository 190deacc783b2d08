using BenchmarkDotNet.Attributes;

namespace Progression.Benchmarks.Facade;

/// <summary>
/// How each call's cost grows with the engine's size: the three calls of the facade on one input each, against an
/// engine built with <see cref="ProgressionEngine.CreateBuilder"/>. The derived classes vary one dimension at a time
/// (host rules with the catalog fixed, or the catalog with no host rules) rather than the full cross product.
/// Inputs: a client with 40 sessions of progress on the 6-exercise session and the all-imbalances assessment;
/// <see cref="EvaluateSet"/> is a set with muscle fatigue, <see cref="ReviewSession"/> the next 6 × 3 on-target
/// session, <see cref="PlanSession"/> the plan for that client.
/// </summary>
public abstract class ScalingBenchmarks
{
    private ProgressionEngine _engine = null!;
    private ClientState _client = null!;
    private SetReport _set = null!;
    private SessionReport _report = null!;

    [Benchmark]
    public SetVerdict EvaluateSet() => _engine.EvaluateSet(_client, _set);

    [Benchmark]
    public SessionReview ReviewSession() => _engine.ReviewSession(_client, _report);

    [Benchmark]
    public SessionPlan PlanSession() => _engine.PlanSession(_client);

    /// <summary>
    /// Builds the inputs on the default engine, points the benchmarks at <paramref name="engine"/>, and throws unless
    /// it answers the set and the review exactly as the default engine does (no host rule matches these inputs, and
    /// copies of exercises do not change answers about built-in ones) and its plan is a full session listing every
    /// imbalance.
    /// </summary>
    protected void Init(ProgressionEngine engine, string shape)
    {
        var reference = ProgressionEngine.CreateDefault();
        var client = ClientState.New("bench-client", FacadeInputs.AllImbalances);
        _client = FacadeInputs.Progressed(reference, client, FacadeInputs.SessionExercises, 40);
        _set = FacadeInputs.FirstSet(reference, _client, "glute-bridge", new Symptom(SymptomKind.MuscleFatigue, BodySite.Glutes, 5));
        _report = FacadeInputs.OnTargetSession(reference, _client, FacadeInputs.SessionExercises, 40);
        _engine = engine;

        var verdict = EvaluateSet();
        FacadeGuard.Check(verdict == reference.EvaluateSet(_client, _set) && verdict.Action == SetAction.Continue, shape,
            $"the set's verdict differs from the default engine's: {verdict}");
        var review = ReviewSession();
        FacadeGuard.Check(review == reference.ReviewSession(_client, _report) && review.Decisions.Count == 6, shape,
            $"the review differs from the default engine's: {string.Join("; ", review.Decisions)}");
        var plan = PlanSession();
        FacadeGuard.Check(plan.Referral == Referral.None && plan.Items.Count >= engine.Policy.MinExercises && plan.Items.Count <= engine.Policy.MaxExercises,
            shape, $"the plan has {plan.Items.Count} items and referral {plan.Referral}");
        var missing = FacadeInputs.ImbalanceFindings.Where(id => !plan.Reasons.Any(r => r.RuleId == id)).ToList();
        FacadeGuard.Check(missing.Count == 0, shape, $"the plan misses the findings {string.Join(", ", missing)}");
    }
}

/// <summary>
/// Cost against the number of host-added rules (10, 100; <see cref="FacadeInputs.WithHostRules"/>) in a
/// catalog of 15 exercises (the 14 built-in plus one copy). A third of the rules match each of
/// <c>ReportedSymptom</c>, <c>ExercisePerformance</c> and <c>PlanCandidate</c>; none fires on the inputs, but
/// the guard proves one of each kind fires on an input built to match it.
/// </summary>
/// <remarks>
/// On NRules a host rule is a class, so the rules are generated source (benchmarks/tools/generate-host-rules.py);
/// the own engine's 1,000 case is not kept: a thousand generated classes would be most of this project's source
/// and compile time for one row, and 10 → 100 already shows the slope.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
public class HostRuleScalingBenchmarks : ScalingBenchmarks
{
    [Params(10, 100)]
    public int HostRules { get; set; }

    [Params(15)]
    public int Exercises { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var shape = $"{nameof(HostRuleScalingBenchmarks)}({HostRules} host rules)";
        var engine = ProgressionEngine.CreateBuilder().WithCatalogSize(Exercises).WithHostRules(HostRules).Build();
        FacadeGuard.Check(engine.Catalog.Exercises.Count == Exercises, shape, $"the catalog holds {engine.Catalog.Exercises.Count} exercises");
        Facade.HostRules.ProveLive(shape, engine, HostRules, ProgressionEngine.CreateDefault().Rules.Count);
        Init(engine, shape);
    }
}

/// <summary>
/// Cost against the size of the catalog (15, 150, 1,500 exercises: the 14 built-in plus copies with new exercise and
/// variant ids, <see cref="FacadeInputs.WithCatalogSize"/>) with no host rules. Every copy is a plan candidate, so
/// <c>PlanSession</c> is the call that sees the catalog grow.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CatalogScalingBenchmarks : ScalingBenchmarks
{
    [Params(0)]
    public int HostRules { get; set; }

    [Params(15, 150, 1_500)]
    public int Exercises { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var shape = $"{nameof(CatalogScalingBenchmarks)}({Exercises} exercises)";
        var engine = ProgressionEngine.CreateBuilder().WithCatalogSize(Exercises).WithHostRules(HostRules).Build();
        FacadeGuard.Check(engine.Catalog.Exercises.Count == Exercises, shape, $"the catalog holds {engine.Catalog.Exercises.Count} exercises");
        FacadeGuard.Check(engine.Rules.Count == ProgressionEngine.CreateDefault().Rules.Count, shape, "the engine has host rules");
        Init(engine, shape);
    }
}
