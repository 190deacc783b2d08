using System.Text.Json;
using Progression.Packs;

namespace Progression.Tests.Facade;

/// <summary>Issue 16, re-assessment: <see cref="ClientState.WithAssessment"/> keeps the replaced assessment; a finding that is gone stops shaping the plan and the plan says so.</summary>
public sealed class ReassessmentTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;

    private static readonly Assessment Lopsided = new() { Trunk = new TrunkEndurance { SideBridgeLeftSeconds = 30, SideBridgeRightSeconds = 45 } };

    private static readonly Assessment Even = new() { Trunk = new TrunkEndurance { SideBridgeLeftSeconds = 44, SideBridgeRightSeconds = 45 } };

    [Fact]
    public void WithAssessment_keeps_the_assessment_it_replaces()
    {
        var client = ClientState.New("c1", Lopsided).WithAssessment(Even);

        Assert.Equal(Even, client.Assessment);
        Assert.Equal(Lopsided, client.PreviousAssessment);
        Assert.NotEqual(ClientState.New("c1", Even), client);
    }

    [Fact]
    public void The_previous_assessment_round_trips_through_json()
    {
        var client = ClientState.New("c1", Lopsided).WithAssessment(Even);

        var back = JsonSerializer.Deserialize<ClientState>(JsonSerializer.Serialize(client));

        Assert.Equal(client, back);
        Assert.Equal(Lopsided, back!.PreviousAssessment);
    }

    [Fact]
    public void A_lateral_asymmetry_that_is_gone_stops_shaping_the_side_bridge_and_the_plan_says_so()
    {
        var before = Engine.PlanSession(ClientState.New("c1", Lopsided));
        var after = Engine.PlanSession(ClientState.New("c1", Lopsided).WithAssessment(Even));

        Assert.Equal(Side.Left, Assert.Single(before.Items, i => i.Prescription.ExerciseId == "side-bridge").FirstSide);
        var sideBridge = Assert.Single(after.Items, i => i.Prescription.ExerciseId == "side-bridge");
        Assert.Null(sideBridge.FirstSide);
        Assert.Equal(0, sideBridge.ExtraSets);
        Assert.DoesNotContain(after.Reasons, r => r.RuleId == SelectionRules.LateralAsymmetryFound);
        var gone = Assert.Single(after.Reasons, r => r.RuleId == SelectionRules.FindingGone);
        Assert.Equal(
            "Re-assessment: the lateral asymmetry is gone (side bridge 30 s left, 45 s right before, ratio 0.67; now 44 s left, 45 s right, range 0.95–1.05); the side bridge gets no weaker-side emphasis.",
            gone.Message);
    }

    [Fact]
    public void A_finding_that_remains_is_not_called_gone()
    {
        var plan = Engine.PlanSession(ClientState.New("c1", Lopsided).WithAssessment(Lopsided with { HamstringQuadRatio = 0.8 }));

        Assert.Contains(plan.Reasons, r => r.RuleId == SelectionRules.LateralAsymmetryFound);
        Assert.DoesNotContain(plan.Reasons, r => r.RuleId == SelectionRules.FindingGone);
    }

    [Fact]
    public void Each_gone_finding_is_named_with_both_measurements()
    {
        var previous = new Assessment
        {
            HamstringQuadRatio = 0.45,
            HipFlexorAngle = new SidePair(10, -5),
            SingleLegBridgeSeconds = new SidePair(20, 40),
            Trunk = new TrunkEndurance { FlexorSeconds = 90, ExtensorSeconds = 60 },
        };
        var current = new Assessment { HamstringQuadRatio = 0.7, HipFlexorAngle = new SidePair(-5, -5), Trunk = new TrunkEndurance { FlexorSeconds = 90, ExtensorSeconds = 100 } };

        var plan = Engine.PlanSession(ClientState.New("c1", previous).WithAssessment(current));

        var gone = plan.Reasons.Where(r => r.RuleId == SelectionRules.FindingGone).Select(r => r.Message).ToList();
        Assert.Equal(4, gone.Count);
        Assert.Contains("Re-assessment: quadriceps dominance is gone (H:Q 0.45 before, now 0.7, threshold 0.6); hip work is no longer favoured.", gone);
        Assert.Contains(gone, m => m.StartsWith("Re-assessment: the limb asymmetry is gone (single-leg bridge 20 s left, 40 s right before, LSI 50 %; not measured now", StringComparison.Ordinal));
        Assert.Contains(gone, m => m.StartsWith("Re-assessment: the short hip flexors are gone (Thomas test +10° left, -5° right before; now -5° left, -5° right", StringComparison.Ordinal));
        Assert.Contains(gone, m => m.StartsWith("Re-assessment: the weak extensors are gone (flexor:extensor 1.5 before, now 0.9", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Reasons, r => r.RuleId is SelectionRules.QuadDominance or SelectionRules.LimbAsymmetryFound or SelectionRules.ShortHipFlexorsFound or SelectionRules.WeakExtensorsFound);
    }
}
