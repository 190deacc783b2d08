using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Enough failed sessions in a row on a loaded variant take work off (a deload).</summary>
[Name(ProgressionRules.DeloadAfterFailures)]
[Description("FailuresToDeload (3 by default) failed sessions in a row on a loaded variant take about DeloadPercent (10 % by default) off the work: by load where the increments allow, else by reps or seconds, never below the variant's lightest load; with no lower dose, back one variant (StrongLifts 5×5).")]
[Tag(RuleTags.ProgressionPack)]
[Tag(RuleTags.Review)]
internal sealed class FailuresDeloadLoadedVariant : Rule
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
                o => o.Performance!.Variant.Load != null,
                o => o.Performance!.Progress.FailureStreak + 1 >= policy.FailuresToDeload);

        Then()
            .Do(ctx => Deload(ctx, outcome, policy));
    }

    private static void Deload(IContext ctx, ExerciseOutcome outcome, ProgressionPolicy policy)
    {
        var p = outcome.Performance!;
        var move = Ladder.Deload(p.Exercise, p.VariantIndex, p.Progress.Dosage, policy, p.Client.Assessment);
        ctx.Insert(new StepProposal(p.ExerciseId, move.Step, move.To,
            new Reason(ctx.Rule.Name, () => $"{policy.FailuresToDeload} missed sessions in a row at {p.Progress.Dosage}: {move.Describe()}.")));
    }
}
