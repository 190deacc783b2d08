using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>When the quadriceps dominate, quadriceps-dominant work is kept only with enough hip-dominant sets for each of its sets.</summary>
[Name(SelectionRules.QuadSetRatio)]
[Description("When the quadriceps dominate, quadriceps-dominant work stays in the plan only with at least HipSetsPerQuadSet (2 by default) hamstring or hip-dominant sets for each of its sets.")]
[Priority(SelectionRules.ImbalanceSalience)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class QuadWorkNeedsHipSets : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        QuadricepsDominance dominance = null!;
        PlanCandidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => dominance)
            .Match(() => candidate,
                c => c.Exercise.Pattern == MovementPattern.KneeDominant,
                c => c.Request == dominance.Request);

        Then()
            .Do(ctx => Limit(ctx, dominance, candidate, policy));
    }

    private static void Limit(IContext ctx, QuadricepsDominance q, PlanCandidate c, ProgressionPolicy policy)
    {
        ctx.Insert(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Name,
            () => $"Quadriceps dominant (H:Q {SelectionRules.N(q.Ratio)}): {c.Exercise.Name} is quadriceps-dominant work, kept only with at least {policy.HipSetsPerQuadSet} {SelectionRules.HipWork} sets for each of its sets."))
        {
            SetRatio = new PlanSetRatio(SelectionRules.HipWork, SetRatioRole.Limited, policy.HipSetsPerQuadSet),
        });
    }
}
