using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>
/// A session done on another variant because the stored one's equipment was missing keeps the stored level and its
/// streaks (<see cref="SelectionRules.LevelKeptFor"/>). Its priority puts it before the classification rules (100), so
/// its hold is the one that stands among holds.
/// </summary>
[Name(SelectionRules.EquipmentKeepsLevel)]
[Description("A session done on another variant because the stored one's equipment was missing keeps the stored level: the step for the equipment was for that day only, the session does not count toward the stored level's streaks, and the level comes back with the equipment. A safer step (pain, a referral) still stands.")]
[Priority(SelectionRules.KeepLevelSalience)]
[Tag(RuleTags.ProgressionPack)]
[Tag(RuleTags.Review)]
internal sealed class MissingEquipmentKeepsLevel : Rule
{
    public override void Define()
    {
        ExercisePerformance performance = null!;

        When()
            .Match(() => performance, p => SelectionRules.LevelKeptFor(p) != null);

        Then()
            .Do(ctx => Keep(ctx, performance));
    }

    private static void Keep(IContext ctx, ExercisePerformance p)
    {
        var kept = SelectionRules.LevelKeptFor(p)!;
        var stored = p.Exercise.Variants[p.Exercise.IndexOf(kept.VariantId)];
        var missing = stored.MissingFrom(p.Client.Assessment?.Equipment);
        ctx.Insert(new StepProposal(p.ExerciseId, ProgressionStep.Hold, new Prescription(p.ExerciseId, kept.VariantId, kept.Tier, kept.Dosage),
            new Reason(ctx.Rule.Name,
                () => $"{p.Variant.Name} was done in place of {stored.Name}, which needs {missing}, which you do not have: your level, {stored.Name} at {kept.Dosage}, is kept with its streaks ({kept.SuccessStreak} successful, {kept.FailureStreak} missed in a row) and comes back with the equipment."))
        {
            KeepsProgress = kept,
        });
    }
}
