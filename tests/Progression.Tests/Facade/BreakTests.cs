using System.Text.Json;
using Progression.Packs;

namespace Progression.Tests.Facade;

/// <summary>Issue 12 item 6: a break of 14 days or more steps each exercise back one dose step per two weeks, at most one variant.</summary>
public sealed class BreakTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;
    private static readonly DateOnly LastSession = Reports.Day(0);

    private static ClientState At(string exerciseId, string variantId, Dosage dosage)
    {
        var variant = Engine.Catalog.Get(exerciseId).Variants.Single(v => v.Id == variantId);
        return ClientState.New("c1").WithProgress(exerciseId, new ExerciseProgress
        {
            VariantId = variant.Id, Tier = variant.Tier, Dosage = dosage, SuccessStreak = 1, LastPerformed = LastSession,
        }) with { LastSessionDate = LastSession };
    }

    private static PlannedExercise Planned(ClientState client, CheckIn checkIn, string exerciseId)
        => Engine.PlanSession(client, checkIn).Items.Single(i => i.Prescription.ExerciseId == exerciseId);

    [Fact]
    public void Sixty_days_away_step_back_four_dose_steps_and_at_most_one_variant()
    {
        // Dead bug, opposite arm and leg, 3 × 8: 8 → 7 → 6, then the bent-knee dead bug at its top (12), then 11.
        var client = At("dead-bug", "dead-bug.straight-leg", Dosage.OfReps(3, 8));

        var item = Planned(client, new CheckIn { Date = LastSession.AddDays(60) }, "dead-bug");

        Assert.Equal("dead-bug.bent-knee", item.Prescription.VariantId);
        Assert.Equal(Dosage.OfReps(3, 11), item.Prescription.Dosage);
        var reason = Assert.Single(item.Reasons, r => r.RuleId == BreakRules.BreakStepsBack);
        Assert.Contains("60 days since the last session", reason.Message);
        Assert.Contains("4 dose steps back for detraining", reason.Message);
    }

    [Fact]
    public void A_year_away_goes_back_one_variant_and_no_further()
    {
        var client = At("dead-bug", "dead-bug.loaded", Dosage.OfReps(3, 6, 2));

        var item = Planned(client, new CheckIn { Date = LastSession.AddDays(365) }, "dead-bug");

        Assert.Equal("dead-bug.straight-leg", item.Prescription.VariantId);
        Assert.Equal(Dosage.OfReps(3, 6), item.Prescription.Dosage);
    }

    [Fact]
    public void Twenty_days_given_as_days_since_the_last_session_cost_one_dose_step()
    {
        var client = At("glute-bridge", "glute-bridge.double-leg", Dosage.OfReps(3, 16));

        var item = Planned(client, new CheckIn { DaysSinceLastSession = 20 }, "glute-bridge");

        Assert.Equal(Dosage.OfReps(3, 14), item.Prescription.Dosage);
        Assert.Contains(item.Reasons, r => r.RuleId == BreakRules.BreakStepsBack && r.Message.Contains("3 × 16 → 3 × 14 reps", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(14, 14)]
    [InlineData(27, 14)]
    [InlineData(28, 12)]
    public void Each_full_two_weeks_away_cost_one_dose_step(int days, int reps)
    {
        var client = At("glute-bridge", "glute-bridge.double-leg", Dosage.OfReps(3, 16));

        var item = Planned(client, new CheckIn { Date = LastSession.AddDays(days) }, "glute-bridge");

        Assert.Equal(Dosage.OfReps(3, reps), item.Prescription.Dosage);
    }

    [Fact]
    public void Thirteen_days_away_change_nothing()
    {
        var client = At("glute-bridge", "glute-bridge.double-leg", Dosage.OfReps(3, 16));

        var item = Planned(client, new CheckIn { Date = LastSession.AddDays(13) }, "glute-bridge");

        Assert.Equal(Dosage.OfReps(3, 16), item.Prescription.Dosage);
        Assert.DoesNotContain(item.Reasons, r => r.RuleId == BreakRules.BreakStepsBack);
    }

    [Fact]
    public void A_loaded_variant_steps_back_by_its_range_then_its_load()
    {
        // Kettlebell deadlift 3 × 9 at 12 kg, 28 days away: 9 → 8 reps, then 12 → 8 kg with the most reps that do
        // less work than 3 × 8 at 12 kg (96 kg·reps): 11 (88); a step back never adds work.
        var client = At("band-hip-hinge", "band-hip-hinge.kettlebell", Dosage.OfReps(3, 9, 12));

        var item = Planned(client, new CheckIn { Date = LastSession.AddDays(28) }, "band-hip-hinge");

        Assert.Equal(Dosage.OfReps(3, 11, 8), item.Prescription.Dosage);
        Assert.Contains(item.Reasons, r => r.Message.Contains("load 12 → 8 kg (−33.3 %), 3 × 9 → 3 × 11 reps, work 108 → 88 kg·reps (−18.5 %)", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_equipment_the_break_leaves_the_plan_to_the_equipment_rule()
    {
        var client = At("band-hip-hinge", "band-hip-hinge.kettlebell", Dosage.OfReps(3, 9, 12))
            .WithAssessment(new Assessment { Equipment = new HashSet<Equipment>() });

        var item = Planned(client, new CheckIn { Date = LastSession.AddDays(28) }, "band-hip-hinge");

        Assert.Equal("band-hip-hinge.bodyweight", item.Prescription.VariantId);
        Assert.DoesNotContain(item.Reasons, r => r.RuleId == BreakRules.BreakStepsBack);
    }

    [Fact]
    public void Date_and_days_since_the_last_session_that_disagree_are_refused_naming_both()
    {
        var client = At("glute-bridge", "glute-bridge.double-leg", Dosage.OfReps(3, 16));
        var checkIn = new CheckIn { Date = LastSession.AddDays(30), DaysSinceLastSession = 20 };

        var error = Assert.Throws<ArgumentException>(() => Engine.PlanSession(client, checkIn));

        Assert.Contains("DaysSinceLastSession 20", error.Message, StringComparison.Ordinal);
        Assert.Contains("CheckIn.Date 2026-02-04", error.Message, StringComparison.Ordinal);
        Assert.Contains("30 days after ClientState.LastSessionDate 2026-01-05", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_and_days_that_agree_are_accepted()
    {
        var client = At("glute-bridge", "glute-bridge.double-leg", Dosage.OfReps(3, 16));

        var item = Planned(client, new CheckIn { Date = LastSession.AddDays(28), DaysSinceLastSession = 28 }, "glute-bridge");

        Assert.Equal(Dosage.OfReps(3, 12), item.Prescription.Dosage);
    }

    [Fact]
    public void A_check_in_dated_before_the_last_session_is_refused()
    {
        var client = At("glute-bridge", "glute-bridge.double-leg", Dosage.OfReps(3, 16));

        var error = Assert.Throws<ArgumentException>(() => Engine.PlanSession(client, new CheckIn { Date = LastSession.AddDays(-1) }));

        Assert.Contains("CheckIn.Date 2026-01-04 is before ClientState.LastSessionDate 2026-01-05", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_session_after_a_break_is_judged_against_the_stepped_back_dose_and_stored()
    {
        var client = At("glute-bridge", "glute-bridge.double-leg", Dosage.OfReps(3, 16));
        var day = LastSession.AddDays(30);
        var planned = Planned(client, new CheckIn { Date = day }, "glute-bridge").Prescription;

        var review = Engine.ReviewSession(client, new SessionReport(day, Reports.OnTarget(planned).ToArray()));

        var decision = review.Decisions.Single();
        Assert.Equal(Dosage.OfReps(3, 12), planned.Dosage);
        Assert.Equal(ProgressionStep.Hold, decision.Step);
        Assert.Equal(ProgressionRules.HoldForStreak, decision.Reasons[0].RuleId);
        Assert.Equal(Dosage.OfReps(3, 12), review.Next.ProgressOf("glute-bridge")!.Dosage);
        Assert.Equal(1, review.Next.ProgressOf("glute-bridge")!.SuccessStreak);
    }

    [Fact]
    public void A_review_whose_check_in_names_another_day_is_refused()
    {
        var client = At("glute-bridge", "glute-bridge.double-leg", Dosage.OfReps(3, 16));
        var sets = Reports.OnTarget(Reports.Current(client, "glute-bridge")).ToArray();
        var report = new SessionReport(LastSession.AddDays(3), sets) { CheckIn = new CheckIn { Date = LastSession.AddDays(2) } };

        var error = Assert.Throws<ArgumentException>(() => Engine.ReviewSession(client, report));

        Assert.Contains("SessionReport.CheckIn.Date 2026-01-07 is not SessionReport.Date 2026-01-08", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_whose_check_in_days_disagree_with_its_date_is_refused()
    {
        var client = At("glute-bridge", "glute-bridge.double-leg", Dosage.OfReps(3, 16));
        var sets = Reports.OnTarget(Reports.Current(client, "glute-bridge")).ToArray();
        var day = LastSession.AddDays(3);
        var report = new SessionReport(day, sets) { CheckIn = new CheckIn { Date = day, DaysSinceLastSession = 5 } };

        var error = Assert.Throws<ArgumentException>(() => Engine.ReviewSession(client, report));

        Assert.Contains("CheckIn.DaysSinceLastSession 5 does not agree with CheckIn.Date 2026-01-08", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_in_date_round_trips_through_json()
    {
        var checkIn = new CheckIn { Date = new DateOnly(2026, 3, 1), DaysSinceLastSession = 3 };

        var back = JsonSerializer.Deserialize<CheckIn>(JsonSerializer.Serialize(checkIn));

        Assert.Equal(checkIn, back);
        Assert.NotEqual(checkIn, checkIn with { Date = new DateOnly(2026, 3, 2) });
    }
}
