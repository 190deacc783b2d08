using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A referral not yet cleared plans nothing and returns its reasons.</summary>
[Name(SafetyRules.OpenReferralPlansNothing)]
[Description("A referral no clinician has cleared yet is remembered: every plan returns it with its reasons and plans nothing until ClientState.ClearReferral().")]
[Priority(SafetyRules.SetSalience + 40)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Plan)]
internal sealed class OpenReferralPlansNothing : Rule
{
    public override void Define()
    {
        PlanRequest request = null!;

        When()
            .Match(() => request, r => r.Client.OpenReferral != null);

        Then()
            .Do(ctx => Remind(ctx, request));
    }

    private static void Remind(IContext ctx, PlanRequest request)
    {
        var open = request.Client.OpenReferral!;
        ctx.Insert(new PlanReferral(open.Urgency, new Reason(ctx.Rule.Name,
            () => FormattableString.Invariant($"Referred ({open.Urgency}) on {open.Since:yyyy-MM-dd} and not yet cleared by a clinician: no exercise until then. The reasons given:"))));
        foreach (var reason in open.Reasons)
        {
            ctx.Insert(new PlanReferral(open.Urgency, reason));
        }
    }
}
