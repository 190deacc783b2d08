using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A performance with a set below its target, or sets missing, is classified a failure.</summary>
[Name(ProgressionRules.Failure)]
[Description("A session fails when any prescribed set falls below its target (reps, seconds or load), or sets are missing.")]
[Priority(100)]
[Tag(RuleTags.ProgressionPack)]
[Tag(RuleTags.Review)]
internal sealed class ShortfallFailsSession : Rule
{
    public override void Define()
    {
        ExercisePerformance performance = null!;

        // Classification first (priority 100): the streak rules match its outcome.
        When()
            .Match(() => performance, p => ProgressionRules.Shortfall(p) != null);

        Then()
            .Do(ctx => Fail(ctx, performance));
    }

    private static void Fail(IContext ctx, ExercisePerformance performance)
    {
        var p = performance;
        var miss = ProgressionRules.Shortfall(p)!.Value;
        ctx.Insert(new ExerciseOutcome(p, SessionOutcome.Failure, miss.Describe));
    }
}
