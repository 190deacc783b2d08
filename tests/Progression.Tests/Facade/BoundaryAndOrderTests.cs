namespace Progression.Tests.Facade;

/// <summary>
/// The boundaries and orders a mutation review found unguarded (issue 12, "Tests that can fail"): joint pain exactly
/// at a pain-monitoring threshold at review, RPE exactly 8, and the order of reasons across several symptoms.
/// Thresholds are the sources' numbers written out.
/// </summary>
public sealed class BoundaryAndOrderTests
{
    private const string Exercise = "glute-bridge";

    private static readonly ProgressionEngine Strict = Reports.Engine;

    private static readonly ProgressionEngine Monitoring = ProgressionEngine.CreateBuilder().UsePolicy(ProgressionPolicy.PainMonitoring).Build();

    /// <summary>Glute bridge, double leg, at 3 × 14 (above the 10–20 range floor) with one success already banked.</summary>
    private static ClientState OneSuccessAt14()
    {
        var variant = ExerciseCatalog.BuiltIn.Get(Exercise).Variants[0];
        return ClientState.New("boundary").WithProgress(Exercise,
            new ExerciseProgress { VariantId = variant.Id, Tier = variant.Tier, Dosage = Dosage.OfReps(3, 14), SuccessStreak = 1 });
    }

    private static ExerciseDecision ReviewOnTarget(ProgressionEngine engine, int rpe, params Symptom[] symptoms)
    {
        var client = OneSuccessAt14();
        var sets = Reports.OnTarget(Reports.Current(client, Exercise), rpe, symptoms);
        return Assert.Single(engine.ReviewSession(client, Reports.Session(1, sets)).Decisions);
    }

    private static Symptom KneeJointPain(int intensity) => new(SymptomKind.JointPain, BodySite.Knee, intensity);

    [Fact]
    public void PainMonitoring_review_joint_pain_5_of_10_is_acceptable_holds_and_does_not_step_down()
    {
        // Pain monitoring (Thomeé 1997): above 5 stops; 3–5 is acceptable but blocks progression.
        var decision = ReviewOnTarget(Monitoring, 7, KneeJointPain(5));

        Assert.Equal(ProgressionStep.Hold, decision.Step);
        Assert.Equal(decision.From, decision.To);
        Assert.Contains("knee joint pain 5/10", decision.Reasons[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PainMonitoring_review_joint_pain_6_of_10_steps_down()
    {
        var decision = ReviewOnTarget(Monitoring, 7, KneeJointPain(6));

        Assert.True(decision.Step is ProgressionStep.Regress or ProgressionStep.Deload, decision.ToString());
        Assert.True(decision.To.Dosage.Reps < decision.From.Dosage.Reps || decision.To.VariantId != decision.From.VariantId, decision.ToString());
    }

    [Fact]
    public void PainMonitoring_review_joint_pain_2_of_10_still_counts_as_a_success()
    {
        // 0–2 is the safe zone: with one success banked, the second one raises the dose (2-for-2).
        var decision = ReviewOnTarget(Monitoring, 7, KneeJointPain(2));

        Assert.Equal(ProgressionStep.Increase, decision.Step);
        Assert.Equal(Dosage.OfReps(3, 16), decision.To.Dosage);
    }

    [Fact]
    public void PainMonitoring_review_joint_pain_3_of_10_holds()
    {
        var decision = ReviewOnTarget(Monitoring, 7, KneeJointPain(3));

        Assert.Equal(ProgressionStep.Hold, decision.Step);
    }

    [Fact]
    public void Strict_review_joint_pain_reported_at_0_of_10_is_no_joint_pain()
    {
        var decision = ReviewOnTarget(Strict, 7, KneeJointPain(0));

        Assert.Equal(ProgressionStep.Increase, decision.Step);
    }

    [Fact]
    public void Rpe_8_in_every_set_is_a_success_and_the_second_one_raises_the_dose()
    {
        var decision = ReviewOnTarget(Strict, 8);

        Assert.Equal(ProgressionStep.Increase, decision.Step);
        Assert.Equal(Dosage.OfReps(3, 16), decision.To.Dosage);
    }

    [Fact]
    public void Rpe_9_in_every_set_holds()
    {
        var decision = ReviewOnTarget(Strict, 9);

        Assert.Equal(ProgressionStep.Hold, decision.Step);
        Assert.Contains("RPE 9", decision.Reasons[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rpe_8_counts_toward_the_streak_and_rpe_9_resets_it()
    {
        var variant = ExerciseCatalog.BuiltIn.Get(Exercise).Variants[0];
        var client = ClientState.New("streak");
        var first = Strict.ReviewSession(client, Reports.Session(0, Reports.OnTarget(Reports.Current(client, Exercise), rpe: 8)));
        Assert.Equal(1, first.Next.ProgressOf(Exercise)!.SuccessStreak);

        var hard = Strict.ReviewSession(client, Reports.Session(0, Reports.OnTarget(Reports.Current(client, Exercise), rpe: 9)));
        Assert.Equal(0, hard.Next.ProgressOf(Exercise)!.SuccessStreak);
        Assert.Equal(variant.StartingDosage, hard.Next.ProgressOf(Exercise)!.Dosage);
    }

    [Fact]
    public void EvaluateSet_lists_one_reason_per_symptom_rule_by_rule_and_within_a_rule_in_the_order_reported()
    {
        var client = OneSuccessAt14();
        var set = Reports.OnTarget(Reports.Current(client, Exercise)).First() with
        {
            Symptoms =
            [
                new Symptom(SymptomKind.MuscleFatigue, BodySite.Glutes, 4),
                new Symptom(SymptomKind.MuscleSoreness, BodySite.Hamstrings, 3),
                new Symptom(SymptomKind.MuscleFatigue, BodySite.Quadriceps, 2),
            ],
        };

        var verdict = Strict.EvaluateSet(client, set);
        var reversed = Strict.EvaluateSet(client, set with { Symptoms = [.. set.Symptoms.Reverse()] });

        Assert.Equal(SetAction.Continue, verdict.Action);
        // The fatigue rule is declared before the soreness rule; each lists its symptoms as the client reported them.
        Assert.Collection(verdict.Reasons,
            r => Assert.StartsWith("Glutes muscle fatigue 4/10", r.Message, StringComparison.Ordinal),
            r => Assert.StartsWith("Quadriceps muscle fatigue 2/10", r.Message, StringComparison.Ordinal),
            r => Assert.StartsWith("Hamstrings muscle soreness 3/10", r.Message, StringComparison.Ordinal));
        Assert.Collection(reversed.Reasons,
            r => Assert.StartsWith("Quadriceps muscle fatigue 2/10", r.Message, StringComparison.Ordinal),
            r => Assert.StartsWith("Glutes muscle fatigue 4/10", r.Message, StringComparison.Ordinal),
            r => Assert.StartsWith("Hamstrings muscle soreness 3/10", r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void EvaluateSet_lists_two_joint_pains_in_the_order_reported_after_the_stop()
    {
        var client = OneSuccessAt14();
        var set = Reports.OnTarget(Reports.Current(client, Exercise)).First() with
        {
            Symptoms = [KneeJointPain(3), new Symptom(SymptomKind.JointPain, BodySite.Hip, 2)],
        };

        var verdict = Strict.EvaluateSet(client, set);

        Assert.Equal(SetAction.StopExercise, verdict.Action);
        Assert.Collection(verdict.Reasons,
            r => Assert.Contains("knee joint pain 3/10", r.Message, StringComparison.Ordinal),
            r => Assert.Contains("hip joint pain 2/10", r.Message, StringComparison.Ordinal));
    }
}
