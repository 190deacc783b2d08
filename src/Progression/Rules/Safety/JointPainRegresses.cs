using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>At review, joint pain lowers the exercise one level; it pauses only when it comes back at the easiest starting dose.</summary>
[Name(SafetyRules.JointPainRegresses)]
[Description("An exercise stopped for joint pain goes one variant down; on the easiest variant one dose step down; only joint pain at the easiest variant's starting dose pauses it, with advice to see a professional.")]
[Priority(SafetyRules.ReviewSalience)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Review)]
internal sealed class JointPainRegresses : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        ExercisePerformance performance = null!;

        When()
            .Match(() => policy)
            .Match(() => performance, p => SafetyRules.JointPain(p, policy.JointPainStopsAbove) != null);

        Then()
            .Do(ctx => Lower(ctx, performance, policy));
    }

    private static void Lower(IContext ctx, ExercisePerformance p, ProgressionPolicy policy)
    {
        var pain = SafetyRules.JointPain(p, policy.JointPainStopsAbove)!;
        // Over-caution costs adherence: step down first; at the easiest starting dose repeat once, and
        // pause only when the pain comes back there.
        var move = Ladder.Down(p.Exercise, p.VariantIndex, p.Progress.Dosage, p.Client.Assessment, policy);
        var sessions = p.Progress.JointPainStreak + 1;
        if (move.Step == ProgressionStep.Pause && sessions < SafetyRules.JointPainSessionsToPause)
        {
            ctx.Insert(new StepProposal(p.ExerciseId, ProgressionStep.Hold, move.To, new Reason(ctx.Rule.Name,
                () => $"Stopped for {ProgressionRules.Describe(pain)}: {move.Describe()}, so repeat {move.To.Dosage} next time; if joint pain comes back at this dose, the exercise is paused until a physiotherapist has looked at it."))
            {
                JointPainStopped = true,
            });
            return;
        }

        ctx.Insert(new StepProposal(p.ExerciseId, move.Step, move.To, new Reason(ctx.Rule.Name, () => move.Step == ProgressionStep.Pause
            ? $"Paused after {ProgressionRules.Describe(pain)}, joint pain in {sessions} sessions in a row: {move.Describe()} (its starting dose), so have a physiotherapist look at it before it is resumed; the rest of the program goes on."
            : $"Stopped for {ProgressionRules.Describe(pain)}: {move.Describe()}."))
        {
            // The pause is the exercise's alone: one painful exercise does not stop the whole program (a
            // program-wide referral comes from nerve symptoms, red flags or severe joint pain).
            JointPainStopped = true,
        });
    }
}
