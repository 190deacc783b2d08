using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A paused exercise stays out of the plan until a professional clears it.</summary>
[Name(SelectionRules.PausedSkipped)]
[Description("An exercise paused for pain or a referral stays out of the plan until a professional clears it.")]
[Priority(900)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Plan)]
internal sealed class PausedExerciseSkipped : Rule
{
    public override void Define()
    {
        PlanCandidate candidate = null!;

        When()
            .Match(() => candidate, c => c.Progress != null && c.Progress.Paused);

        Then()
            .Do(ctx => Skip(ctx, candidate));
    }

    private static void Skip(IContext ctx, PlanCandidate c)
    {
        ctx.Insert(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Name,
            () => $"{c.Exercise.Name} is paused: {SelectionRules.PauseWhy(c.Progress!.PauseReason)}. Leave it out until a professional clears it."))
        { Exclude = true });
    }
}
