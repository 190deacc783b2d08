using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Severe joint pain stops the exercise and refers (Routine).</summary>
[Name(SafetyRules.SevereJointPainRefers)]
[Description("Joint pain at the policy's SevereJointPain (7/10 by default, the red zone of traffic-light pain scales) or more stops the exercise and calls for a professional's opinion.")]
[Priority(SafetyRules.SetSalience + 10)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Set)]
internal sealed class SevereJointPainRefers : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        ReportedSymptom symptom = null!;

        When()
            .Match(() => policy)
            .Match(() => symptom, s => s.Kind == SymptomKind.JointPain, s => s.Intensity >= policy.SevereJointPain);

        Then()
            .Do(ctx => Refer(ctx, symptom, policy));
    }

    private static void Refer(IContext ctx, ReportedSymptom symptom, ProgressionPolicy policy)
    {
        var s = symptom.Symptom;
        ctx.Insert(new SetFinding(SetAction.StopExercise, Referral.Routine,
            new Reason(ctx.Rule.Name, () => SafetyRules.SevereJointPainSentence(s, policy))));
    }
}
