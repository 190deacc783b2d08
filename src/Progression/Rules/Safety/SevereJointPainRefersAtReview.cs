using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Severe joint pain during a session refers the client (Routine), remembered until a clinician clears it.</summary>
[Name(SafetyRules.SevereJointPainReview)]
[Description("Joint pain at the policy's SevereJointPain (7/10 by default) or more during a session refers the client (Routine); the referral is remembered until a clinician clears it.")]
[Priority(SafetyRules.ReviewSalience)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Review)]
internal sealed class SevereJointPainRefersAtReview : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        ExercisePerformance performance = null!;

        When()
            .Match(() => policy)
            .Match(() => performance, p => SafetyRules.SevereJointPainIn(p, policy) != null);

        Then()
            .Do(ctx => Refer(ctx, performance, policy));
    }

    private static void Refer(IContext ctx, ExercisePerformance p, ProgressionPolicy policy)
    {
        var pain = SafetyRules.SevereJointPainIn(p, policy)!;
        ctx.Insert(new ReviewReferral(Referral.Routine, new Reason(ctx.Rule.Name,
            () => $"{p.Exercise.Name}: {SafetyRules.SevereJointPainSentence(pain, policy)}")));
    }
}
