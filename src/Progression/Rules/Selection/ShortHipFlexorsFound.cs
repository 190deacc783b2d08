using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>
/// A modified Thomas test above the limit inserts a <see cref="ShortHipFlexors"/> fact for the selection rules to
/// match, and records the finding with its numbers for the plan's own reasons.
/// </summary>
[Name(SelectionRules.ShortHipFlexorsFound)]
[Description("A modified Thomas test hip angle above MaxHipFlexorAngle (0° by default: thigh above horizontal) means short hip flexors on that side.")]
[Priority(SelectionRules.FindingSalience)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class ShortHipFlexorsFound : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        PlanRequest request = null!;

        When()
            .Match(() => policy)
            .Match(() => request, r => SelectionRules.HasShortHipFlexors(r, policy));

        Then()
            .Do(ctx => Find(ctx, request, policy));
    }

    private static void Find(IContext ctx, PlanRequest r, ProgressionPolicy policy)
    {
        var fact = new ShortHipFlexors(r, r.Client.Assessment!.HipFlexorAngle!, policy.MaxHipFlexorAngle);
        ctx.Insert(fact);
        ctx.Insert(new PlanFinding(new Reason(ctx.Rule.Name, () => fact.BothSides
            ? $"Modified Thomas test: left hip angle {SelectionRules.Deg(fact.Angle.Left)} and right {SelectionRules.Deg(fact.Angle.Right)} are above {SelectionRules.Deg(fact.Threshold)}: short hip flexors on both sides."
            : fact.Left
                ? $"Modified Thomas test: left hip angle {SelectionRules.Deg(fact.Angle.Left)} is above {SelectionRules.Deg(fact.Threshold)}: short hip flexors on the left."
                : $"Modified Thomas test: right hip angle {SelectionRules.Deg(fact.Angle.Right)} is above {SelectionRules.Deg(fact.Threshold)}: short hip flexors on the right.")));
    }
}
