using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>
/// A stored dose outside its variant's range is planned inside it, and the plan says so (the facts do the bringing
/// back, through <see cref="SelectionRules.DoseInRange"/>; this rule words it).
/// </summary>
[Name(SelectionRules.StoredDoseOutOfRangePlan)]
[Description("A stored dose outside its variant's range (reps or seconds, load) is planned inside the range, naming the stored dose.")]
[Priority(850)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class StoredDoseBroughtIntoRange : Rule
{
    public override void Define()
    {
        PlanCandidate candidate = null!;

        When()
            .Match(() => candidate,
                c => c.Progress != null && !c.Progress.Paused,
                c => c.Exercise.IndexOf(c.Progress!.VariantId) >= 0,
                c => SelectionRules.DoseInRange(c.Exercise.Variants[c.VariantIndex], c.Progress!.Dosage) != null);

        Then()
            .Do(ctx => Say(ctx, candidate));
    }

    private static void Say(IContext ctx, PlanCandidate c)
    {
        var variant = c.Exercise.Variants[c.VariantIndex];
        ctx.Insert(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Name,
            () => $"Your stored dose of {variant.Name}, {c.Progress!.Dosage}, is outside its range ({SelectionRules.RangeText(variant)}): planned at {c.Prescription.Dosage} instead.")));
    }
}
