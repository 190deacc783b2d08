using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>
/// A low hamstring:quadriceps ratio inserts a <see cref="QuadricepsDominance"/> fact for the selection rules to match,
/// and records the finding with its numbers for the plan's own reasons.
/// </summary>
[Name(SelectionRules.QuadDominance)]
[Description("A hamstring:quadriceps strength ratio below MinHamstringQuadRatio (0.6 by default; the conventional H:Q ratio) means the quadriceps dominate the hamstrings.")]
[Priority(SelectionRules.FindingSalience)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class QuadricepsDominanceFound : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        PlanRequest request = null!;

        When()
            .Match(() => policy)
            .Match(() => request,
                r => r.Client.Assessment != null,
                r => r.Client.Assessment!.HamstringQuadRatio < policy.MinHamstringQuadRatio);

        Then()
            .Do(ctx => Find(ctx, request, policy));
    }

    private static void Find(IContext ctx, PlanRequest r, ProgressionPolicy policy)
    {
        var ratio = r.Client.Assessment!.HamstringQuadRatio!.Value;
        ctx.Insert(new QuadricepsDominance(r, ratio, policy.MinHamstringQuadRatio));
        ctx.Insert(new PlanFinding(new Reason(ctx.Rule.Name,
            () => $"Hamstring:quadriceps ratio {SelectionRules.N(ratio)} is below {SelectionRules.N(policy.MinHamstringQuadRatio)}: quadriceps dominant.")));
    }
}
