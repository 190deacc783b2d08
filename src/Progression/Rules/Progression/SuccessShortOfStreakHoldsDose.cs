using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A success that does not yet complete the streak holds the dose.</summary>
[Name(ProgressionRules.HoldForStreak)]
[Description("A success short of SuccessesToProgress (2 by default) in a row holds the dose: progress only on evidence.")]
[Tag(RuleTags.ProgressionPack)]
[Tag(RuleTags.Review)]
internal sealed class SuccessShortOfStreakHoldsDose : Rule
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
                o => o.Outcome == SessionOutcome.Success && o.Performance != null,
                o => o.Performance!.Progress.SuccessStreak + 1 < policy.SuccessesToProgress);

        Then()
            .Do(ctx => Hold(ctx, outcome, policy));
    }

    private static void Hold(IContext ctx, ExerciseOutcome outcome, ProgressionPolicy policy)
    {
        var p = outcome.Performance!;
        ctx.Insert(ProgressionRules.Hold(p, ctx.Rule.Name,
            () => $"{p.Progress.SuccessStreak + 1} of {policy.SuccessesToProgress} successful sessions at {p.Progress.Dosage}: repeat it to progress."));
    }
}
