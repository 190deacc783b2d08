using Progression.Packs;

namespace Progression.Tests.Facade;

/// <summary>One-sided sets (issue 12 item 7): SetReport.Side, sets counted per side, success only when each side meets its target.</summary>
public sealed class OneSidedSetTests
{
    private static readonly ProgressionEngine Engine = Reports.Engine;

    // Chair-assisted ATG split squat: one-sided, 3 × 8 to start.
    private static SetReport Split(int n, Side? side, int reps = 8) => new()
    {
        ExerciseId = "atg-split-squat", VariantId = "atg-split-squat.chair", SetNumber = n, Side = side, Reps = reps, Rpe = 7,
    };

    private static ExerciseDecision Review(params SetReport[] sets)
        => Engine.ReviewSession(ClientState.New("c1"), new SessionReport(Reports.Day(0), sets)).Decisions.Single();

    [Fact]
    public void Side_is_null_by_default_and_part_of_the_set_s_value()
    {
        Assert.Null(Split(1, null).Side);
        Assert.NotEqual(Split(1, Side.Left), Split(1, Side.Right));
        Assert.Equal(Split(1, Side.Left), Split(1, Side.Left));
        Assert.Equal(Split(1, Side.Left).GetHashCode(), Split(1, Side.Left).GetHashCode());
    }

    [Fact]
    public void An_undefined_side_is_rejected_naming_the_field()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Split(1, (Side)7));

        Assert.Equal("Side", error.ParamName);
        Assert.Contains("was 7", error.Message);
    }

    [Fact]
    public void Three_sets_on_each_side_on_target_is_a_success()
    {
        var decision = Review(Split(1, Side.Left), Split(1, Side.Right), Split(2, Side.Left), Split(2, Side.Right), Split(3, Side.Left), Split(3, Side.Right));

        Assert.Equal(ProgressionRules.HoldForStreak, decision.Reasons[0].RuleId);
        Assert.StartsWith("1 of 2 successful sessions", decision.Reasons[0].Message);
    }

    [Fact]
    public void Sets_without_a_side_count_on_both_sides_as_before()
    {
        var decision = Review(Split(1, null), Split(2, null), Split(3, null));

        Assert.Equal(ProgressionRules.HoldForStreak, decision.Reasons[0].RuleId);
    }

    [Fact]
    public void One_side_short_of_the_target_fails_and_the_reason_names_the_side()
    {
        var decision = Review(Split(1, Side.Left), Split(1, Side.Right), Split(2, Side.Left), Split(2, Side.Right, reps: 6), Split(3, Side.Left), Split(3, Side.Right));

        Assert.Equal(ProgressionRules.HoldAfterFailure, decision.Reasons[0].RuleId);
        Assert.StartsWith("Set 2 on the right reached 6 of 8 reps", decision.Reasons[0].Message);
    }

    [Fact]
    public void Only_one_side_done_fails_for_the_missing_side()
    {
        var decision = Review(Split(1, Side.Left), Split(2, Side.Left), Split(3, Side.Left));

        Assert.Equal(ProgressionRules.HoldAfterFailure, decision.Reasons[0].RuleId);
        Assert.StartsWith("0 of 3 sets done on the right", decision.Reasons[0].Message);
    }

    [Fact]
    public void Extra_sets_on_the_weaker_side_do_not_make_up_for_missing_sets_on_the_other()
    {
        var decision = Review(Split(1, Side.Left), Split(2, Side.Left), Split(3, Side.Left), Split(4, Side.Left), Split(1, Side.Right), Split(2, Side.Right));

        Assert.StartsWith("2 of 3 sets done on the right", decision.Reasons[0].Message);
    }

    [Fact]
    public void EvaluateSet_answers_a_one_sided_set()
    {
        var verdict = Engine.EvaluateSet(ClientState.New("c1"), Split(1, Side.Left) with { Symptoms = [new Symptom(SymptomKind.JointPain, BodySite.Knee, 2)] });

        Assert.Equal(SetAction.StopExercise, verdict.Action);
    }

    [Fact]
    public void Side_round_trips_through_json_by_name()
    {
        var set = Split(2, Side.Right);

        var json = System.Text.Json.JsonSerializer.Serialize(set);

        Assert.Contains("\"Side\":\"Right\"", json);
        Assert.Equal(set, System.Text.Json.JsonSerializer.Deserialize<SetReport>(json));
    }
}
