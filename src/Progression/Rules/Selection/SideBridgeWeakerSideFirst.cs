using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A weaker side of the trunk gets the side bridge, weaker side first with one extra set on it.</summary>
[Name(SelectionRules.SideBridgeWeakerSide)]
[Description("A weaker side of the trunk (side-bridge ratio out of balance) gets the side bridge, weaker side first with one extra set on it.")]
[Priority(SelectionRules.ImbalanceSalience)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class SideBridgeWeakerSideFirst : Rule
{
    public override void Define()
    {
        LateralAsymmetry lateral = null!;
        PlanCandidate candidate = null!;

        When()
            .Match(() => lateral)
            .Match(() => candidate,
                c => SelectionRules.IsSideBridge(c.Exercise),
                c => c.Request == lateral.Request);

        Then()
            .Do(ctx => WeakerFirst(ctx, lateral, candidate));
    }

    private static void WeakerFirst(IContext ctx, LateralAsymmetry l, PlanCandidate c)
    {
        var side = SelectionRules.Lower(l.WeakerSide);
        ctx.Insert(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Name,
            () => $"Side-bridge test {SelectionRules.S(l.LeftSeconds)} left, {SelectionRules.S(l.RightSeconds)} right: {c.Exercise.Name}, {side} side first with one extra set on the {side}."))
        {
            Priority = SelectionRules.SideBridgePriority,
            FirstSide = l.WeakerSide,
            ExtraSets = 1,
            ExtraSetsSide = l.WeakerSide,
        });
    }
}
