using BenchmarkDotNet.Attributes;

namespace Progression.Benchmarks.Facade;

/// <summary>
/// <see cref="IProgressionEngine.PlanSession"/> on the default engine (14 built-in exercises) for a new client without
/// an assessment, and for a new client whose assessment shows every imbalance (<see cref="FacadeInputs.AllImbalances"/>:
/// H:Q 0.48; bridge 41 s / 50 s; Thomas +10° right; trunk flexor 120 s / extensor 80 s; side bridge 48 s / 60 s).
/// Target (issue 13, on NRules): median at most 100 µs and 128 KB allocated (issue 7, own engine: 20 µs, 16 KB).
/// <see cref="Steady"/> and <see cref="RotationDue"/> (issue 16) plan for a fully equipped client after 3 and after 6
/// on-target sessions: the second is the first plan in which accessory rotation swaps exercises.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PlanSessionBenchmarks
{
    private ProgressionEngine _engine = null!;
    private ClientState _unassessed = null!;
    private ClientState _imbalanced = null!;
    private ClientState _steady = null!;
    private ClientState _rotationDue = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = ProgressionEngine.CreateDefault();
        _unassessed = ClientState.New("bench-client");
        _imbalanced = ClientState.New("bench-client", FacadeInputs.AllImbalances);

        Guard(_engine, NoAssessment(), AllImbalances(), nameof(PlanSessionBenchmarks));

        // A fully equipped client three sessions in (every exercise continued, no stint served) and six sessions in
        // (stints served: the rotation rule collects the candidates and choices and swaps accessories).
        var equipped = ClientState.New("bench-client", new Assessment { Equipment = Enum.GetValues<Equipment>().ToHashSet() });
        _steady = AfterSessions(equipped, 3);
        _rotationDue = AfterSessions(equipped, 6);
        FacadeGuard.Check(!Steady().Reasons.Any(r => r.RuleId == "selection.accessory-rotation"), nameof(PlanSessionBenchmarks),
            "the steady client's plan rotates");
        FacadeGuard.Check(RotationDue().Reasons.Any(r => r.RuleId == "selection.accessory-rotation"), nameof(PlanSessionBenchmarks),
            "the client six sessions in does not rotate");
    }

    [Benchmark]
    public SessionPlan Steady() => _engine.PlanSession(_steady);

    [Benchmark]
    public SessionPlan RotationDue() => _engine.PlanSession(_rotationDue);

    private ClientState AfterSessions(ClientState client, int sessions)
    {
        for (var n = 0; n < sessions; n++)
        {
            var plan = _engine.PlanSession(client);
            var sets = plan.Items.SelectMany(i => FacadeInputs.OnTarget(i.Prescription)).ToArray();
            client = _engine.ReviewSession(client, new SessionReport(FacadeInputs.Day(n), sets)).Next;
        }

        return client;
    }

    [Benchmark]
    public SessionPlan NoAssessment() => _engine.PlanSession(_unassessed);

    [Benchmark]
    public SessionPlan AllImbalances() => _engine.PlanSession(_imbalanced);

    /// <summary>
    /// Throws unless both plans are full sessions (within the policy's size, no referral) and the assessed plan
    /// lists one finding per imbalance while the unassessed one lists none.
    /// </summary>
    internal static void Guard(ProgressionEngine engine, SessionPlan plain, SessionPlan imbalanced, string shape)
    {
        foreach (var plan in new[] { plain, imbalanced })
        {
            FacadeGuard.Check(plan.Referral == Referral.None && plan.Items.Count >= engine.Policy.MinExercises && plan.Items.Count <= engine.Policy.MaxExercises,
                shape, $"a plan has {plan.Items.Count} items and referral {plan.Referral}");
        }

        FacadeGuard.Check(!plain.Reasons.Any(r => FacadeInputs.ImbalanceFindings.Contains(r.RuleId)), shape,
            "the plan without an assessment lists an imbalance");
        var missing = FacadeInputs.ImbalanceFindings.Where(id => !imbalanced.Reasons.Any(r => r.RuleId == id)).ToList();
        FacadeGuard.Check(missing.Count == 0, shape, $"the assessed plan misses the findings {string.Join(", ", missing)}");
    }
}
