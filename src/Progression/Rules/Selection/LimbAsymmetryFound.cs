using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>
/// A low limb symmetry index on the single-leg bridge inserts a <see cref="LimbAsymmetry"/> fact for the selection
/// rules to match, and records the finding with its numbers for the plan's own reasons.
/// </summary>
[Name(SelectionRules.LimbAsymmetryFound)]
[Description("A limb symmetry index (weaker ÷ stronger single-leg bridge hold) below MinLimbSymmetryIndex (90 % by default) means one leg is weaker (the usual 90 % LSI criterion).")]
[Priority(SelectionRules.FindingSalience)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class LimbAsymmetryFound : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        PlanRequest request = null!;

        When()
            .Match(() => policy)
            .Match(() => request, r => SelectionRules.HasLimbAsymmetry(r, policy));

        Then()
            .Do(ctx => Find(ctx, request, policy));
    }

    private static void Find(IContext ctx, PlanRequest r, ProgressionPolicy policy)
    {
        var s = r.Client.Assessment!.SingleLegBridgeSeconds!;
        var weaker = s.Smaller!.Value;
        ctx.Insert(new LimbAsymmetry(r, weaker, s, s.SymmetryIndex, policy.MinLimbSymmetryIndex));
        ctx.Insert(new PlanFinding(new Reason(ctx.Rule.Name,
            () => $"Single-leg bridge {SelectionRules.S(s.Left)} left, {SelectionRules.S(s.Right)} right: limb symmetry index {SelectionRules.Percent(s.SymmetryIndex)} is below {SelectionRules.Percent(policy.MinLimbSymmetryIndex)}; the {SelectionRules.Lower(weaker)} leg is weaker.")));
    }
}
