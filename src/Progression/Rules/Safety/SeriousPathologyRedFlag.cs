using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A sign of serious pathology among the red flags refers (Urgent) and plans nothing.</summary>
[Name(SafetyRules.SeriousPathologyFlag)]
[Description("Signs of serious pathology (night pain, unexplained weight loss, fever, a history of cancer, recent trauma, new pain under 20 or over 50, osteoporosis or long-term steroids, a weakened immune system, thoracic pain) and progressive weakness need a doctor today; nothing is planned (NICE NG59; NICE CKS).")]
[Priority(SafetyRules.SetSalience + 20)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Plan)]
internal sealed class SeriousPathologyRedFlag : Rule
{
    public override void Define()
    {
        PlanRequest request = null!;
        ReportedRedFlag flag = null!;

        When()
            .Match(() => request)
            .Match(() => flag, f => !SafetyRules.IsCaudaEquinaSign(f.Flag), f => SafetyRules.Counts(f, request));

        Then()
            .Do(ctx => Refer(ctx, flag));
    }

    private static void Refer(IContext ctx, ReportedRedFlag flag)
    {
        var f = flag.Flag;
        ctx.Insert(new PlanReferral(Referral.Urgent,
            new Reason(ctx.Rule.Name, () => $"{SafetyRules.FlagName(f)} needs checking: see a doctor today. No exercise until then.")));
    }
}
