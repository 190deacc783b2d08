namespace Progression.Tests.Domain;

public sealed class ResultsTests
{
    private static readonly Reason JointPain = new("safety.joint-pain-stops-exercise", "Stopped: knee joint pain 3/10 — never push through joint pain");

    [Fact]
    public void SetVerdict_ToString_ListsActionReferralAndReasons() =>
        Assert.Equal(
            "StopExercise, referral None — [safety.joint-pain-stops-exercise] Stopped: knee joint pain 3/10 — never push through joint pain",
            new SetVerdict(SetAction.StopExercise, Referral.None, [JointPain]).ToString());

    [Fact]
    public void ExerciseDecision_ToString_ShowsFromAndTo()
    {
        var before = new Prescription("glute-bridge", "glute-bridge.double-leg", Tier.Bodyweight, Dosage.OfReps(3, 10));
        var decision = new ExerciseDecision("glute-bridge", ProgressionStep.Increase, before, before with { Dosage = Dosage.OfReps(3, 12) },
            [new Reason("progression.two-for-two", "Two good sessions in a row")]);

        Assert.Equal(
            "glute-bridge: Increase glute-bridge.double-leg (Bodyweight) 3 × 10 → glute-bridge.double-leg (Bodyweight) 3 × 12 — [progression.two-for-two] Two good sessions in a row",
            decision.ToString());
    }

    [Fact]
    public void PlannedExercise_ToString_ShowsSideEmphasis()
    {
        var planned = new PlannedExercise(new Prescription("atg-split-squat", "atg-split-squat.flat", Tier.Bodyweight, Dosage.OfReps(3, 6)), [])
        {
            FirstSide = Side.Left,
            ExtraSetsSide = Side.Left,
            ExtraSets = 1,
        };

        Assert.Equal("atg-split-squat.flat (Bodyweight) 3 × 6, Left first, +1 set Left", planned.ToString());
    }

    [Fact]
    public void SessionPlan_SameContent_IsEqual()
    {
        SessionPlan Make() => new([new PlannedExercise(new Prescription("bird-dog", "bird-dog.opposite-arm-leg", Tier.Bodyweight, Dosage.OfReps(3, 6)), [JointPain])], Referral.Routine, [JointPain]);

        Assert.Equal(Make(), Make());
        Assert.NotEqual(Make(), Make() with { Referral = Referral.Urgent });
    }

    [Fact]
    public void SessionReview_DefaultsToNoReferralAndNoReasons()
    {
        var review = new SessionReview([], ClientState.New("c"));

        Assert.Equal(Referral.None, review.Referral);
        Assert.Empty(review.Reasons);
    }
}
