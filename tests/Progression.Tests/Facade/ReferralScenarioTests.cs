using Progression.Packs;

namespace Progression.Tests.Facade;

/// <summary>Issue 11 items 2, 3 and 7: referrals are remembered until cleared, pauses are lifted with Resume, cleared red flags do not block.</summary>
public sealed class ReferralScenarioTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;

    private static SessionReview ReviewWith(ClientState client, Symptom symptom, int day = 0)
        => Engine.ReviewSession(client, Reports.Session(day, Reports.OnTarget(Reports.Current(client, "glute-bridge"), 7, symptom)));

    [Theory]
    [InlineData(SymptomKind.Numbness, BodySite.Saddle, Referral.Emergency)]
    [InlineData(SymptomKind.RadiatingPain, BodySite.Leg, Referral.Routine)]
    public void After_a_review_that_referred_every_plan_returns_the_referral_and_plans_nothing_until_cleared(SymptomKind kind, BodySite site, Referral urgency)
    {
        var review = ReviewWith(ClientState.New("c"), new Symptom(kind, site, 5), day: 3);

        Assert.Equal(urgency, review.Referral);
        var open = review.Next.OpenReferral;
        Assert.NotNull(open);
        Assert.Equal(urgency, open.Urgency);
        Assert.Equal(Reports.Day(3), open.Since);
        Assert.Equal(review.Reasons, open.Reasons);

        foreach (var checkIn in new CheckIn?[] { null, new CheckIn { MorningPain = 1, BaselinePain = 1 } })
        {
            var plan = Engine.PlanSession(review.Next, checkIn);
            Assert.Empty(plan.Items);
            Assert.Equal(urgency, plan.Referral);
            Assert.Contains(plan.Reasons, r => r.RuleId == SafetyRules.OpenReferralPlansNothing && r.Message.Contains("2026-01-08") && r.Message.Contains(urgency.ToString()));
            Assert.Subset(plan.Reasons.ToHashSet(), open.Reasons.ToHashSet());
        }

        var cleared = review.Next.ClearReferral();
        Assert.Null(cleared.OpenReferral);
        Assert.Equal(review.Next with { OpenReferral = null }, cleared);
        Assert.Equal(Referral.None, Engine.PlanSession(cleared).Referral);
        Assert.NotEmpty(Engine.PlanSession(cleared).Items);
    }

    [Fact]
    public void A_red_flag_reported_while_a_referral_is_open_still_raises_the_urgency()
    {
        var referred = ReviewWith(ClientState.New("c"), new Symptom(SymptomKind.RadiatingPain, BodySite.Leg, 4)).Next;

        var plan = Engine.PlanSession(referred, new CheckIn { RedFlags = new HashSet<RedFlag> { RedFlag.SaddleNumbness } });

        Assert.Equal(Referral.Emergency, plan.Referral);
        Assert.Empty(plan.Items);
    }

    [Fact]
    public void A_plan_that_refers_on_a_red_flag_is_stored_with_WithReferral_and_remembered()
    {
        var client = ClientState.New("c");
        var plan = Engine.PlanSession(client, new CheckIn { RedFlags = new HashSet<RedFlag> { RedFlag.NightPain } });

        var stored = client.WithReferral(plan, Reports.Day(10));

        Assert.Equal(new OpenReferral(Referral.Urgent, plan.Reasons, Reports.Day(10)), stored.OpenReferral);
        var next = Engine.PlanSession(stored);
        Assert.Empty(next.Items);
        Assert.Equal(Referral.Urgent, next.Referral);
        Assert.Contains(next.Reasons, r => r.RuleId == SafetyRules.SeriousPathologyFlag && r.Message.Contains("Pain at night"));
        // A plan that did not refer, or one no more urgent than what is open, changes nothing.
        Assert.Same(client, client.WithReferral(Engine.PlanSession(client), Reports.Day(10)));
        Assert.Same(stored, stored.WithReferral(next, Reports.Day(11)));
    }

    [Fact]
    public void A_cleared_cancer_history_no_longer_blocks_and_is_still_named()
    {
        var client = ClientState.New("c").WithClearedRedFlags(RedFlag.CancerHistory);
        var checkIn = new CheckIn { RedFlags = new HashSet<RedFlag> { RedFlag.CancerHistory } };

        var plan = Engine.PlanSession(client, checkIn);

        Assert.Equal(Referral.None, plan.Referral);
        Assert.NotEmpty(plan.Items);
        Assert.Contains(plan.Reasons, r => r.RuleId == SafetyRules.ClearedRedFlagNamed && r.Message.Contains("cancer") && r.Message.Contains("cleared"));
        Assert.Contains(Engine.PlanSession(client).Reasons, r => r.RuleId == SafetyRules.ClearedRedFlagNamed);

        // Another flag still refers; clearing one flag clears no other.
        var withNightPain = Engine.PlanSession(client, new CheckIn { RedFlags = new HashSet<RedFlag> { RedFlag.CancerHistory, RedFlag.NightPain } });
        Assert.Equal(Referral.Urgent, withNightPain.Referral);
        Assert.Empty(withNightPain.Items);
        Assert.Equal(Referral.Urgent, Engine.PlanSession(client.WithClearedRedFlags(), checkIn).Referral);
    }

    [Fact]
    public void Resume_puts_a_paused_exercise_back_in_the_plan_at_the_level_it_was_paused_at()
    {
        var single = Engine.Catalog.Get("glute-bridge").Variants[1];
        var dose = Dosage.OfReps(3, 12);
        var client = ClientState.New("c").WithProgress("glute-bridge", new ExerciseProgress
        {
            VariantId = single.Id, Tier = single.Tier, Dosage = dose, Paused = true, PauseReason = "hip joint pain 2/10", FailureStreak = 2, SessionsCompleted = 9,
        });
        Assert.DoesNotContain(Engine.PlanSession(client).Items, i => i.Prescription.ExerciseId == "glute-bridge");

        var resumed = client.Resume("glute-bridge");

        var progress = resumed.ProgressOf("glute-bridge")!;
        Assert.False(progress.Paused);
        Assert.Null(progress.PauseReason);
        Assert.Equal((single.Id, dose, 0, 9), (progress.VariantId, progress.Dosage, progress.FailureStreak, progress.SessionsCompleted));
        var item = Assert.Single(Engine.PlanSession(resumed).Items, i => i.Prescription.ExerciseId == "glute-bridge");
        Assert.Equal(new Prescription("glute-bridge", single.Id, single.Tier, dose), item.Prescription);
        Assert.Same(resumed, resumed.Resume("glute-bridge"));
    }

    [Fact]
    public void Resume_rejects_an_exercise_without_progress_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => ClientState.New("c").Resume("glute-bridge"));
        Assert.Equal("exerciseId", error.ParamName);
        Assert.Contains("'glute-bridge'", error.Message);
        Assert.Contains("no progress", error.Message);
        Assert.Equal("exerciseId", Assert.ThrowsAny<ArgumentException>(() => ClientState.New("c").Resume("")).ParamName);
    }
}
