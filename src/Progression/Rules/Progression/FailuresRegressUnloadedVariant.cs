using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Enough failed sessions in a row on an unloaded variant go back one variant (or one dose step on the first rung).</summary>
[Name(ProgressionRules.RegressAfterFailures)]
[Description("FailuresToDeload (3 by default) failed sessions in a row on an unloaded variant go back one variant, at its top dose; on the first rung, one dose step back.")]
[Tag(RuleTags.ProgressionPack)]
[Tag(RuleTags.Review)]
internal sealed class FailuresRegressUnloadedVariant : Rule
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
                o => o.Performance!.Variant.Load == null,
                o => o.Performance!.Progress.FailureStreak + 1 >= policy.FailuresToDeload);

        Then()
            .Do(ctx => Regress(ctx, outcome, policy));
    }

    private static void Regress(IContext ctx, ExerciseOutcome outcome, ProgressionPolicy policy)
    {
        var p = outcome.Performance!;
        var move = Ladder.Down(p.Exercise, p.VariantIndex, p.Progress.Dosage, p.Client.Assessment, policy);
        ctx.Insert(new StepProposal(p.ExerciseId, move.Step, move.To,
            new Reason(ctx.Rule.Name, () => $"{policy.FailuresToDeload} missed sessions in a row at {p.Progress.Dosage}: {move.Describe()}.")));
    }
}
