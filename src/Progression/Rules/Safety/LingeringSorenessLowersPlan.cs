using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Muscle soreness that lingers days after a session lowers the exercises that load that muscle one level.</summary>
[Name(SelectionRules.LingeringSorenessPlan)]
[Description("Muscle soreness still at LingeringSorenessIntensity (4/10 by default) or more LingeringSorenessDays (5 by default) days after a session lowers the work of the exercises that load that muscle one level.")]
[Priority(900)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Plan)]
internal sealed class LingeringSorenessLowersPlan : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        PlanCandidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => candidate,
                c => c.Progress != null && !c.Progress.Paused,
                c => SafetyRules.LingeringSoreness(c.Exercise, c.Request.CheckIn, policy) != null);

        Then()
            .Do(ctx => Lower(ctx, candidate, policy));
    }

    private static void Lower(IContext ctx, PlanCandidate c, ProgressionPolicy policy)
    {
        var soreness = SafetyRules.LingeringSoreness(c.Exercise, c.Request.CheckIn, policy)!;
        ctx.Insert(SelectionRules.Lowered(c, policy, ctx.Rule.Name,
            $"{Wording.Capital(ProgressionRules.Describe(soreness))} still there {c.Request.CheckIn!.DaysSinceLastSession} days after the last session", loadedAllowed: true));
    }
}
