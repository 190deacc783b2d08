using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A nerve symptom during a session pauses the exercise until a professional has seen it.</summary>
[Name(SafetyRules.NeurologicalPauses)]
[Description("Radiating pain, numbness or weakness during a session pauses the exercise until a professional has seen it.")]
[Priority(SafetyRules.ReviewSalience)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Review)]
internal sealed class NeurologicalSymptomPauses : Rule
{
    public override void Define()
    {
        ExercisePerformance performance = null!;

        When()
            .Match(() => performance, p => SafetyRules.Neurological(p) != null);

        Then()
            .Do(ctx => Pause(ctx, performance));
    }

    private static void Pause(IContext ctx, ExercisePerformance p)
    {
        var symptom = SafetyRules.Neurological(p)!;
        var emergency = SafetyRules.IsCaudaEquinaSite(symptom.Site);
        ctx.Insert(new StepProposal(p.ExerciseId, ProgressionStep.Pause, p.Prescribed,
            new Reason(ctx.Rule.Name, () => emergency
                ? $"Paused: {ProgressionRules.Describe(symptom)} is an emergency sign — go to an emergency department now."
                : $"Paused: {ProgressionRules.Describe(symptom)} — see a physiotherapist or doctor before doing it again."))
        {
            Referral = emergency ? Referral.Emergency : Referral.Routine,
        });
    }
}
