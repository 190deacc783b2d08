using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>When one leg is weaker, one-legged knee-dominant work starts on the weaker leg with one extra set; it is not added for that.</summary>
[Name(SelectionRules.WeakerLegFirst)]
[Description("When one leg is weaker, knee-dominant work that is already done one leg at a time starts on the weaker leg and gives it one extra set; it is not added for that.")]
[Priority(SelectionRules.ImbalanceSalience)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class WeakerLegFirstOnKneeWork : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        LimbAsymmetry asymmetry = null!;
        PlanCandidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => asymmetry)
            .Match(() => candidate,
                c => c.Exercise.Pattern == MovementPattern.KneeDominant,
                c => c.Exercise.Variants[c.VariantIndex].IsUnilateral,
                c => SelectionRules.HasEquipment(c.Request.Client, c.Exercise.Variants[c.VariantIndex]),
                c => !SelectionRules.LoweredToday(c, policy),
                c => c.Request == asymmetry.Request);

        Then()
            .Do(ctx => WeakerFirst(ctx, asymmetry, candidate));
    }

    private static void WeakerFirst(IContext ctx, LimbAsymmetry a, PlanCandidate c)
    {
        var side = SelectionRules.Lower(a.WeakerSide);
        ctx.Insert(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Name,
            () => $"Limb symmetry index {SelectionRules.Percent(a.Index)}: if you do {c.Exercise.Name} today, {side} leg first and one extra set on the {side}."))
        {
            FirstSide = a.WeakerSide,
            ExtraSets = 1,
            ExtraSetsSide = a.WeakerSide,
        });
    }
}
