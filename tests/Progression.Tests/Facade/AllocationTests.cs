namespace Progression.Tests.Facade;

/// <summary>
/// Bytes allocated per call, counted on the calling thread after warm-up. Unlike time, these are the same on every
/// machine, so the budgets (under 1 KB for a set, under 16 KB for a review or a plan) are held here as
/// regression guards; benchmarks/README.md has the measured figures.
/// </summary>
public class AllocationTests
{
    private static readonly ProgressionEngine Engine = ProgressionEngine.CreateDefault();

    private static readonly Assessment AllImbalances = new()
    {
        HamstringQuadRatio = 0.48,
        SingleLegBridgeSeconds = new SidePair(41, 50),
        HipFlexorAngle = new SidePair(-5, 10),
        Trunk = new TrunkEndurance { FlexorSeconds = 120, ExtensorSeconds = 80, SideBridgeLeftSeconds = 48, SideBridgeRightSeconds = 60 },
    };

    [Fact]
    public void EvaluateSet_WithAndWithoutASymptom_UnderOneKilobyte()
    {
        var client = ClientState.New("alloc");
        var plain = Prescribed().First();
        var tired = plain with { Symptoms = [new Symptom(SymptomKind.MuscleFatigue, BodySite.Glutes, 5)] };
        var pain = plain with { Symptoms = [new Symptom(SymptomKind.JointPain, BodySite.Knee, 3)] };

        Assert.InRange(BytesPerCall(() => Engine.EvaluateSet(client, plain)), 1, 1024);
        Assert.InRange(BytesPerCall(() => Engine.EvaluateSet(client, tired)), 1, 1024);
        Assert.InRange(BytesPerCall(() => Engine.EvaluateSet(client, pain)), 1, 1024);
    }

    [Fact]
    public void ReviewSession_SixExercisesOfThreeSets_UnderSixteenKilobytes()
    {
        var client = ClientState.New("alloc");
        var report = new SessionReport(Reports.Day(0), Prescribed(client));

        Assert.Equal(6, Engine.ReviewSession(client, report).Decisions.Count);
        Assert.InRange(BytesPerCall(() => Engine.ReviewSession(client, report)), 1, 16 * 1024);
    }

    [Fact]
    public void PlanSession_WithAndWithoutEveryImbalance_UnderSixteenKilobytes()
    {
        var plain = ClientState.New("alloc");
        var imbalanced = ClientState.New("alloc", AllImbalances);

        string[] findings = ["selection.quad-dominance", "selection.limb-asymmetry", "selection.short-hip-flexors", "selection.weak-extensors", "selection.lateral-asymmetry"];
        Assert.Subset(Engine.PlanSession(imbalanced).Reasons.Select(r => r.RuleId).ToHashSet(), findings.ToHashSet());
        Assert.InRange(BytesPerCall(() => Engine.PlanSession(plain)), 1, 16 * 1024);
        Assert.InRange(BytesPerCall(() => Engine.PlanSession(imbalanced)), 1, 16 * 1024);
    }

    private static SetReport[] Prescribed(ClientState? client = null)
    {
        client ??= ClientState.New("alloc");
        string[] exercises = ["atg-split-squat", "glute-bridge", "band-hip-hinge", "bird-dog", "dead-bug", "side-bridge"];
        return exercises.SelectMany(id => Reports.OnTarget(Reports.Current(client, id))).ToArray();
    }

    /// <summary>Average bytes the calling thread allocates per call, after enough calls to warm up the engine and the JIT.</summary>
    private static long BytesPerCall(Action call)
    {
        for (var i = 0; i < 200; i++)
        {
            call();
        }

        const int calls = 500;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            call();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / calls;
    }
}
