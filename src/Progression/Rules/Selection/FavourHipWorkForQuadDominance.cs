using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>When the quadriceps dominate, hip-dominant work is favoured and counted as the supporting side of the set ratio.</summary>
[Name(SelectionRules.FavourHipWork)]
[Description("When the quadriceps dominate, hip-dominant work for the hamstrings and glutes is favoured over quadriceps-dominant work.")]
[Priority(SelectionRules.ImbalanceSalience)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class FavourHipWorkForQuadDominance : Rule
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
                c => c.Exercise.Pattern == MovementPattern.HipDominant,
                c => c.Request == dominance.Request);

        Then()
            .Do(ctx => Favour(ctx, dominance, candidate, policy));
    }

    private static void Favour(IContext ctx, QuadricepsDominance q, PlanCandidate c, ProgressionPolicy policy)
    {
        ctx.Insert(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Name,
            () => $"Hamstring:quadriceps ratio {SelectionRules.N(q.Ratio)} is below {SelectionRules.N(q.Threshold)}: {c.Exercise.Name} is hip-dominant work for the {SelectionRules.Targets(c.Exercise)}, favoured over quadriceps-dominant work."))
        {
            Priority = SelectionRules.HipWorkPriority,
            SetRatio = new PlanSetRatio(SelectionRules.HipWork, SetRatioRole.Supporting, policy.HipSetsPerQuadSet),
        });
    }
}
