using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Progressive weakness with symptoms in both legs is a cauda equina sign: emergency.</summary>
[Name(SafetyRules.ProgressiveBilateralWeakness)]
[Description("Weakness that is getting worse, with symptoms in both legs, is a severe or progressive bilateral neurological deficit: a cauda equina sign, emergency care (BASS 2018; NICE CKS).")]
[Priority(SafetyRules.SetSalience + 30)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Plan)]
internal sealed class ProgressiveBilateralWeaknessEmergency : Rule
{
    public override void Define()
    {
        PlanRequest request = null!;
        ReportedRedFlag weakness = null!;

        When()
            .Match(() => request)
            .Match(() => weakness, f => f.Flag == RedFlag.ProgressiveWeakness, f => SafetyRules.Counts(f, request))
            .Exists<ReportedRedFlag>(f => f.Flag == RedFlag.BilateralLegSymptoms, f => SafetyRules.Counts(f, request));

        Then()
            .Do(ctx => Refer(ctx));
    }

    private static void Refer(IContext ctx)
        => ctx.Insert(new PlanReferral(Referral.Emergency, new Reason(ctx.Rule.Name,
            "Weakness that is getting worse, in both legs, can be cauda equina syndrome: go to an emergency department now. No exercise today.")));
}
