using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>
/// A McGill side-bridge ratio out of balance inserts a <see cref="LateralAsymmetry"/> fact for the selection rules to
/// match, and records the finding with its numbers for the plan's own reasons.
/// </summary>
[Name(SelectionRules.LateralAsymmetryFound)]
[Description("A McGill side-bridge left:right ratio outside MinSideBridgeRatio–MaxSideBridgeRatio (0.95–1.05 by default) means one side of the trunk is weaker (McGill 1999).")]
[Priority(SelectionRules.FindingSalience)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class LateralAsymmetryFound : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        PlanRequest request = null!;

        When()
            .Match(() => policy)
            .Match(() => request, r => SelectionRules.HasLateralAsymmetry(r, policy));

        Then()
            .Do(ctx => Find(ctx, request, policy));
    }

    private static void Find(IContext ctx, PlanRequest r, ProgressionPolicy policy)
    {
        var trunk = r.Client.Assessment!.Trunk!;
        var (left, right) = (trunk.SideBridgeLeftSeconds!.Value, trunk.SideBridgeRightSeconds!.Value);
        var weaker = left < right ? Side.Left : Side.Right;
        ctx.Insert(new LateralAsymmetry(r, weaker, left, right, SelectionRules.Ratio(left, right)));
        ctx.Insert(new PlanFinding(new Reason(ctx.Rule.Name,
            () => $"Side bridge {SelectionRules.S(left)} left, {SelectionRules.S(right)} right: left:right ratio {SelectionRules.N(SelectionRules.Ratio(left, right))} is outside {SelectionRules.N(policy.MinSideBridgeRatio)}–{SelectionRules.N(policy.MaxSideBridgeRatio)}; the {SelectionRules.Lower(weaker)} side is weaker.")));
    }
}
