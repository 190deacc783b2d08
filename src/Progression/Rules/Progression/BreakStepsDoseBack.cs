using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>After a long enough break, each exercise steps back one dose step per BreakDaysPerStep days away, at most one variant (detraining).</summary>
[Name(BreakRules.BreakStepsBack)]
[Description("BreakDaysPerStep (14 by default) or more days since the last session step each exercise back one dose step per BreakDaysPerStep days away, at most one variant (detraining).")]
[Priority(BreakRules.BreakSalience)]
[Tag(RuleTags.ProgressionPack)]
[Tag(RuleTags.Plan)]
internal sealed class BreakStepsDoseBack : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        PlanCandidate candidate = null!;

        // A flare or missing equipment already lowers the day's prescription by its own rule: one lowering a day.
        When()
            .Match(() => policy)
            .Match(() => candidate,
                c => c.Progress != null && !c.Progress.Paused,
                c => c.Prescription.VariantId == c.Progress!.VariantId,
                c => SelectionRules.HasEquipment(c.Request.Client, c.Exercise.Variants[c.VariantIndex]),
                c => !SelectionRules.LoweredToday(c, policy),
                c => BreakRules.StepsBackToday(c, policy));

        Then()
            .Do(ctx => StepBack(ctx, candidate, policy));
    }

    private static void StepBack(IContext ctx, PlanCandidate candidate, ProgressionPolicy policy)
    {
        var c = candidate;
        var days = BreakRules.DaysAway(c.Request.Client, c.Request.CheckIn)!.Value;
        var move = BreakRules.Detrain(c.Exercise, c.VariantIndex, c.Prescription.Dosage, BreakRules.StepsAway(days, policy), policy, c.Request.Client.Assessment);
        ctx.Insert(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Name, () => $"{BreakRules.Days(days)} since the last session: {move.Describe()}."))
        {
            Prescription = move.Step == ProgressionStep.Hold ? null : move.To,
        });
    }
}
