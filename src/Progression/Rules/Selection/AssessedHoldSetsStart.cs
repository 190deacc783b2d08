using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>
/// A measured hold (side bridge, Biering-Sørensen, single-leg bridge) sets where a new client starts the matching
/// exercise: the highest unloaded rung at hand whose starting dose fits in <see cref="ProgressionPolicy.AssessedStartFraction"/>
/// of the hold, at the largest dose on its step that fits (<see cref="SelectionRules.AssessedStartOf(ClientState, Exercise, CheckIn, ProgressionPolicy)"/>). Only for an
/// exercise the client has not started (progress, once earned, is moved by the progression rules alone), whose entry
/// rung the client can do, and not on a day a safety rule lowers it.
/// </summary>
[Name(SelectionRules.AssessedStart)]
[Description("A measured hold sets a new client's start on the matching exercise (side-bridge test → side bridge, Biering-Sørensen → extensor endurance work, single-leg bridge → glute bridge): the highest unloaded rung with the equipment at hand whose starting dose fits in AssessedStartFraction (0.5 by default) of the hold, at the largest dose on the rung's step that fits; reps count 10 s a rep on trunk work, 3 s on the bridge. Never over earned progress, never on a day a safety rule lowers the exercise.")]
[Priority(SelectionRules.AssessedStartSalience)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class AssessedHoldSetsStart : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        PlanCandidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => candidate,
                c => c.Progress == null,
                c => c.Request.Client.Assessment != null,
                c => SelectionRules.AssessedStartOf(c, policy) != null);

        Then()
            .Do(ctx => Start(ctx, policy, candidate));
    }

    private static void Start(IContext ctx, ProgressionPolicy policy, PlanCandidate c)
    {
        var start = SelectionRules.AssessedStartOf(c, policy)!;
        var variant = c.Exercise.Variants[start.Rung];
        var entry = c.Exercise.Variants[c.VariantIndex];
        var share = SelectionRules.Percent(policy.AssessedStartFraction);
        ctx.Insert(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Name, () =>
        {
            var budget = variant.Measure == DoseMeasure.Reps
                ? $"{SelectionRules.S(start.Budget)}, {Math.Floor(start.Budget / start.RepSeconds):0} reps at {SelectionRules.S(start.RepSeconds)} a rep"
                : SelectionRules.S(start.Budget);
            var rung = start.Rung == c.VariantIndex
                ? $"{variant.Name}, the entry rung"
                : $"{variant.Name}, {Rungs(start.Rung - c.VariantIndex)} above {entry.Name}";
            return $"{start.Test} {SelectionRules.S(start.Seconds)}: {share} of it is {budget}, which covers the start of {rung} ({SelectionRules.RangeText(variant)}); start there at {start.Prescription.Dosage}.";
        }))
        {
            Prescription = start.Prescription,
        });
    }

    private static string Rungs(int count) => count == 1 ? "one rung" : $"{count} rungs";
}
