using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Severe morning pain is said once for the plan: no loaded work, every exercise one level easier.</summary>
[Name(SelectionRules.SevereMorningPainFound)]
[Description("Morning pain at SevereMorningPain (7/10 by default) or more (the red zone of traffic-light pain scales) plans no loaded work and lowers every exercise one level, whatever the baseline.")]
[Priority(900)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Plan)]
internal sealed class SevereMorningPainNotedInPlan : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        PlanRequest request = null!;

        When()
            .Match(() => policy)
            .Match(() => request, r => r.CheckIn != null, r => r.CheckIn!.MorningPain >= policy.SevereMorningPain);

        Then()
            .Do(ctx => Note(ctx, request, policy));
    }

    private static void Note(IContext ctx, PlanRequest r, ProgressionPolicy policy)
    {
        ctx.Insert(new PlanFinding(new Reason(ctx.Rule.Name,
            () => $"Morning pain {r.CheckIn!.MorningPain}/10 is {policy.SevereMorningPain}/10 or more: no loaded work today, and every exercise one level easier, whatever your usual {r.CheckIn.BaselinePain}/10.")));
    }
}
