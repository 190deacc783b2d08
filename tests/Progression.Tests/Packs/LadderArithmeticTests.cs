using Progression.Packs;
using Progression.Tests.Facade;

namespace Progression.Tests.Packs;

/// <summary>
/// The dose arithmetic of issue 12 (load steps, deloads, the first rung, hard holds) and issue 11 item 5 (joint pain
/// steps down before it pauses), on the built-in catalog's cases, through the public facade.
/// </summary>
public sealed class LadderArithmeticTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;

    /// <summary>A client standing on <paramref name="variantId"/> at <paramref name="dosage"/>, with <paramref name="successes"/> successes banked.</summary>
    private static ClientState At(string exerciseId, string variantId, Dosage dosage, int successes = 0)
    {
        var variant = Engine.Catalog.Get(exerciseId).Variants.Single(v => v.Id == variantId);
        return ClientState.New("c1").WithProgress(exerciseId, new ExerciseProgress
        {
            VariantId = variant.Id, Tier = variant.Tier, Dosage = dosage, SuccessStreak = successes,
        });
    }

    private static ExerciseDecision Review(ClientState client, string exerciseId, Func<Prescription, IEnumerable<SetReport>> sets, int day = 0)
        => Engine.ReviewSession(client, Reports.Session(day, sets(Reports.Current(client, exerciseId)))).Decisions.Single();

    /// <summary>The decision after <paramref name="sessions"/> reviews of the same kind in a row, and every step on the way.</summary>
    private static (ExerciseDecision Last, List<ExerciseDecision> All, ClientState After) Repeat(
        ClientState client, string exerciseId, int sessions, Func<Prescription, IEnumerable<SetReport>> sets)
    {
        // Sessions two days apart, after the client's last one: a report is never dated before it.
        var first = client.LastSessionDate is { } last ? last.DayNumber - Reports.Day(0).DayNumber + 2 : 0;
        var all = new List<ExerciseDecision>();
        for (var day = 0; day < sessions; day++)
        {
            var review = Engine.ReviewSession(client, Reports.Session(first + (day * 2), sets(Reports.Current(client, exerciseId))));
            client = review.Next;
            all.Add(review.Decisions.Single());
        }

        return (all[^1], all, client);
    }

    private static IEnumerable<SetReport> Short(Prescription p) => Reports.ShortOfTarget(p);

    // ---- 1. Load steps -----------------------------------------------------------------------------------------

    [Fact]
    public void Kettlebell_8_to_12_kg_keeps_the_work_and_the_reason_says_so()
    {
        var client = At("band-hip-hinge", "band-hip-hinge.kettlebell", Dosage.OfReps(3, 12, 8), successes: 1);

        var decision = Review(client, "band-hip-hinge", p => Reports.OnTarget(p));

        Assert.Equal(ProgressionStep.Increase, decision.Step);
        Assert.Equal(Dosage.OfReps(3, 8, 12), decision.To.Dosage);
        var message = decision.Reasons[0].Message;
        Assert.Contains("load 8 → 12 kg (+50 %)", message);
        Assert.Contains("3 × 12 → 3 × 8 reps", message);
        Assert.Contains("work 96 → 96 kg·reps (0 %)", message);
    }

    [Fact]
    public void Kettlebell_16_to_20_kg_sets_reps_that_hold_the_work_not_the_range_floor()
    {
        // 3 × 8 at 20 kg would be 160 of 192 kg·reps (−17 %), below the −15 % floor; 3 × 10 is 200 (+4.2 %).
        var client = At("band-hip-hinge", "band-hip-hinge.kettlebell", Dosage.OfReps(3, 12, 16), successes: 1);

        var decision = Review(client, "band-hip-hinge", p => Reports.OnTarget(p));

        Assert.Equal(Dosage.OfReps(3, 10, 20), decision.To.Dosage);
        Assert.Contains("work 192 → 200 kg·reps (+4.2 %)", decision.Reasons[0].Message);
    }

    [Fact]
    public void A_1_kg_dumbbell_extends_reps_at_the_lighter_load_before_it_doubles()
    {
        // 3 × 8 at 2 kg is 16 against 12 kg·reps (+33 %): extend at 1 kg until the step adds at most 10 %.
        var client = At("wall-pullover", "wall-pullover.dumbbell", Dosage.OfReps(3, 12, 1));
        var dosages = new List<Dosage>();
        for (var round = 0; round < 4; round++)
        {
            var (last, _, after) = Repeat(client, "wall-pullover", 2, p => Reports.OnTarget(p));
            dosages.Add(last.To.Dosage);
            Assert.Contains(" kg·reps (", last.Reasons[0].Message);
            client = after;
        }

        Assert.Equal([Dosage.OfReps(3, 13, 1), Dosage.OfReps(3, 14, 1), Dosage.OfReps(3, 15, 1), Dosage.OfReps(3, 8, 2)], dosages);
    }

    [Fact]
    public void The_extension_reason_states_the_work_the_floor_would_add()
    {
        var client = At("wall-pullover", "wall-pullover.dumbbell", Dosage.OfReps(3, 12, 1), successes: 1);

        var decision = Review(client, "wall-pullover", p => Reports.OnTarget(p));

        Assert.Contains("12 → 16 kg·reps (+33.3 %)", decision.Reasons[0].Message);
        Assert.Contains("work 12 → 13 kg·reps (+8.3 %)", decision.Reasons[0].Message);
    }

    [Fact]
    public void A_1_kg_step_on_a_5_kg_dumbbell_keeps_the_work_within_minus_15_percent()
    {
        // Dead bug with a dumbbell 3 × 10 at 5 kg: 3 × 6 at 6 kg would be 36 of 50 kg·reps (−28 %); 3 × 8 is 48 (−4 %).
        var client = At("dead-bug", "dead-bug.loaded", Dosage.OfReps(3, 10, 5), successes: 1);

        var decision = Review(client, "dead-bug", p => Reports.OnTarget(p));

        Assert.Equal(Dosage.OfReps(3, 8, 6), decision.To.Dosage);
        Assert.Contains("load 5 → 6 kg (+20 %)", decision.Reasons[0].Message);
        Assert.Contains("work 50 → 48 kg·reps (−4 %)", decision.Reasons[0].Message);
    }

    [Fact]
    public void A_side_bridge_hold_keeps_its_time_when_load_is_added()
    {
        // 3 × 45 s at 4 kg → 3 × 36 s at 5 kg (180 → 180 kg·s), never 3 × 15 s (work −58 %).
        var client = At("side-bridge", "side-bridge.loaded", Dosage.OfHold(3, 45, 4), successes: 1);

        var decision = Review(client, "side-bridge", p => Reports.OnTarget(p));

        Assert.Equal(Dosage.OfHold(3, 36, 5), decision.To.Dosage);
        Assert.Contains("work 180 → 180 kg·s (0 %)", decision.Reasons[0].Message);
    }

    [Fact]
    public void A_hold_under_a_small_load_step_keeps_its_seconds()
    {
        // Goblet deep squat hold 3 × 60 s at 20 kg: a 2 kg step is 10 %, so the load goes up and the hold stays 60 s.
        var client = At("deep-squat-hold", "deep-squat-hold.loaded", Dosage.OfHold(3, 60, 20), successes: 1);

        var decision = Review(client, "deep-squat-hold", p => Reports.OnTarget(p));

        Assert.Equal(Dosage.OfHold(3, 60, 22), decision.To.Dosage);
        Assert.Contains("load 20 → 22 kg (+10 %)", decision.Reasons[0].Message);
    }

    // ---- 2. Deloads ---------------------------------------------------------------------------------------------

    [Fact]
    public void Atg_dumbbells_at_6_kg_deload_by_reps_not_a_third_of_the_load()
    {
        // 6 → 4 kg would take 33 % off; 3 × 8 → 3 × 7 at 6 kg takes 12.5 %.
        var client = At("atg-split-squat", "atg-split-squat.dumbbells", Dosage.OfReps(3, 8, 6));

        var (decision, _, _) = Repeat(client, "atg-split-squat", 3, Short);

        Assert.Equal(ProgressionStep.Deload, decision.Step);
        Assert.Equal(Dosage.OfReps(3, 7, 6), decision.To.Dosage);
        Assert.Contains("at 6 kg, 3 × 8 → 3 × 7 reps, work 48 → 42 kg·reps (−12.5 %)", decision.Reasons[0].Message);
    }

    [Fact]
    public void Atg_dumbbells_at_their_lightest_load_and_lowest_reps_go_back_one_variant()
    {
        var variant = Engine.Catalog.Get("atg-split-squat").Variants[2];
        var client = At("atg-split-squat", variant.Id, variant.StartingDosage);

        var (decision, _, _) = Repeat(client, "atg-split-squat", 3, Short);

        Assert.Equal(ProgressionStep.Regress, decision.Step);
        Assert.Equal("atg-split-squat.flat", decision.To.VariantId);
        Assert.Equal(Dosage.OfReps(3, 12), decision.To.Dosage);
        Assert.Contains("lightest load, 4 kg", decision.Reasons[0].Message);
    }

    [Fact]
    public void A_kettlebell_at_8_kg_never_deloads_to_4_kg()
    {
        var (atFloor, _, _) = Repeat(At("band-hip-hinge", "band-hip-hinge.kettlebell", Dosage.OfReps(3, 8, 8)), "band-hip-hinge", 3, Short);
        var (withReps, _, _) = Repeat(At("band-hip-hinge", "band-hip-hinge.kettlebell", Dosage.OfReps(3, 10, 8)), "band-hip-hinge", 3, Short);

        Assert.Equal("band-hip-hinge.bodyweight", atFloor.To.VariantId);
        Assert.Equal(Dosage.OfReps(3, 15), atFloor.To.Dosage);
        Assert.Equal(Dosage.OfReps(3, 9, 8), withReps.To.Dosage);
    }

    [Fact]
    public void A_kettlebell_at_12_kg_on_the_range_floor_deloads_to_8_kg_with_more_reps()
    {
        // 12 → 8 kg alone is −33 %; at 8 kg, 3 × 11 is 88 of 96 kg·reps (−8.3 %).
        var (decision, _, _) = Repeat(At("band-hip-hinge", "band-hip-hinge.kettlebell", Dosage.OfReps(3, 8, 12)), "band-hip-hinge", 3, Short);

        Assert.Equal(ProgressionStep.Deload, decision.Step);
        Assert.Equal(Dosage.OfReps(3, 11, 8), decision.To.Dosage);
        Assert.Contains("work 96 → 88 kg·reps (−8.3 %)", decision.Reasons[0].Message);
    }

    [Fact]
    public void A_side_bridge_at_2_kg_never_deloads_below_its_range()
    {
        var (atFloor, _, _) = Repeat(At("side-bridge", "side-bridge.loaded", Dosage.OfHold(3, 15, 2)), "side-bridge", 3, Short);
        var (longer, _, _) = Repeat(At("side-bridge", "side-bridge.loaded", Dosage.OfHold(3, 30, 2)), "side-bridge", 3, Short);

        Assert.Equal("side-bridge.full", atFloor.To.VariantId);
        Assert.Equal(Dosage.OfHold(3, 27, 2), longer.To.Dosage);
    }

    [Fact]
    public void A_hip_thrust_at_20_kg_never_deloads_to_17_5_kg()
    {
        var (decision, _, _) = Repeat(At("glute-bridge", "glute-bridge.hip-thrust", Dosage.OfReps(3, 10, 20)), "glute-bridge", 3, Short);

        Assert.Equal(Dosage.OfReps(3, 9, 20), decision.To.Dosage);
        Assert.Contains("work 200 → 180 kg·reps (−10 %)", decision.Reasons[0].Message);
    }

    [Fact]
    public void A_heavy_hip_thrust_deloads_ten_percent_by_load()
    {
        var (decision, _, _) = Repeat(At("glute-bridge", "glute-bridge.hip-thrust", Dosage.OfReps(3, 8, 50)), "glute-bridge", 3, Short);

        Assert.Equal(Dosage.OfReps(3, 8, 45), decision.To.Dosage);
        Assert.Contains("load 50 → 45 kg (−10 %)", decision.Reasons[0].Message);
    }

    // ---- 3. First rung -----------------------------------------------------------------------------------------

    [Fact]
    public void Three_failures_on_the_first_rung_step_back_one_dose_step_not_to_the_start()
    {
        var (decision, steps, _) = Repeat(At("dead-bug", "dead-bug.bent-knee", Dosage.OfReps(3, 10)), "dead-bug", 3, Short);

        Assert.Equal([ProgressionStep.Hold, ProgressionStep.Hold, ProgressionStep.Regress], steps.Select(s => s.Step));
        Assert.Equal(Dosage.OfReps(3, 9), decision.To.Dosage);
        Assert.Contains("3 × 10 → 3 × 9 reps", decision.Reasons[0].Message);
    }

    // ---- 4. Hard but met ---------------------------------------------------------------------------------------

    [Fact]
    public void Six_hard_holds_in_a_row_step_the_dose_back_one_step()
    {
        var (decision, steps, after) = Repeat(At("glute-bridge", "glute-bridge.double-leg", Dosage.OfReps(3, 14)), "glute-bridge", 6,
            p => Reports.OnTarget(p, rpe: 9));

        Assert.All(steps.Take(5), s => Assert.Equal(ProgressionStep.Hold, s.Step));
        Assert.Equal(ProgressionStep.Regress, decision.Step);
        Assert.Equal(ProgressionRules.StepBackAfterHardHolds, decision.Reasons[0].RuleId);
        Assert.Equal(Dosage.OfReps(3, 12), decision.To.Dosage);
        Assert.Contains("6 sessions in a row", decision.Reasons[0].Message);
        Assert.Equal(0, after.ProgressOf("glute-bridge")!.HardStreak);
    }

    [Fact]
    public void An_easy_session_between_hard_holds_starts_the_count_again()
    {
        var client = At("glute-bridge", "glute-bridge.double-leg", Dosage.OfReps(3, 14));
        (_, _, client) = Repeat(client, "glute-bridge", 5, p => Reports.OnTarget(p, rpe: 9));
        Assert.Equal(5, client.ProgressOf("glute-bridge")!.HardStreak);
        (_, _, client) = Repeat(client, "glute-bridge", 1, p => Reports.OnTarget(p));
        var (decision, _, _) = Repeat(client, "glute-bridge", 1, p => Reports.OnTarget(p, rpe: 10));

        Assert.Equal(ProgressionStep.Hold, decision.Step);
    }

    [Fact]
    public void The_hard_and_joint_pain_streaks_round_trip_through_json()
    {
        var client = At("glute-bridge", "glute-bridge.double-leg", Dosage.OfReps(3, 14));
        client = client.WithProgress("glute-bridge", client.ProgressOf("glute-bridge")! with { HardStreak = 5, JointPainStreak = 1 });

        var back = System.Text.Json.JsonSerializer.Deserialize<ClientState>(System.Text.Json.JsonSerializer.Serialize(client))!;

        Assert.Equal(5, back.ProgressOf("glute-bridge")!.HardStreak);
        Assert.Equal(1, back.ProgressOf("glute-bridge")!.JointPainStreak);
        Assert.Equal(client, back);
    }

    // ---- Issue 11 item 5: joint pain steps down before it pauses ------------------------------------------------

    [Fact]
    public void A_shoulder_twinge_at_session_one_does_not_pause_the_wall_pullover()
    {
        var pain = new Symptom(SymptomKind.JointPain, BodySite.Shoulder, 2);
        var review = Engine.ReviewSession(ClientState.New("c1"), Reports.Session(0, Reports.OnTarget(Reports.Current(ClientState.New("c1"), "wall-pullover"), 7, pain)));

        var decision = review.Decisions.Single();
        Assert.Equal(ProgressionStep.Hold, decision.Step);
        Assert.False(review.Next.ProgressOf("wall-pullover")!.Paused);
        Assert.Contains("shoulder joint pain 2/10", decision.Reasons[0].Message);
    }

    [Fact]
    public void Joint_pain_on_the_easiest_variant_steps_one_dose_step_down()
    {
        // Glute bridge 3 × 14 with 1/10 low-back joint pain → 3 × 12 → 3 × 10 (the starting dose), then again → pause.
        var pain = new Symptom(SymptomKind.JointPain, BodySite.LowerBack, 1);
        var (last, steps, after) = Repeat(At("glute-bridge", "glute-bridge.double-leg", Dosage.OfReps(3, 14)), "glute-bridge", 3,
            p => Reports.OnTarget(p, 7, pain));

        Assert.Equal([ProgressionStep.Regress, ProgressionStep.Regress, ProgressionStep.Pause], steps.Select(s => s.Step));
        Assert.Equal(Dosage.OfReps(3, 12), steps[0].To.Dosage);
        Assert.Equal(Dosage.OfReps(3, 10), steps[1].To.Dosage);
        Assert.Equal(ProgressionStep.Pause, last.Step);
        Assert.Contains("physiotherapist", last.Reasons[0].Message);
        Assert.True(after.ProgressOf("glute-bridge")!.Paused);
    }

    [Fact]
    public void Joint_pain_on_a_loaded_variant_goes_one_variant_down()
    {
        var pain = new Symptom(SymptomKind.JointPain, BodySite.Knee, 3);

        var decision = Review(At("atg-split-squat", "atg-split-squat.dumbbells", Dosage.OfReps(3, 8, 10)), "atg-split-squat",
            p => Reports.OnTarget(p, 7, pain));

        Assert.Equal(ProgressionStep.Regress, decision.Step);
        Assert.Equal("atg-split-squat.flat", decision.To.VariantId);
        Assert.Equal(SafetyRules.JointPainRegresses, decision.Reasons[0].RuleId);
    }

    [Fact]
    public void The_set_still_stops_on_joint_pain()
    {
        var set = new SetReport
        {
            ExerciseId = "wall-pullover", VariantId = "wall-pullover.near-wall", SetNumber = 1, Reps = 8,
            Symptoms = [new Symptom(SymptomKind.JointPain, BodySite.Shoulder, 2)],
        };

        Assert.Equal(SetAction.StopExercise, Engine.EvaluateSet(ClientState.New("c1"), set).Action);
    }

    // ---- Policy ranges -----------------------------------------------------------------------------------------

    [Fact]
    public void A_policy_range_error_names_both_properties()
    {
        var builder = ProgressionEngine.CreateBuilder().ConfigurePolicy(p => p with { MinLoadIncreasePercent = 20, MaxLoadIncreasePercent = 10 });

        var error = Assert.Throws<ProgressionConfigurationException>(() => builder.Build());

        Assert.Contains(error.Errors, e => e.Contains("MinLoadIncreasePercent 20 must not exceed MaxLoadIncreasePercent 10", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_bound_set_by_another_property_names_both()
    {
        var builder = ProgressionEngine.CreateBuilder().ConfigurePolicy(p => p with
        {
            JointPainStopsAbove = 2, JointPainBlocksProgressionAbove = 4, MinExercises = 9, MaxExercises = 8, LoadIncreasePercent = 12,
        });

        var error = Assert.Throws<ProgressionConfigurationException>(() => builder.Build());

        Assert.Contains("Policy: JointPainBlocksProgressionAbove 4 must not exceed JointPainStopsAbove 2.", error.Errors);
        Assert.Contains("Policy: MinExercises 9 must not exceed MaxExercises 8.", error.Errors);
        Assert.Contains("Policy: LoadIncreasePercent 12 must not exceed MaxLoadIncreasePercent 10.", error.Errors);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(51)]
    public void HardHoldsToStepBack_outside_2_to_50_is_refused(int holds)
    {
        var builder = ProgressionEngine.CreateBuilder().ConfigurePolicy(p => p with { HardHoldsToStepBack = holds });

        var error = Assert.Throws<ProgressionConfigurationException>(() => builder.Build());

        Assert.Contains(error.Errors, e => e.Contains($"HardHoldsToStepBack must be between 2 and 50 (inclusive); was {holds}", StringComparison.Ordinal));
    }
}
