using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>
/// When one leg is weaker, hip-dominant work is done one leg at a time, weaker leg first with one extra set
/// (<see cref="SelectionRules.UnilateralRung"/>); never over earned progress, and not on a day a safety rule lowers it.
/// </summary>
[Name(SelectionRules.UnilateralVariant)]
[Description("When one leg is weaker, hip-dominant work is done one leg at a time, weaker leg first with one extra set on it: the current variant if it is one-legged; for an exercise not yet started, the next rung up if it is one-legged, on the same tier, with the equipment at hand, and the weaker leg held the single-leg bridge test; never further up, and never over earned progress.")]
[Priority(SelectionRules.ImbalanceSalience)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class OneLegHipWorkForWeakerLeg : Rule
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
                c => c.Exercise.Pattern == MovementPattern.HipDominant,
                c => !SelectionRules.LoweredToday(c, policy),
                c => c.Request == asymmetry.Request,
                c => SelectionRules.UnilateralRung(c, asymmetry) >= 0);

        Then()
            .Do(ctx => OneLeg(ctx, asymmetry, candidate));
    }

    private static void OneLeg(IContext ctx, LimbAsymmetry a, PlanCandidate c)
    {
        var rung = SelectionRules.UnilateralRung(c, a);
        var variant = c.Exercise.Variants[rung];
        var side = SelectionRules.Lower(a.WeakerSide);
        var stays = rung == c.VariantIndex;
        string Found() => $"Limb symmetry index {SelectionRules.Percent(a.Index)} ({SelectionRules.S(a.Seconds.Left)} left, {SelectionRules.S(a.Seconds.Right)} right)";
        ctx.Insert(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Name, () => stays
            ? $"{Found()}: {variant.Name} works one leg at a time; {side} leg first, one extra set on the {side}."
            : $"{Found()}: {variant.Name}, one rung up from {c.Exercise.Variants[c.VariantIndex].Name} on the same tier (your {side} leg held the single-leg bridge {SelectionRules.S(a.WeakerSeconds)}), at {variant.StartingDosage}; {side} leg first, one extra set on the {side}."))
        {
            Prescription = stays ? null : new Prescription(c.ExerciseId, variant.Id, variant.Tier, variant.StartingDosage),
            Priority = SelectionRules.UnilateralPriority,
            FirstSide = a.WeakerSide,
            ExtraSets = 1,
            ExtraSetsSide = a.WeakerSide,
        });
    }
}
