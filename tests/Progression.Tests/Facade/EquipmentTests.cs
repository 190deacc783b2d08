using Progression.Packs;

namespace Progression.Tests.Facade;

/// <summary>Equipment (issue 12 item 5): a step forced by missing equipment is for that day only; the search also looks up; a chair stands in for a bench where the movement allows.</summary>
public sealed class EquipmentTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;

    private static ClientState Owning(params Equipment[] equipment) => ClientState.New("c1", new Assessment { Equipment = equipment.ToHashSet() });

    private static ClientState At(ClientState client, string variantId, Dosage? dosage = null, int successes = 0)
    {
        var exerciseId = variantId[..variantId.IndexOf('.')];
        var variant = Engine.Catalog.Get(exerciseId).Variants.Single(v => v.Id == variantId);
        return client.WithProgress(exerciseId, new ExerciseProgress
        {
            VariantId = variant.Id, Tier = variant.Tier, Dosage = dosage ?? variant.StartingDosage, SuccessStreak = successes, SessionsCompleted = 4,
        });
    }

    private static PlannedExercise Planned(SessionPlan plan, string exerciseId)
        => Assert.Single(plan.Items, i => i.Prescription.ExerciseId == exerciseId);

    [Fact]
    public void Without_dumbbells_the_deep_squat_hold_is_planned_on_its_unassisted_rung()
    {
        var client = At(Owning(Equipment.Chair), "deep-squat-hold.counterweight");

        var item = Planned(Engine.PlanSession(client), "deep-squat-hold");

        Assert.Equal("deep-squat-hold.unassisted", item.Prescription.VariantId);
        Assert.Equal(Dosage.OfHold(3, 10), item.Prescription.Dosage);
        var reason = Assert.Single(item.Reasons, r => r.RuleId == SelectionRules.EquipmentAvailable);
        Assert.Contains("needs Dumbbell, which you do not have: Deep squat hold (the nearest variant up that needs nothing you lack) at 3 × 10 s today instead", reason.Message);
    }

    [Fact]
    public void Without_a_band_or_rack_the_bodyweight_hinge_is_planned()
    {
        var client = At(Owning(), "band-hip-hinge.band-assisted");

        var item = Planned(Engine.PlanSession(client), "band-hip-hinge");

        Assert.Equal("band-hip-hinge.bodyweight", item.Prescription.VariantId);
    }

    [Fact]
    public void The_upward_search_never_hands_out_a_loaded_rung()
    {
        // The slant bar squat needs a slant board and a rack on every rung: nothing without them, so it is left out.
        var client = At(Owning(Equipment.Dumbbell), "slant-bar-squat.wide-grip");

        var plan = Engine.PlanSession(client);

        Assert.DoesNotContain(plan.Items, i => i.Prescription.ExerciseId == "slant-bar-squat");
        Assert.Contains(plan.Reasons, r => r.RuleId == SelectionRules.EquipmentAvailable && r.Message.StartsWith("Slant bar squat needs SlantBoard, Rack", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chair_stands_in_for_the_bench_of_the_seated_good_morning_and_the_hamstring_bridge()
    {
        var client = At(At(Owning(Equipment.Chair), "seated-good-morning.bodyweight"), "hamstring-bridge.double-leg");

        var plan = Engine.PlanSession(client);

        Assert.Equal("seated-good-morning.bodyweight", Planned(plan, "seated-good-morning").Prescription.VariantId);
        Assert.Equal("hamstring-bridge.double-leg", Planned(plan, "hamstring-bridge").Prescription.VariantId);
        Assert.Equal(Equipment.Chair, Engine.Catalog.Get("seated-good-morning").Variants[0].StandIns[Equipment.Bench]);
    }

    [Fact]
    public void The_ladder_diagram_names_the_stand_in()
        => Assert.Contains("Seated good morning<br/>Bodyweight · 3 × 8–15 reps · Bench or Chair\"]", Engine.LadderDiagram("seated-good-morning"));

    [Fact]
    public void A_chair_does_not_stand_in_for_the_hip_thrust_bench()
    {
        var client = At(Owning(Equipment.Chair, Equipment.Barbell), "glute-bridge.hip-thrust", Dosage.OfReps(3, 8, 40));

        var item = Planned(Engine.PlanSession(client), "glute-bridge");

        Assert.Equal("glute-bridge.single-leg", item.Prescription.VariantId);
        Assert.Contains(item.Reasons, r => r.RuleId == SelectionRules.EquipmentAvailable && r.Message.StartsWith("Barbell hip thrust needs Bench, which you do not have", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stand_in_for_equipment_the_variant_does_not_need_is_a_catalog_error()
    {
        var error = Assert.Throws<CatalogException>(() => ExerciseCatalog.Create(
        [
            new Exercise("wall-sit", "Wall sit", MovementPattern.KneeDominant, [BodySite.Quadriceps],
            [
                new ExerciseVariant("wall-sit.high", "High wall sit", Tier.Assisted, DoseMeasure.HoldSeconds, Equipment.Wall)
                    { HoldSeconds = new(20, 60, 10), StandIns = new Dictionary<Equipment, Equipment> { [Equipment.Bench] = Equipment.Chair } },
            ]),
        ]));

        Assert.Contains("Variant 'wall-sit.high': StandIns names Bench, which the variant does not need; its equipment: Wall.", error.Message);
    }

    [Fact]
    public void A_stand_in_the_variant_needs_already_is_a_catalog_error()
    {
        var error = Assert.Throws<CatalogException>(() => ExerciseCatalog.Create(
        [
            new Exercise("box-hinge", "Box hinge", MovementPattern.HipDominant, [BodySite.Glutes],
            [
                new ExerciseVariant("box-hinge.bench", "Bench hinge", Tier.Bodyweight, DoseMeasure.Reps, Equipment.Bench, Equipment.Chair)
                    { Reps = new(8, 12, 1), StandIns = new Dictionary<Equipment, Equipment> { [Equipment.Bench] = Equipment.Chair } },
            ]),
        ]));

        Assert.Contains("Variant 'box-hinge.bench': StandIns lets Chair stand in for Bench, but Chair is already needed", error.Message);
    }

    // ---- A step forced by missing equipment lowers that day only --------------------------------------------

    private static ClientState KettlebellClient(params Equipment[] owned)
        => At(Owning(owned), "band-hip-hinge.kettlebell", Dosage.OfReps(3, 10, 12), successes: 1);

    private static SessionReport Done(Prescription p, int day, params Symptom[] symptoms)
        => Reports.Session(day, Reports.OnTarget(p, 7, symptoms));

    [Fact]
    public void Missing_the_kettlebell_for_a_session_keeps_the_kettlebell_level_and_it_comes_back_with_the_kettlebell()
    {
        var without = KettlebellClient();
        var today = Planned(Engine.PlanSession(without), "band-hip-hinge");
        Assert.Equal("band-hip-hinge.bodyweight", today.Prescription.VariantId);
        Assert.Contains(today.Reasons, r => r.Message.Contains("your level, Kettlebell deadlift at 3 × 10 at 12 kg, is kept and comes back with the equipment"));

        var review = Engine.ReviewSession(without, Done(today.Prescription, 0));
        var decision = review.Decisions.Single();
        var stored = review.Next.ProgressOf("band-hip-hinge")!;

        Assert.Equal(ProgressionStep.Hold, decision.Step);
        Assert.Equal(SelectionRules.EquipmentKeepsLevel, decision.Reasons[0].RuleId);
        Assert.Equal(
            "Bodyweight hip hinge was done in place of Kettlebell deadlift, which needs Kettlebell, which you do not have: your level, Kettlebell deadlift at 3 × 10 at 12 kg, is kept with its streaks (1 successful, 0 missed in a row) and comes back with the equipment.",
            decision.Reasons[0].Message);
        Assert.Equal("band-hip-hinge.kettlebell", stored.VariantId);
        Assert.Equal(Dosage.OfReps(3, 10, 12), stored.Dosage);
        Assert.Equal(1, stored.SuccessStreak);
        Assert.Equal(5, stored.SessionsCompleted);
        Assert.Equal(Reports.Day(0), stored.LastPerformed);

        var back = review.Next.WithAssessment(new Assessment { Equipment = new HashSet<Equipment> { Equipment.Kettlebell } });
        var next = Planned(Engine.PlanSession(back), "band-hip-hinge");
        Assert.Equal(new Prescription("band-hip-hinge", "band-hip-hinge.kettlebell", Tier.Loaded, Dosage.OfReps(3, 10, 12)), next.Prescription);
    }

    [Fact]
    public void A_review_without_a_variant_while_the_kettlebell_is_missing_takes_the_rung_the_plan_prescribed()
    {
        var without = KettlebellClient();
        var sets = Enumerable.Range(1, 3).Select(n => new SetReport { ExerciseId = "band-hip-hinge", SetNumber = n, Reps = 10, Rpe = 7 }).ToArray();

        var review = Engine.ReviewSession(without, new SessionReport(Reports.Day(0), sets));

        Assert.Equal("band-hip-hinge.bodyweight", review.Decisions.Single().From.VariantId);
        Assert.Equal(SelectionRules.EquipmentKeepsLevel, review.Decisions.Single().Reasons[0].RuleId);
        Assert.Equal("band-hip-hinge.kettlebell", review.Next.ProgressOf("band-hip-hinge")!.VariantId);
    }

    [Fact]
    public void A_safer_step_on_the_forced_variant_still_stands()
    {
        var without = KettlebellClient();
        var today = Planned(Engine.PlanSession(without), "band-hip-hinge").Prescription;

        // Radiating pain pauses the exercise: that safer step stands over keeping the stored level.
        var decision = Engine.ReviewSession(without, Done(today, 0, new Symptom(SymptomKind.RadiatingPain, BodySite.Leg, 3))).Decisions.Single();

        Assert.Equal(ProgressionStep.Pause, decision.Step);
        Assert.Contains(decision.Reasons, r => r.RuleId == SelectionRules.EquipmentKeepsLevel && r.Message.Contains("(Overruled"));
    }

    [Fact]
    public void A_session_on_a_lower_variant_with_the_equipment_at_hand_is_judged_as_usual()
    {
        // The client chose the bodyweight hinge though the kettlebell is there: nothing forced it, so no level is kept.
        var with = KettlebellClient(Equipment.Kettlebell);
        var bodyweight = Engine.Catalog.Get("band-hip-hinge").Variants[1];
        var p = new Prescription("band-hip-hinge", bodyweight.Id, bodyweight.Tier, bodyweight.StartingDosage);

        var decision = Engine.ReviewSession(with, Done(p, 0)).Decisions.Single();

        Assert.DoesNotContain(decision.Reasons, r => r.RuleId == SelectionRules.EquipmentKeepsLevel);
    }

    [Fact]
    public void A_review_without_a_variant_for_a_new_client_without_dumbbells_takes_the_unassisted_deep_squat()
    {
        var client = Owning(Equipment.Chair);
        var sets = Enumerable.Range(1, 3).Select(n => new SetReport { ExerciseId = "deep-squat-hold", SetNumber = n, HoldSeconds = 10, Rpe = 6 }).ToArray();

        var decision = Engine.ReviewSession(client, new SessionReport(Reports.Day(0), sets)).Decisions.Single();

        Assert.Equal("deep-squat-hold.unassisted", decision.From.VariantId);
        var note = Assert.Single(decision.Reasons, r => r.RuleId == SelectionRules.VariantAssumedReview);
        Assert.Equal(
            "No variant was named for Deep squat hold and you have no progress on it: reviewed as Deep squat hold at 3 × 10 s, the variant a plan prescribes you to start with (the first your equipment allows).",
            note.Message);
    }

    [Fact]
    public void A_review_without_a_variant_when_no_rung_can_be_done_takes_the_first_and_says_why()
    {
        var sets = Enumerable.Range(1, 2).Select(n => new SetReport { ExerciseId = "slant-bar-squat", SetNumber = n, HoldSeconds = 20, Rpe = 6 }).ToArray();

        var decision = Reports.Engine.ReviewSession(Owning(), new SessionReport(Reports.Day(0), sets)).Decisions.Single();

        Assert.Equal("slant-bar-squat.wide-grip", decision.From.VariantId);
        Assert.Contains(decision.Reasons, r => r.RuleId == SelectionRules.VariantAssumedReview
                                               && r.Message.EndsWith("(the ladder's first rung, as your equipment allows none of them; it needs SlantBoard, Rack).", StringComparison.Ordinal));
    }
}
