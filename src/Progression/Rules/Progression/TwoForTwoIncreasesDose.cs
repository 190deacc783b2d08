using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Enough successful sessions in a row raise the dose one step up the ladder (2-for-2).</summary>
[Name(ProgressionRules.TwoForTwo)]
[Description("After SuccessesToProgress (2 by default) successful sessions in a row the dose goes up: reps or seconds first, then load in steps of about LoadIncreasePercent (5 % by default; never below MinLoadIncreasePercent, 2 %, or above MaxLoadIncreasePercent, 10 %; where the smallest increment is larger, the set's work stays within −MaxWorkLossPercent/+MaxWorkGainPercent, −15 %/+10 %), then the next variant (NSCA 2-for-2; ACSM 2009).")]
[Tag(RuleTags.ProgressionPack)]
[Tag(RuleTags.Review)]
internal sealed class TwoForTwoIncreasesDose : Rule
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
                o => o.Performance!.Progress.SuccessStreak + 1 >= policy.SuccessesToProgress);

        Then()
            .Do(ctx => Increase(ctx, outcome, policy));
    }

    private static void Increase(IContext ctx, ExerciseOutcome outcome, ProgressionPolicy policy)
    {
        var p = outcome.Performance!;
        var move = Ladder.Up(p.Exercise, p.VariantIndex, p.Progress.Dosage, policy, p.Client.Assessment);
        ctx.Insert(new StepProposal(p.ExerciseId, move.Step, move.To,
            new Reason(ctx.Rule.Name, () => $"{ProgressionRules.Count(p.Progress.SuccessStreak + 1, policy.SuccessesToProgress)} successful sessions at {p.Progress.Dosage}: {move.Describe()}.")));
    }
}
