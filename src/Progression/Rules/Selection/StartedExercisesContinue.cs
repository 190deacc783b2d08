using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>
/// Exercises the client is already progressing on stay in the program at their current variant and dose, except one
/// resting after its rotation stint (<see cref="SelectionRules.Resting"/>).
/// </summary>
[Name(SelectionRules.ContinueProgram)]
[Description("Exercises the client is already progressing on stay in the program at their current variant and dose, except one resting after its rotation stint (AccessoryRotationSessions sessions in a row, not done last session).")]
[Priority(100)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class StartedExercisesContinue : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        PlanCandidate candidate = null!;

        // A resting exercise (rotated out after its stint) is not continued: it comes back by selection.accessory-rotation.
        When()
            .Match(() => policy)
            .Match(() => candidate, c => c.Progress != null && !c.Progress.Paused, c => !SelectionRules.Resting(c, policy));

        Then()
            .Do(ctx => Continue(ctx, candidate));
    }

    private static void Continue(IContext ctx, PlanCandidate c)
    {
        ctx.Insert(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Name, () => $"Continue {c.Exercise.Variants[c.VariantIndex].Name} at {c.Prescription.Dosage}.")) { Priority = SelectionRules.ContinuePriority });
    }
}
