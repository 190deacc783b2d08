using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Too many sessions in a row that met the target too hard step the dose back one step.</summary>
[Name(ProgressionRules.StepBackAfterHardHolds)]
[Description("HardHoldsToStepBack (6 by default) sessions in a row that met the target but too hard step the dose back one step: rebuild from one step lower.")]
[Tag(RuleTags.ProgressionPack)]
[Tag(RuleTags.Review)]
internal sealed class HardHoldsStepDoseBack : Rule
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
                o => o.Outcome == SessionOutcome.Neither && o.Performance != null,
                o => o.Performance!.Progress.HardStreak + 1 >= policy.HardHoldsToStepBack);

        Then()
            .Do(ctx => StepBack(ctx, outcome, policy));
    }

    private static void StepBack(IContext ctx, ExerciseOutcome outcome, ProgressionPolicy policy)
    {
        var o = outcome;
        var p = o.Performance!;
        var move = Ladder.StepDown(p.Exercise, p.VariantIndex, p.Progress.Dosage, policy, p.Client.Assessment);
        ctx.Insert(new StepProposal(p.ExerciseId, move.Step, move.To,
            new Reason(ctx.Rule.Name, () => move.Step == ProgressionStep.Hold
                ? $"{Wording.Capital(o.Detail)}: {p.Progress.HardStreak + 1} sessions in a row at {p.Progress.Dosage} met the target but too hard (the limit is {policy.HardHoldsToStepBack}), and there is no lower step: {move.Describe()}, and ask a physiotherapist whether this exercise suits you."
                : $"{Wording.Capital(o.Detail)}: {p.Progress.HardStreak + 1} sessions in a row at {p.Progress.Dosage} met the target but too hard (the limit is {policy.HardHoldsToStepBack}), so rebuild from one step lower: {move.Describe()}.")));
    }
}
