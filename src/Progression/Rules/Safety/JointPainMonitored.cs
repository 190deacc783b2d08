using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Under pain monitoring, joint pain within the policy's limit may continue.</summary>
[Name(SafetyRules.JointPainMonitored)]
[Description("Under pain monitoring (a policy whose JointPainStopsAbove is above 0; 5 in ProgressionPolicy.PainMonitoring), joint pain up to that limit may continue; above JointPainBlocksProgressionAbove (2 there) it blocks progression (Silbernagel 2007).")]
[Priority(SafetyRules.SetSalience + 10)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Set)]
internal sealed class JointPainMonitored : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        ReportedSymptom symptom = null!;

        When()
            .Match(() => policy, p => p.JointPainStopsAbove > 0)
            .Match(() => symptom, s => s.Kind == SymptomKind.JointPain, s => s.Intensity > 0 && s.Intensity <= policy.JointPainStopsAbove);

        Then()
            .Do(ctx => Monitor(ctx, symptom, policy));
    }

    private static void Monitor(IContext ctx, ReportedSymptom s, ProgressionPolicy policy)
        => ctx.Insert(new SetFinding(SetAction.Continue, Referral.None, new Reason(ctx.Rule.Name, () => s.Intensity > policy.JointPainBlocksProgressionAbove
            ? $"{Wording.Capital(ProgressionRules.Describe(s.Symptom))} is acceptable under pain monitoring, but this session will not count toward progression."
            : $"{Wording.Capital(ProgressionRules.Describe(s.Symptom))} is within the safe zone (0–{policy.JointPainBlocksProgressionAbove}): carry on and watch it.")));
}
