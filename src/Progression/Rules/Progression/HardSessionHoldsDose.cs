using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A session that met its target too hard, short of the step-back limit, is repeated at the same dose.</summary>
[Name(ProgressionRules.HoldHardSession)]
[Description("A session that met the target with too much effort or pain is repeated at the same dose, up to HardHoldsToStepBack − 1 (5 by default) times in a row.")]
[Tag(RuleTags.ProgressionPack)]
[Tag(RuleTags.Review)]
internal sealed class HardSessionHoldsDose : Rule
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
                o => o.Performance!.Progress.HardStreak + 1 < policy.HardHoldsToStepBack);

        Then()
            .Do(ctx => Hold(ctx, outcome, policy));
    }

    private static void Hold(IContext ctx, ExerciseOutcome outcome, ProgressionPolicy policy)
    {
        var o = outcome;
        var p = o.Performance!;
        ctx.Insert(ProgressionRules.Hold(p, ctx.Rule.Name, () => $"{Wording.Capital(o.Detail)}: repeat {p.Progress.Dosage} until it feels like RPE {policy.SuccessMaxRpe} or easier, without pain."));
    }
}
