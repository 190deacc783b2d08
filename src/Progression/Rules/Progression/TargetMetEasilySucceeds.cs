using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A performance whose every set met its target at an acceptable effort and without joint pain is classified a success.</summary>
[Name(ProgressionRules.Success)]
[Description("A session succeeds when every prescribed set meets its target at RPE SuccessMaxRpe (8 by default) or easier, without joint pain.")]
[Priority(100)]
[Tag(RuleTags.ProgressionPack)]
[Tag(RuleTags.Review)]
internal sealed class TargetMetEasilySucceeds : Rule
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
                p => ProgressionRules.FindObstacle(p, policy) == null);

        Then()
            .Do(ctx => Succeed(ctx, performance));
    }

    private static void Succeed(IContext ctx, ExercisePerformance performance)
    {
        var p = performance;
        ctx.Insert(new ExerciseOutcome(p, SessionOutcome.Success, () => $"every set met {p.Progress.Dosage}"));
    }
}
