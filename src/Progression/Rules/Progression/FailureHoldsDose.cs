using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A failed session short of the deload limit holds the dose.</summary>
[Name(ProgressionRules.HoldAfterFailure)]
[Description("A failed session, fewer than FailuresToDeload (3 by default) in a row, holds the dose.")]
[Tag(RuleTags.ProgressionPack)]
[Tag(RuleTags.Review)]
internal sealed class FailureHoldsDose : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        ExerciseOutcome outcome = null!;

        // An outcome of this kind that carries the performance it classified (the classification rules always attach it):
        // one fact, no join, the outcome brings its performance along.
        When()
            .Match(() => policy)
            .Match(() => outcome,
                o => o.Outcome == SessionOutcome.Failure && o.Performance != null,
                o => o.Performance!.Progress.FailureStreak + 1 < policy.FailuresToDeload);

        Then()
            .Do(ctx => Hold(ctx, outcome, policy));
    }

    private static void Hold(IContext ctx, ExerciseOutcome outcome, ProgressionPolicy policy)
    {
        var o = outcome;
        var p = o.Performance!;
        ctx.Insert(ProgressionRules.Hold(p, ctx.Rule.Name,
            () => $"{Wording.Capital(o.Detail)} ({p.Progress.FailureStreak + 1} of {policy.FailuresToDeload} missed sessions): stay at {p.Progress.Dosage}."));
    }
}
