using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Short hip flexors get the hip flexor stretch early, the short (or tighter) side first.</summary>
[Name(SelectionRules.HipFlexorStretch)]
[Description("Short hip flexors get the hip flexor stretch early in the session, the short side first with one extra set; when both sides are short, the tighter side first.")]
[Priority(SelectionRules.ImbalanceSalience)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class StretchShortHipFlexors : Rule
{
    public override void Define()
    {
        ShortHipFlexors tight = null!;
        PlanCandidate candidate = null!;

        When()
            .Match(() => tight)
            .Match(() => candidate,
                c => SelectionRules.IsHipFlexorStretch(c.Exercise),
                c => c.Request == tight.Request);

        Then()
            .Do(ctx => Stretch(ctx, tight, candidate));
    }

    private static void Stretch(IContext ctx, ShortHipFlexors t, PlanCandidate c)
    {
        ctx.Insert(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Name, () => t.BothSides
            ? $"Short hip flexors on both sides (Thomas test {SelectionRules.Deg(t.Angle.Left)} left, {SelectionRules.Deg(t.Angle.Right)} right): {c.Exercise.Name} on both sides{(t.TighterSide is { } first ? $", {SelectionRules.Lower(first)} first as it is tighter" : "")}."
            : $"Short hip flexors on the {SelectionRules.Lower(t.TighterSide!.Value)} (Thomas test {SelectionRules.Deg(t.Angle[t.TighterSide.Value])}): {c.Exercise.Name}, {SelectionRules.Lower(t.TighterSide.Value)} side first with one extra set."))
        {
            Priority = SelectionRules.HipFlexorStretchPriority,
            FirstSide = t.TighterSide,
            ExtraSets = t.BothSides ? 0 : 1,
            ExtraSetsSide = t.BothSides ? null : t.TighterSide,
        });
    }
}
