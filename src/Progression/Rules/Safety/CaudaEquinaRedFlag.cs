using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A cauda equina sign among the check-in's red flags refers as an emergency and plans nothing.</summary>
[Name(SafetyRules.CaudaEquinaFlag)]
[Description("Signs of cauda equina syndrome (bladder or bowel change, saddle numbness, symptoms in both legs) need emergency care; nothing is planned (NICE NG59; NICE CKS; BASS 2018).")]
[Priority(SafetyRules.SetSalience + 30)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Plan)]
internal sealed class CaudaEquinaRedFlag : Rule
{
    public override void Define()
    {
        PlanRequest request = null!;
        ReportedRedFlag flag = null!;

        When()
            .Match(() => request)
            .Match(() => flag, f => SafetyRules.IsCaudaEquinaSign(f.Flag), f => SafetyRules.Counts(f, request));

        Then()
            .Do(ctx => Refer(ctx, flag));
    }

    private static void Refer(IContext ctx, ReportedRedFlag flag)
    {
        var f = flag.Flag;
        ctx.Insert(new PlanReferral(Referral.Emergency,
            new Reason(ctx.Rule.Name, () => $"{SafetyRules.FlagName(f)} is an emergency sign: go to an emergency department now. No exercise today.")));
    }
}
