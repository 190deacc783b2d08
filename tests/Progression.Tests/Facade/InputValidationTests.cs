using Progression.Packs;

namespace Progression.Tests.Facade;

/// <summary>Reports that are checked (issue 12): each bad report is an ArgumentException naming the field, the value and what is allowed.</summary>
public sealed class InputValidationTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;

    private static SetReport Bridge(int setNumber = 1, int? reps = 10) =>
        new() { ExerciseId = "glute-bridge", VariantId = "glute-bridge.double-leg", SetNumber = setNumber, Reps = reps, Rpe = 7 };

    private static ArgumentException Rejected(ClientState client, params SetReport[] sets)
        => Assert.ThrowsAny<ArgumentException>(() => Engine.ReviewSession(client, new SessionReport(Reports.Day(10), sets)));

    [Fact]
    public void An_empty_report_is_rejected_and_does_not_move_the_last_session_date()
    {
        var error = Rejected(ClientState.New("c1"));

        Assert.Contains("SessionReport.Sets is empty", error.Message);
        Assert.Contains("at least one set", error.Message);
    }

    [Fact]
    public void A_report_dated_before_the_last_session_names_both_dates()
    {
        var client = ClientState.New("c1") with { LastSessionDate = Reports.Day(11) };

        var error = Rejected(client, Bridge(1), Bridge(2), Bridge(3));

        Assert.Contains("SessionReport.Date 2026-01-15", error.Message);
        Assert.Contains("ClientState.LastSessionDate 2026-01-16", error.Message);
        Assert.Contains("on or after", error.Message);
    }

    [Fact]
    public void A_report_on_the_day_of_the_last_session_is_accepted()
    {
        var client = ClientState.New("c1") with { LastSessionDate = Reports.Day(10) };

        var review = Engine.ReviewSession(client, new SessionReport(Reports.Day(10), [Bridge(1), Bridge(2), Bridge(3)]));

        Assert.Equal(Reports.Day(10), review.Next.LastSessionDate);
    }

    [Fact]
    public void Two_sets_of_one_exercise_with_the_same_number_are_rejected()
    {
        var error = Rejected(ClientState.New("c1"), Bridge(1), Bridge(2), Bridge(2));

        Assert.Contains("SessionReport.Sets[2].SetNumber 2", error.Message);
        Assert.Contains("repeats set 2 of 'glute-bridge'", error.Message);
    }

    [Fact]
    public void The_same_number_on_the_two_sides_of_a_one_sided_variant_is_two_sets()
    {
        var sets = new[] { Side.Left, Side.Right }
            .SelectMany(side => Enumerable.Range(1, 3).Select(n => new SetReport
            {
                ExerciseId = "atg-split-squat", VariantId = "atg-split-squat.chair", SetNumber = n, Side = side, Reps = 8, Rpe = 7,
            }))
            .ToArray();

        var decision = Engine.ReviewSession(ClientState.New("c1"), new SessionReport(Reports.Day(0), sets)).Decisions.Single();

        Assert.Equal(ProgressionStep.Hold, decision.Step);
        Assert.Equal(ProgressionRules.HoldForStreak, decision.Reasons[0].RuleId);
    }

    [Fact]
    public void The_same_number_on_the_same_side_or_with_a_set_for_both_sides_is_rejected()
    {
        SetReport Split(int n, Side? side) => new() { ExerciseId = "atg-split-squat", VariantId = "atg-split-squat.chair", SetNumber = n, Side = side, Reps = 8 };

        var sameSide = Rejected(ClientState.New("c1"), Split(1, Side.Left), Split(1, Side.Left));
        var bothAndLeft = Rejected(ClientState.New("c1"), Split(1, null), Split(1, Side.Left));

        Assert.Contains("SetNumber 1 on the left side repeats set 1", sameSide.Message);
        Assert.Contains("SetNumber 1 on the left side repeats set 1", bothAndLeft.Message);
    }

    [Fact]
    public void A_hold_reported_with_reps_only_is_rejected_at_review()
    {
        var error = Rejected(ClientState.New("c1"),
            new SetReport { ExerciseId = "side-bridge", VariantId = "side-bridge.knees", Reps = 3 });

        Assert.Contains("SessionReport.Sets[0].HoldSeconds is missing for 'side-bridge.knees'", error.Message);
        Assert.Contains("(Reps 3 was given)", error.Message);
    }

    [Fact]
    public void A_set_with_neither_reps_nor_seconds_is_rejected_at_review()
    {
        var error = Rejected(ClientState.New("c1"), Bridge(1, reps: null));

        Assert.Contains("SessionReport.Sets[0].Reps is missing for 'glute-bridge.double-leg'", error.Message);
        Assert.Contains("must report Reps, 0 or more", error.Message);
    }

    [Fact]
    public void EvaluateSet_still_answers_a_set_without_a_measure()
    {
        var verdict = Engine.EvaluateSet(ClientState.New("c1"), Bridge(1, reps: null) with
        {
            Symptoms = [new Symptom(SymptomKind.JointPain, BodySite.Knee, 3)],
        });

        Assert.Equal(SetAction.StopExercise, verdict.Action);
    }

    [Fact]
    public void A_load_on_a_variant_that_takes_none_is_rejected()
    {
        var error = Rejected(ClientState.New("c1"), Bridge(1) with { LoadKg = 10 });

        Assert.Contains("SessionReport.Sets[0].LoadKg 10", error.Message);
        Assert.Contains("'glute-bridge.double-leg', a Bodyweight variant that takes no load", error.Message);
        Assert.Contains("allowed: no LoadKg (or 0)", error.Message);
    }

    [Fact]
    public void A_side_on_a_variant_done_on_both_sides_is_rejected()
    {
        var error = Rejected(ClientState.New("c1"), Bridge(1) with { Side = Side.Left });

        Assert.Contains("SessionReport.Sets[0].Side Left", error.Message);
        Assert.Contains("allowed: no Side (null)", error.Message);
    }

    [Fact]
    public void Sets_of_one_exercise_on_two_variants_are_rejected()
    {
        var error = Rejected(ClientState.New("c1"), Bridge(1), Bridge(2) with { VariantId = "glute-bridge.single-leg" });

        Assert.Contains("SessionReport.Sets[1].VariantId 'glute-bridge.single-leg' differs from 'glute-bridge.double-leg'", error.Message);
    }

    [Fact]
    public void A_counter_at_its_largest_value_is_rejected_instead_of_overflowing()
    {
        var variant = Engine.Catalog.Get("glute-bridge").Variants[0];
        var client = ClientState.New("c1").WithProgress("glute-bridge", new ExerciseProgress
        {
            VariantId = variant.Id, Tier = variant.Tier, Dosage = variant.StartingDosage, SessionsCompleted = int.MaxValue,
        });

        var error = Rejected(client, Bridge(1), Bridge(2), Bridge(3));

        Assert.Contains("ClientState.Progress[\"glute-bridge\"].SessionsCompleted is 2147483647", error.Message);
        Assert.DoesNotContain("-2147483648", error.Message);
    }

    [Fact]
    public void The_hard_and_joint_pain_streaks_at_their_largest_value_are_rejected_too()
    {
        var variant = Engine.Catalog.Get("glute-bridge").Variants[0];
        var hard = ClientState.New("c1").WithProgress("glute-bridge", new ExerciseProgress
        {
            VariantId = variant.Id, Tier = variant.Tier, Dosage = variant.StartingDosage, HardStreak = int.MaxValue,
        });
        var pain = ClientState.New("c1").WithProgress("glute-bridge", new ExerciseProgress
        {
            VariantId = variant.Id, Tier = variant.Tier, Dosage = variant.StartingDosage, JointPainStreak = int.MaxValue,
        });

        Assert.Contains(".HardStreak is 2147483647", Rejected(hard, Bridge(1), Bridge(2), Bridge(3)).Message);
        Assert.Contains(".JointPainStreak is 2147483647", Rejected(pain, Bridge(1), Bridge(2), Bridge(3)).Message);
    }

    // ---- Stored state the catalog no longer fits -------------------------------------------------------------

    private static ClientState StoredAt(string exerciseId, string variantId, Dosage dosage, Tier tier = Tier.Bodyweight)
        => ClientState.New("c1").WithProgress(exerciseId, new ExerciseProgress { VariantId = variantId, Tier = tier, Dosage = dosage });

    private static PlannedExercise Planned(SessionPlan plan, string exerciseId)
        => Assert.Single(plan.Items, i => i.Prescription.ExerciseId == exerciseId);

    [Fact]
    public void A_stored_dose_above_the_range_is_planned_at_the_top_naming_the_stored_dose()
    {
        var client = StoredAt("glute-bridge", "glute-bridge.double-leg", Dosage.OfReps(3, 150));

        var item = Planned(Engine.PlanSession(client), "glute-bridge");

        Assert.Equal(Dosage.OfReps(3, 20), item.Prescription.Dosage);
        var reason = Assert.Single(item.Reasons, r => r.RuleId == SelectionRules.StoredDoseOutOfRangePlan);
        Assert.Equal("Your stored dose of Glute bridge, 3 × 150, is outside its range (10–20 reps): planned at 3 × 20 instead.", reason.Message);
    }

    [Fact]
    public void A_stored_load_above_the_variant_s_load_range_is_planned_at_its_heaviest()
    {
        var client = StoredAt("band-hip-hinge", "band-hip-hinge.kettlebell", Dosage.OfReps(3, 10, 50), Tier.Loaded);

        var item = Planned(Engine.PlanSession(client), "band-hip-hinge");

        Assert.Equal(Dosage.OfReps(3, 10, 32), item.Prescription.Dosage);
        Assert.Contains(item.Reasons, r => r.RuleId == SelectionRules.StoredDoseOutOfRangePlan && r.Message.Contains("3 × 10 at 50 kg") && r.Message.Contains("8–32 kg"));
    }

    [Fact]
    public void Reps_past_the_top_while_a_big_load_step_waits_are_not_treated_as_out_of_range()
    {
        // 8 kg kettlebell, 4 kg steps: the load-step rule extends reps past 12 before 12 kg at 8 reps.
        var client = StoredAt("band-hip-hinge", "band-hip-hinge.kettlebell", Dosage.OfReps(3, 13, 8), Tier.Loaded);

        var item = Planned(Engine.PlanSession(client), "band-hip-hinge");

        Assert.Equal(Dosage.OfReps(3, 13, 8), item.Prescription.Dosage);
        Assert.DoesNotContain(item.Reasons, r => r.RuleId == SelectionRules.StoredDoseOutOfRangePlan);
    }

    [Fact]
    public void A_review_judges_a_stored_dose_out_of_range_against_the_range_and_says_so()
    {
        var client = StoredAt("glute-bridge", "glute-bridge.double-leg", Dosage.OfReps(3, 150));

        var decision = Engine.ReviewSession(client, new SessionReport(Reports.Day(0), [Bridge(1, 20), Bridge(2, 20), Bridge(3, 20)])).Decisions.Single();

        Assert.Equal(Dosage.OfReps(3, 20), decision.From.Dosage);
        Assert.Equal(ProgressionStep.Hold, decision.Step);
        Assert.Contains(decision.Reasons, r => r.RuleId == SelectionRules.StoredDoseOutOfRangeReview && r.Message.Contains("3 × 150"));
    }

    [Fact]
    public void A_stored_variant_the_catalog_no_longer_has_restarts_the_ladder_naming_the_old_id()
    {
        var client = StoredAt("glute-bridge", "glute-bridge.on-a-swiss-ball", Dosage.OfReps(3, 12));

        var item = Planned(Engine.PlanSession(client), "glute-bridge");

        Assert.Equal("glute-bridge.double-leg", item.Prescription.VariantId);
        Assert.Equal(Dosage.OfReps(3, 10), item.Prescription.Dosage);
        var reason = Assert.Single(item.Reasons, r => r.RuleId == SelectionRules.StoredVariantUnknownPlan);
        Assert.Equal("Your stored variant of Glute bridge, 'glute-bridge.on-a-swiss-ball', is no longer in the catalog: the ladder starts again at Glute bridge at 3 × 10.", reason.Message);
    }

    [Fact]
    public void A_review_without_a_variant_over_a_stored_variant_the_catalog_no_longer_has_names_it()
    {
        var client = StoredAt("glute-bridge", "glute-bridge.on-a-swiss-ball", Dosage.OfReps(3, 12));
        var sets = Enumerable.Range(1, 3).Select(n => new SetReport { ExerciseId = "glute-bridge", SetNumber = n, Reps = 10, Rpe = 7 }).ToArray();

        var decision = Engine.ReviewSession(client, new SessionReport(Reports.Day(0), sets)).Decisions.Single();

        Assert.Equal("glute-bridge.double-leg", decision.From.VariantId);
        Assert.Contains(decision.Reasons, r => r.RuleId == SelectionRules.VariantAssumedReview && r.Message.Contains("'glute-bridge.on-a-swiss-ball' is no longer in the catalog"));
        Assert.DoesNotContain(decision.Reasons, r => r.Message.Contains("no progress", StringComparison.Ordinal));
    }

    [Fact]
    public void A_review_naming_a_variant_over_a_stored_variant_the_catalog_no_longer_has_names_the_old_id()
    {
        var client = StoredAt("glute-bridge", "glute-bridge.on-a-swiss-ball", Dosage.OfReps(3, 12));

        var decision = Engine.ReviewSession(client, new SessionReport(Reports.Day(0), [Bridge(1), Bridge(2), Bridge(3)])).Decisions.Single();

        var note = Assert.Single(decision.Reasons, r => r.RuleId == SelectionRules.StoredVariantUnknownReview);
        Assert.Equal(
            "Your stored variant of Glute bridge, 'glute-bridge.on-a-swiss-ball', is no longer in the catalog: the session is judged at Glute bridge at 3 × 10, where the ladder starts again.",
            note.Message);
    }

    [Fact]
    public void A_stored_hold_below_the_range_is_planned_at_the_bottom()
    {
        var client = StoredAt("side-bridge", "side-bridge.knees", Dosage.OfHold(3, 3), Tier.Assisted);

        var item = Planned(Engine.PlanSession(client), "side-bridge");

        Assert.Equal(Dosage.OfHold(3, 10), item.Prescription.Dosage);
        Assert.Contains(item.Reasons, r => r.RuleId == SelectionRules.StoredDoseOutOfRangePlan && r.Message.Contains("3 × 3 s") && r.Message.Contains("(10–30 s)"));
    }
}
