using Progression.Packs;

namespace Progression.Tests.Facade;

/// <summary>Issue 16, "start where the assessment says": a measured hold picks the starting rung and dose of the matching exercise for a new client.</summary>
public sealed class AssessedStartTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;

    private static ClientState Assessed(TrunkEndurance? trunk = null, SidePair? bridge = null, IReadOnlySet<Equipment>? equipment = null)
        => ClientState.New("c1", new Assessment { Trunk = trunk, SingleLegBridgeSeconds = bridge, Equipment = equipment });

    private static PlannedExercise Planned(SessionPlan plan, string exerciseId)
        => Assert.Single(plan.Items, i => i.Prescription.ExerciseId == exerciseId);

    [Fact]
    public void A_45_s_side_bridge_hold_starts_on_the_full_side_bridge_at_half_the_hold_with_a_reason_citing_45_s()
    {
        var client = Assessed(new TrunkEndurance { SideBridgeLeftSeconds = 45, SideBridgeRightSeconds = 45 });

        var item = Planned(Engine.PlanSession(client), "side-bridge");

        Assert.Equal("side-bridge.full", item.Prescription.VariantId);
        Assert.Equal(Dosage.OfHold(3, 20), item.Prescription.Dosage);
        var reason = Assert.Single(item.Reasons, r => r.RuleId == SelectionRules.AssessedStart);
        Assert.Equal(
            "Side-bridge test 45 s: 50 % of it is 22.5 s, which covers the start of Side bridge, one rung above Side bridge from the knees (10–45 s); start there at 3 × 20 s.",
            reason.Message);
    }

    [Fact]
    public void An_unmeasured_client_starts_every_exercise_at_its_entry_rung()
    {
        var client = ClientState.New("c1", new Assessment { HamstringQuadRatio = 0.7 });

        var plan = Engine.PlanSession(client);

        Assert.Equal("side-bridge.knees", Planned(plan, "side-bridge").Prescription.VariantId);
        Assert.Equal(Dosage.OfHold(3, 10), Planned(plan, "side-bridge").Prescription.Dosage);
        Assert.Equal("bird-dog.single-limb", Planned(plan, "bird-dog").Prescription.VariantId);
        Assert.Equal("glute-bridge.double-leg", Planned(plan, "glute-bridge").Prescription.VariantId);
        Assert.DoesNotContain(plan.Items.SelectMany(i => i.Reasons), r => r.RuleId == SelectionRules.AssessedStart);
    }

    [Fact]
    public void A_hold_too_short_for_any_rung_starts_at_the_entry_rung_as_before()
    {
        // 50 % of 18 s is 9 s, short of both rungs' 10 s start.
        var client = Assessed(new TrunkEndurance { SideBridgeLeftSeconds = 18, SideBridgeRightSeconds = 18 });

        var item = Planned(Engine.PlanSession(client), "side-bridge");

        Assert.Equal(Engine.Catalog.Get("side-bridge").StartAt(0), item.Prescription);
        Assert.DoesNotContain(item.Reasons, r => r.RuleId == SelectionRules.AssessedStart);
    }

    [Fact]
    public void A_long_hold_never_hands_out_the_loaded_rung_and_stops_at_the_top_of_the_range()
    {
        var client = Assessed(new TrunkEndurance { SideBridgeLeftSeconds = 600, SideBridgeRightSeconds = 600 });

        var item = Planned(Engine.PlanSession(client), "side-bridge");

        Assert.Equal("side-bridge.full", item.Prescription.VariantId);
        Assert.Equal(Dosage.OfHold(3, 45), item.Prescription.Dosage);
    }

    [Fact]
    public void The_extensor_hold_sets_the_bird_dog_start_at_10_s_a_rep()
    {
        // 50 % of 150 s is 75 s: 7 reps of 10 s, enough for the full bird dog (6–12 reps).
        var client = Assessed(new TrunkEndurance { ExtensorSeconds = 150 });

        var item = Planned(Engine.PlanSession(client), "bird-dog");

        Assert.Equal("bird-dog.opposite-arm-leg", item.Prescription.VariantId);
        Assert.Equal(Dosage.OfReps(3, 7), item.Prescription.Dosage);
        Assert.Contains(item.Reasons, r => r.RuleId == SelectionRules.AssessedStart
                                           && r.Message.StartsWith("Extensor endurance test (Biering-Sørensen) 150 s: 50 % of it is 75 s, 7 reps at 10 s a rep", StringComparison.Ordinal));
    }

    [Fact]
    public void An_even_single_leg_bridge_hold_starts_the_glute_bridge_on_one_leg()
    {
        // 50 % of 60 s is 30 s: 10 reps of 3 s, inside the single-leg rung's 8–15.
        var client = Assessed(bridge: new SidePair(60, 60));

        var item = Planned(Engine.PlanSession(client), "glute-bridge");

        Assert.Equal("glute-bridge.single-leg", item.Prescription.VariantId);
        Assert.Equal(Dosage.OfReps(3, 10), item.Prescription.Dosage);
    }

    [Fact]
    public void With_one_leg_weaker_the_limb_asymmetry_rule_keeps_the_start_it_has_always_given()
    {
        // LSI 50 %: the one-legged rung at its starting dose, weaker leg first with an extra set; the hold does not raise it.
        var client = Assessed(bridge: new SidePair(30, 60));

        var item = Planned(Engine.PlanSession(client), "glute-bridge");

        Assert.Equal("glute-bridge.single-leg", item.Prescription.VariantId);
        Assert.Equal(Dosage.OfReps(3, 8), item.Prescription.Dosage);
        Assert.Equal(Side.Left, item.FirstSide);
        Assert.DoesNotContain(item.Reasons, r => r.RuleId == SelectionRules.AssessedStart);
    }

    [Fact]
    public void A_lateral_asymmetry_starts_from_the_weaker_side_and_keeps_its_extra_set()
    {
        // Left 30 s, right 45 s: the left limits, 15 s on the full side bridge; left first with one extra set.
        var client = Assessed(new TrunkEndurance { SideBridgeLeftSeconds = 30, SideBridgeRightSeconds = 45 });

        var item = Planned(Engine.PlanSession(client), "side-bridge");

        Assert.Equal("side-bridge.full", item.Prescription.VariantId);
        Assert.Equal(Dosage.OfHold(3, 15), item.Prescription.Dosage);
        Assert.Equal(Side.Left, item.FirstSide);
        Assert.Equal(1, item.ExtraSets);
        Assert.Contains(item.Reasons, r => r.RuleId == SelectionRules.AssessedStart && r.Message.StartsWith("Side-bridge test (weaker side) 30 s", StringComparison.Ordinal));
        Assert.Contains(item.Reasons, r => r.RuleId == SelectionRules.SideBridgeWeakerSide);
    }

    [Fact]
    public void Severe_morning_pain_plans_from_the_entry_rung_not_the_assessed_start()
    {
        var client = Assessed(new TrunkEndurance { SideBridgeLeftSeconds = 60, SideBridgeRightSeconds = 60 });

        var plan = Engine.PlanSession(client, new CheckIn { MorningPain = 8 });

        Assert.DoesNotContain(plan.Items.SelectMany(i => i.Reasons), r => r.RuleId == SelectionRules.AssessedStart);
        Assert.DoesNotContain(plan.Items, i => i.Prescription.VariantId == "side-bridge.full");
    }

    [Fact]
    public void Earned_progress_is_continued_and_not_reset_by_the_assessment()
    {
        var knees = Engine.Catalog.Get("side-bridge").Variants[0];
        var client = Assessed(new TrunkEndurance { SideBridgeLeftSeconds = 60, SideBridgeRightSeconds = 60 })
            .WithProgress("side-bridge", new ExerciseProgress { VariantId = knees.Id, Tier = knees.Tier, Dosage = Dosage.OfHold(3, 25), SessionsCompleted = 3 });

        var item = Planned(Engine.PlanSession(client), "side-bridge");

        Assert.Equal("side-bridge.knees", item.Prescription.VariantId);
        Assert.Equal(Dosage.OfHold(3, 25), item.Prescription.Dosage);
    }

    [Fact]
    public void The_review_of_the_planned_session_stores_the_assessed_start_and_the_next_plan_continues_there()
    {
        var client = Assessed(new TrunkEndurance { SideBridgeLeftSeconds = 45, SideBridgeRightSeconds = 45 });
        var planned = Planned(Engine.PlanSession(client), "side-bridge").Prescription;

        var review = Engine.ReviewSession(client, Reports.Session(0, Reports.OnTarget(planned)));

        var stored = review.Next.ProgressOf("side-bridge");
        Assert.NotNull(stored);
        Assert.Equal("side-bridge.full", stored.VariantId);
        var next = Planned(Engine.PlanSession(review.Next), "side-bridge");
        Assert.Equal("side-bridge.full", next.Prescription.VariantId);
        Assert.True(next.Prescription.Dosage.HoldSeconds >= 20, $"next session at {next.Prescription.Dosage}");
        Assert.DoesNotContain(next.Reasons, r => r.RuleId == SelectionRules.AssessedStart);
    }

    [Fact]
    public void Sets_logged_without_a_variant_are_read_at_the_assessed_start_the_plan_gave_not_at_the_entry_rung()
    {
        var client = Assessed(new TrunkEndurance { SideBridgeLeftSeconds = 45, SideBridgeRightSeconds = 45 });
        var planned = Planned(Engine.PlanSession(client), "side-bridge").Prescription;
        var sets = Reports.OnTarget(planned).Select(s => s with { VariantId = null }).ToArray();

        var decision = Engine.ReviewSession(client, Reports.Session(0, sets)).Decisions.Single();
        var verdict = Engine.EvaluateSet(client, sets[0]);

        // Read at the knee rung, 3 × 20 s would have looked like a success on an easier variant and stored that.
        Assert.Equal("side-bridge.full", decision.From.VariantId);
        Assert.Equal(Dosage.OfHold(3, 20), decision.From.Dosage);
        Assert.Contains(decision.Reasons, r => r.RuleId == SelectionRules.VariantAssumedReview
                                               && r.Message.Contains("Side bridge at 3 × 20 s", StringComparison.Ordinal)
                                               && r.Message.Contains("the start your assessment set", StringComparison.Ordinal));
        Assert.Equal(SetAction.Continue, verdict.Action);
    }

    [Fact]
    public void A_rung_whose_equipment_the_client_lacks_is_never_the_start()
    {
        var engine = ProgressionEngine.CreateBuilder().AddExercise(BenchSideBridge).Build();
        var trunk = new TrunkEndurance { SideBridgeLeftSeconds = 40, SideBridgeRightSeconds = 60 };

        var without = Planned(engine.PlanSession(Assessed(trunk, equipment: new HashSet<Equipment>())), BenchSideBridge.Id);
        var with = Planned(engine.PlanSession(Assessed(trunk, equipment: new HashSet<Equipment> { Equipment.Bench })), BenchSideBridge.Id);

        Assert.Equal("bench-side-bridge.knees", without.Prescription.VariantId);
        Assert.Equal(Dosage.OfHold(3, 20), without.Prescription.Dosage);
        Assert.Equal("bench-side-bridge.feet-up", with.Prescription.VariantId);
        Assert.Equal(Dosage.OfHold(3, 20), with.Prescription.Dosage);
    }

    /// <summary>A host side bridge whose harder rung needs a bench (feet up on it).</summary>
    internal static readonly Exercise BenchSideBridge = new("bench-side-bridge", "Bench side bridge", MovementPattern.Trunk, [BodySite.QuadratusLumborum, BodySite.Obliques],
    [
        new("bench-side-bridge.knees", "Side bridge from the knees", Tier.Assisted, DoseMeasure.HoldSeconds) { HoldSeconds = new(10, 30, 5), IsUnilateral = true },
        new("bench-side-bridge.feet-up", "Side bridge, feet on a bench", Tier.Bodyweight, DoseMeasure.HoldSeconds, Equipment.Bench) { HoldSeconds = new(10, 40, 5), IsUnilateral = true },
    ])
    {
        Region = BackRegion.Around,
    };
}
