using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Severe morning pain lowers every exercise one level and leaves out any that would still be loaded.</summary>
[Name(SelectionRules.SevereMorningPainPlan)]
[Description("Morning pain at SevereMorningPain (7/10 by default) or more lowers every exercise one level and leaves out any that would still be loaded.")]
[Priority(900)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Plan)]
internal sealed class SevereMorningPainLowersPlan : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        PlanCandidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => candidate,
                c => c.Progress == null || !c.Progress.Paused,
                c => c.Request.CheckIn != null,
                c => c.Request.CheckIn!.MorningPain >= policy.SevereMorningPain);

        Then()
            .Do(ctx => Lower(ctx, candidate, policy));
    }

    private static void Lower(IContext ctx, PlanCandidate c, ProgressionPolicy policy)
    {
        ctx.Insert(SelectionRules.Lowered(c, policy, ctx.Rule.Name, $"Morning pain {c.Request.CheckIn!.MorningPain}/10 ({policy.SevereMorningPain} or more)", loadedAllowed: false));
    }
}
