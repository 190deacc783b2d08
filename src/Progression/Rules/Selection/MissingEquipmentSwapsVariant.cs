using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A variant whose equipment the client lacks is swapped for one they can do today; the stored level is kept.</summary>
[Name(SelectionRules.EquipmentAvailable)]
[Description("Only variants whose equipment the client has (or a stand-in the catalog allows) are planned: the highest such variant below the client's level, else the nearest above it that is not loaded, at its starting dose; the stored level is kept for when the equipment is back.")]
[Priority(800)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class MissingEquipmentSwapsVariant : Rule
{
    public override void Define()
    {
        PlanCandidate candidate = null!;

        When()
            .Match(() => candidate, c => !SelectionRules.HasEquipment(c.Request.Client, c.Exercise.Variants[c.VariantIndex]));

        Then()
            .Do(ctx => Swap(ctx, candidate));
    }

    private static void Swap(IContext ctx, PlanCandidate c)
    {
        var variant = c.Exercise.Variants[c.VariantIndex];
        var missing = variant.MissingFrom(c.Request.Client.Assessment!.Equipment);
        var rung = SelectionRules.PlannableRung(c.Request.Client, c.Exercise, c.VariantIndex);
        if (rung < 0)
        {
            ctx.Insert(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Name, () => $"{c.Exercise.Name} needs {missing}, which you do not have, and no variant without it is easier than loaded work.")) { Exclude = true });
            return;
        }

        var instead = c.Exercise.Variants[rung];
        var direction = rung < c.VariantIndex ? "an easier variant" : "the nearest variant up that needs nothing you lack";
        var kept = c.Progress is null ? "" : $"; your level, {variant.Name} at {c.Prescription.Dosage}, is kept and comes back with the equipment";
        ctx.Insert(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Name, () => $"{variant.Name} needs {missing}, which you do not have: {instead.Name} ({direction}) at {instead.StartingDosage} today instead{kept}."))
        {
            Prescription = new Prescription(c.ExerciseId, instead.Id, instead.Tier, instead.StartingDosage),
        });
    }
}
