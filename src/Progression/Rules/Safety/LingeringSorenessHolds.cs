using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Lingering muscle soreness holds the exercise at the level the plan lowered it to.</summary>
[Name(SafetyRules.LingeringSorenessHolds)]
[Description("Muscle soreness still at the policy's LingeringSorenessIntensity (4/10 by default) or more LingeringSorenessDays (5 by default) days after a session holds the exercise at the level the plan lowered it to (one flare lowers once).")]
[Priority(SafetyRules.ReviewSalience)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Review)]
internal sealed class LingeringSorenessHolds : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        ExercisePerformance performance = null!;

        When()
            .Match(() => policy)
            .Match(() => performance, p => SafetyRules.LingeringSoreness(p.Exercise, p.Report.CheckIn, policy) != null);

        Then()
            .Do(ctx => Hold(ctx, performance, policy));
    }

    private static void Hold(IContext ctx, ExercisePerformance p, ProgressionPolicy policy)
    {
        var soreness = SafetyRules.LingeringSoreness(p.Exercise, p.Report.CheckIn, policy)!;
        var planned = SafetyRules.PlannedLowering(p, policy);
        var to = planned is { Step: not ProgressionStep.Pause } move && p.VariantIndex == p.Exercise.IndexOf(move.To.VariantId) ? move.To : p.Prescribed;
        var step = SafetyRules.StepTo(p, to);
        ctx.Insert(new StepProposal(p.ExerciseId, step, to, new Reason(ctx.Rule.Name, () =>
            $"{Wording.Capital(ProgressionRules.Describe(soreness))} is still there {p.Report.CheckIn!.DaysSinceLastSession} days on: "
            + (to == p.Prescribed ? $"hold {to.Dosage}" : $"today's plan lowered it, so it stays at {SafetyRules.Level(p.Exercise, to)}")
            + "; if it is still there next time, ask a clinician to check it.")));
    }
}
