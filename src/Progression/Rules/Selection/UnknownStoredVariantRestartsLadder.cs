using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>
/// A stored variant the catalog no longer has starts the exercise's ladder again, and the plan says so (the facts do
/// the bringing back, through <see cref="SelectionRules.PlannableRung"/>; this rule words it).
/// </summary>
[Name(SelectionRules.StoredVariantUnknownPlan)]
[Description("A stored variant the catalog no longer has starts that exercise's ladder again, naming the old variant.")]
[Priority(850)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class UnknownStoredVariantRestartsLadder : Rule
{
    public override void Define()
    {
        PlanCandidate candidate = null!;

        When()
            .Match(() => candidate,
                c => c.Progress != null && !c.Progress.Paused,
                c => c.Exercise.IndexOf(c.Progress!.VariantId) < 0);

        Then()
            .Do(ctx => Say(ctx, candidate));
    }

    private static void Say(IContext ctx, PlanCandidate c)
    {
        var start = c.Exercise.Variants[c.VariantIndex];
        ctx.Insert(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Name,
            () => $"Your stored variant of {c.Exercise.Name}, '{c.Progress!.VariantId}', is no longer in the catalog: the ladder starts again at {start.Name} at {start.StartingDosage}.")));
    }
}
