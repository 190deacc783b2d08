using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A performance that met its target, but too hard or with joint pain, is classified neither success nor failure.</summary>
[Name(ProgressionRules.Neither)]
[Description("A session that meets the target but at RPE above SuccessMaxRpe (8 by default), or with joint pain above JointPainBlocksProgressionAbove/10 (0 by default; 2 under pain monitoring), neither succeeds nor fails: it is repeated.")]
[Priority(100)]
[Tag(RuleTags.ProgressionPack)]
[Tag(RuleTags.Review)]
internal sealed class TooHardSessionIsNeither : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        ExercisePerformance performance = null!;

        // Classification first (priority 100): the streak rules match its outcome.
        When()
            .Match(() => policy)
            .Match(() => performance,
                p => ProgressionRules.Shortfall(p) == null,
                p => ProgressionRules.FindObstacle(p, policy) != null);

        Then()
            .Do(ctx => Repeat(ctx, performance, policy));
    }

    private static void Repeat(IContext ctx, ExercisePerformance performance, ProgressionPolicy policy)
    {
        var p = performance;
        var obstacle = ProgressionRules.FindObstacle(p, policy)!.Value;
        ctx.Insert(new ExerciseOutcome(p, SessionOutcome.Neither, obstacle.Describe));
    }
}
