using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Morning pain risen above baseline after the last session lowers that session's exercises one level (the 24-hour rule).</summary>
[Name(SelectionRules.MorningPainPlan)]
[Description("Pain this morning MorningPainRiseToRegress (2 by default) or more points above baseline lowers the exercises of the last session one level, whatever progression was due (the 24-hour rule).")]
[Priority(900)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Plan)]
internal sealed class MorningPainLowersPlan : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        PlanCandidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => candidate,
                c => c.Progress != null && !c.Progress.Paused,
                c => SafetyRules.MorningPainRise(c.Request.CheckIn) >= policy.MorningPainRiseToRegress,
                c => c.Request.Client.LastSessionExercises.Contains(c.ExerciseId));

        Then()
            .Do(ctx => Lower(ctx, candidate, policy));
    }

    private static void Lower(IContext ctx, PlanCandidate c, ProgressionPolicy policy)
    {
        var checkIn = c.Request.CheckIn!;
        ctx.Insert(SelectionRules.Lowered(c, policy, ctx.Rule.Name, $"Morning pain {checkIn.MorningPain}/10 against a baseline of {checkIn.BaselinePain}/10 after the last session", loadedAllowed: true));
    }
}
