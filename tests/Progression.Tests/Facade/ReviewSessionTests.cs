using Progression.Packs;

namespace Progression.Tests.Facade;

public sealed class ReviewSessionTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;

    private static (ClientState Client, SessionReview Review) Do(ClientState client, string exerciseId, int day, Func<Prescription, IEnumerable<SetReport>> sets, CheckIn? checkIn = null)
    {
        var review = Engine.ReviewSession(client, Reports.Session(day, sets(Reports.Current(client, exerciseId)), checkIn));
        return (review.Next, review);
    }

    [Fact]
    public void One_success_holds_and_says_what_is_missing()
    {
        var (_, review) = Do(ClientState.New("c1"), "glute-bridge", 0, p => Reports.OnTarget(p));

        var decision = Assert.Single(review.Decisions);
        Assert.Equal(ProgressionStep.Hold, decision.Step);
        Assert.Equal(ProgressionRules.HoldForStreak, decision.Reasons[0].RuleId);
        Assert.Contains("1 of 2 successful sessions", decision.Reasons[0].Message);
        Assert.Equal(decision.From, decision.To);
    }

    [Fact]
    public void Two_successes_in_a_row_increase_the_dose()
    {
        var client = ClientState.New("c1");
        (client, _) = Do(client, "glute-bridge", 0, p => Reports.OnTarget(p));
        var before = Reports.Current(client, "glute-bridge");
        var (after, review) = Do(client, "glute-bridge", 2, p => Reports.OnTarget(p));

        var decision = Assert.Single(review.Decisions);
        Assert.Equal(ProgressionStep.Increase, decision.Step);
        Assert.Equal(ProgressionRules.TwoForTwo, decision.Reasons[0].RuleId);
        Assert.True(Primary(decision.To.Dosage) > Primary(before.Dosage));
        Assert.Equal(0, after.ProgressOf("glute-bridge")!.SuccessStreak);
    }

    [Fact]
    public void A_session_at_rpe_9_is_neither_and_resets_the_streak()
    {
        var client = ClientState.New("c1");
        (client, _) = Do(client, "glute-bridge", 0, p => Reports.OnTarget(p));
        var (after, review) = Do(client, "glute-bridge", 2, p => Reports.OnTarget(p, rpe: 9));

        var decision = Assert.Single(review.Decisions);
        Assert.Equal(ProgressionStep.Hold, decision.Step);
        Assert.Equal(ProgressionRules.HoldHardSession, decision.Reasons[0].RuleId);
        Assert.Contains("RPE 9", decision.Reasons[0].Message);
        Assert.Equal(0, after.ProgressOf("glute-bridge")!.SuccessStreak);
    }

    [Fact]
    public void Three_failures_in_a_row_regress_an_unloaded_variant_and_reset_the_counters()
    {
        var client = Advanced("atg-split-squat", variants: 1);
        var steps = new List<ProgressionStep>();
        for (var day = 0; day < 3; day++)
        {
            SessionReview review;
            (client, review) = Do(client, "atg-split-squat", day * 2, Reports.ShortOfTarget);
            steps.Add(review.Decisions[0].Step);
        }

        Assert.Equal([ProgressionStep.Hold, ProgressionStep.Hold, ProgressionStep.Regress], steps);
        var progress = client.ProgressOf("atg-split-squat")!;
        Assert.Equal(Engine.Catalog.Find("atg-split-squat")!.Variants[0].Id, progress.VariantId);
        Assert.Equal(0, progress.FailureStreak);
    }

    [Fact]
    public void Three_failures_on_a_loaded_variant_deload_ten_percent()
    {
        var exercise = Engine.Catalog.Exercises.First(e => e.Variants.Any(v => v.Load is not null));
        var loadedIndex = exercise.Variants.ToList().FindIndex(v => v.Load is not null);
        var variant = exercise.Variants[loadedIndex];
        var load = variant.Load!;

        // Heavy enough that 10 % off is still a load: the top of the variant's load range.
        var startKg = load.MaxKg;
        var client = ClientState.New("c1").WithProgress(exercise.Id, new ExerciseProgress
        {
            VariantId = variant.Id, Tier = variant.Tier, Dosage = variant.StartingDosage with { LoadKg = startKg },
        });
        SessionReview review = null!;
        for (var day = 0; day < 3; day++)
        {
            (client, review) = Do(client, exercise.Id, day * 2, Reports.ShortOfTarget);
        }

        // 10 % off, rounded down to the equipment's step, and at least one step lighter.
        var step = load.SmallestStepKg;
        var expectedKg = Math.Round(Math.Min(startKg - step, Math.Floor((startKg * 0.9 / step) + 1e-9) * step), 2);
        var decision = review.Decisions[0];
        Assert.True(expectedKg > 0, $"the test needs a load that can be deloaded; starts at {startKg} kg");
        Assert.Equal(ProgressionStep.Deload, decision.Step);
        Assert.Equal(exercise.Variants[loadedIndex].Id, decision.To.VariantId);
        Assert.Equal(expectedKg, decision.To.Dosage.LoadKg!.Value, 6);
        Assert.Equal(ProgressionRules.DeloadAfterFailures, decision.Reasons[0].RuleId);
    }

    [Fact]
    public void Joint_pain_in_a_session_regresses_even_when_two_for_two_was_due()
    {
        var client = Advanced("atg-split-squat", variants: 1);
        (client, _) = Do(client, "atg-split-squat", 0, p => Reports.OnTarget(p));
        var (_, review) = Do(client, "atg-split-squat", 2,
            p => Reports.OnTarget(p, 7, new Symptom(SymptomKind.JointPain, BodySite.Knee, 3)));

        var decision = review.Decisions[0];
        Assert.Equal(ProgressionStep.Regress, decision.Step);
        Assert.Equal(SafetyRules.JointPainRegresses, decision.Reasons[0].RuleId);
        Assert.Contains("knee joint pain 3/10", decision.Reasons[0].Message);
    }

    [Fact]
    public void Joint_pain_that_comes_back_at_the_easiest_level_pauses_and_suggests_a_professional()
    {
        // Issue 11 item 5: the first time at the easiest starting dose repeats it; the second time in a row pauses.
        var (first, firstReview) = Do(ClientState.New("c1"), "atg-split-squat", 0,
            p => Reports.OnTarget(p, 7, new Symptom(SymptomKind.JointPain, BodySite.Knee, 2)));
        Assert.Equal(ProgressionStep.Hold, firstReview.Decisions[0].Step);
        Assert.False(first.ProgressOf("atg-split-squat")!.Paused);

        var (after, review) = Do(first, "atg-split-squat", 2,
            p => Reports.OnTarget(p, 7, new Symptom(SymptomKind.JointPain, BodySite.Knee, 2)));

        var decision = review.Decisions[0];
        Assert.Equal(ProgressionStep.Pause, decision.Step);
        Assert.Contains("physiotherapist", decision.Reasons[0].Message);
        Assert.True(after.ProgressOf("atg-split-squat")!.Paused);

        // The pause is the exercise's alone: no program-wide referral, so the rest of the program is still planned.
        Assert.Equal(Referral.None, review.Referral);
        Assert.Null(after.OpenReferral);
        var plan = Reports.Engine.PlanSession(after);
        Assert.NotEmpty(plan.Items);
        Assert.DoesNotContain(plan.Items, i => i.Prescription.ExerciseId == "atg-split-squat");
    }

    [Fact]
    public void Lingering_soreness_five_days_later_holds_and_advises_a_clinician_without_a_referral_that_stops_training()
    {
        var client = ClientState.New("c1");
        (client, _) = Do(client, "glute-bridge", 0, p => Reports.OnTarget(p));
        var checkIn = new CheckIn { DaysSinceLastSession = 5, Soreness = [new Symptom(SymptomKind.MuscleSoreness, BodySite.Glutes, 4)] };
        var (_, review) = Do(client, "glute-bridge", 5, p => Reports.OnTarget(p), checkIn);

        var decision = review.Decisions[0];
        Assert.Equal(ProgressionStep.Hold, decision.Step);
        Assert.Equal(SafetyRules.LingeringSorenessHolds, decision.Reasons[0].RuleId);
        Assert.Contains(decision.Reasons, r => r.RuleId == ProgressionRules.TwoForTwo && r.Message.Contains("Overruled"));
        Assert.Contains("ask a clinician", decision.Reasons[0].Message);
        // Soreness is no referral: a remembered referral would stop every session until a clinician cleared it.
        Assert.Equal(Referral.None, review.Referral);
        Assert.Null(review.Next.OpenReferral);
    }

    [Fact]
    public void Soreness_before_five_days_does_not_block_progression()
    {
        var client = ClientState.New("c1");
        (client, _) = Do(client, "glute-bridge", 0, p => Reports.OnTarget(p));
        var checkIn = new CheckIn { DaysSinceLastSession = 2, Soreness = [new Symptom(SymptomKind.MuscleSoreness, BodySite.Glutes, 6)] };
        var (_, review) = Do(client, "glute-bridge", 2, p => Reports.OnTarget(p), checkIn);

        Assert.Equal(ProgressionStep.Increase, review.Decisions[0].Step);
    }

    [Fact]
    public void Morning_pain_two_above_baseline_regresses_the_last_sessions_exercises()
    {
        var client = Advanced("atg-split-squat", variants: 1);
        (client, _) = Do(client, "atg-split-squat", 0, p => Reports.OnTarget(p));
        var checkIn = new CheckIn { MorningPain = 4, BaselinePain = 2 };
        var (_, review) = Do(client, "atg-split-squat", 1, p => Reports.OnTarget(p), checkIn);

        var decision = review.Decisions[0];
        Assert.Equal(ProgressionStep.Regress, decision.Step);
        Assert.Equal(SafetyRules.MorningPainReview, decision.Reasons[0].RuleId);
    }

    [Fact]
    public void A_report_for_an_exercise_not_prescribed_without_a_variant_is_reviewed_at_the_entry_rung_and_says_so()
    {
        // Issue 11 item 1 changed this: it threw before ("VariantId is missing").
        var report = new SessionReport(Reports.Day(0), [new SetReport { ExerciseId = "bird-dog", Reps = 8 }]);

        var decision = Engine.ReviewSession(ClientState.New("c1"), report).Decisions.Single();

        Assert.Equal("bird-dog.single-limb", decision.From.VariantId);
        Assert.Contains(decision.Reasons, r => r.RuleId == SelectionRules.VariantAssumedReview && r.Message.Contains("Bird dog, one limb at a time"));
    }

    [Fact]
    public void An_unknown_exercise_is_rejected_with_its_id()
    {
        var report = new SessionReport(Reports.Day(0), [new SetReport { ExerciseId = "handstand", VariantId = "x", Reps = 8 }]);

        var error = Assert.ThrowsAny<ArgumentException>(() => Engine.ReviewSession(ClientState.New("c1"), report));
        Assert.Contains("'handstand'", error.Message);
    }

    [Fact]
    public void A_client_who_always_meets_the_prescription_climbs_every_ladder_one_step_at_a_time()
    {
        foreach (var exercise in Engine.Catalog.Exercises)
        {
            var client = ClientState.New("climber");
            var tiers = new List<Tier> { exercise.Variants[0].Tier };
            var visited = new List<int> { 0 };
            for (var day = 0; day < 400 && visited[^1] < exercise.Variants.Count - 1; day++)
            {
                var (next, review) = Do(client, exercise.Id, day, p => Reports.OnTarget(p));
                var decision = Assert.Single(review.Decisions);
                Assert.NotEmpty(decision.Reasons);
                Assert.DoesNotContain(decision.Step, new[] { ProgressionStep.Regress, ProgressionStep.Deload, ProgressionStep.Pause });
                if (decision.Step == ProgressionStep.Advance)
                {
                    var index = exercise.IndexOf(decision.To.VariantId);
                    Assert.Equal(visited[^1] + 1, index);
                    visited.Add(index);
                    tiers.Add(decision.To.Tier);
                }

                client = next;
            }

            Assert.Equal(exercise.Variants.Count - 1, visited[^1]);
            Assert.Equal(tiers.OrderBy(t => t), tiers);
        }
    }

    [Fact]
    public void Two_for_two_at_the_top_of_a_variant_holds_when_the_next_variant_needs_missing_equipment()
    {
        var ladder = Engine.Catalog.Find("glute-bridge")!;
        var single = ladder.Variants[1];
        var top = single.StartingDosage with { Reps = (int)single.Reps!.Max };
        var client = ClientState.New("c1", new Assessment { Equipment = new HashSet<Equipment> { Equipment.Chair } })
            .WithProgress("glute-bridge", new ExerciseProgress { VariantId = single.Id, Tier = single.Tier, Dosage = top, SuccessStreak = 1 });

        var (_, review) = Do(client, "glute-bridge", 0, p => Reports.OnTarget(p));

        var decision = review.Decisions[0];
        Assert.Equal(ProgressionStep.Hold, decision.Step);
        Assert.Equal(ProgressionRules.TwoForTwo, decision.Reasons[0].RuleId);
        Assert.Contains("which you do not have", decision.Reasons[0].Message);
        Assert.Equal(single.Id, decision.To.VariantId);
    }

    /// <summary>A client placed at variant <paramref name="variants"/> of the ladder at its starting dose.</summary>
    private static ClientState Advanced(string exerciseId, int variants)
    {
        var variant = Engine.Catalog.Find(exerciseId)!.Variants[variants];
        return ClientState.New("c1").WithProgress(exerciseId, new ExerciseProgress { VariantId = variant.Id, Tier = variant.Tier, Dosage = variant.StartingDosage });
    }

    private static double Primary(Dosage d) => (d.Reps ?? 0) + (d.HoldSeconds ?? 0) + ((d.LoadKg ?? 0) * 100);
}
