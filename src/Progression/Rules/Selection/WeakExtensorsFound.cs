using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>
/// A high McGill flexor:extensor endurance ratio inserts a <see cref="WeakExtensors"/> fact for the selection rules
/// to match, and records the finding with its numbers for the plan's own reasons.
/// </summary>
[Name(SelectionRules.WeakExtensorsFound)]
[Description("A McGill trunk flexor:extensor endurance ratio above MaxFlexorExtensorRatio (1.0 by default) means the back extensors tire before the flexors (McGill 1999 normative ratios).")]
[Priority(SelectionRules.FindingSalience)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class WeakExtensorsFound : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        PlanRequest request = null!;

        When()
            .Match(() => policy)
            .Match(() => request, r => SelectionRules.HasWeakExtensors(r, policy));

        Then()
            .Do(ctx => Find(ctx, request, policy));
    }

    private static void Find(IContext ctx, PlanRequest r, ProgressionPolicy policy)
    {
        var trunk = r.Client.Assessment!.Trunk!;
        var (f, e) = (trunk.FlexorSeconds!.Value, trunk.ExtensorSeconds!.Value);
        ctx.Insert(new WeakExtensors(r, f, e, SelectionRules.Ratio(f, e), policy.MaxFlexorExtensorRatio));
        ctx.Insert(new PlanFinding(new Reason(ctx.Rule.Name,
            () => $"Trunk flexor endurance {SelectionRules.S(f)} against extensor endurance {SelectionRules.S(e)}: flexor:extensor ratio {SelectionRules.N(SelectionRules.Ratio(f, e))} is above {SelectionRules.N(policy.MaxFlexorExtensorRatio)}; the back extensors are weak.")));
    }
}
