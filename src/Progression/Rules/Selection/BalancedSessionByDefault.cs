using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>With nothing else to go on, the session works below, around and above the lower back (<see cref="SelectionRules.Balanced"/>).</summary>
[Name(SelectionRules.BalancedSession)]
[Description("With nothing else to go on, a session works below, around and above the lower back (seed: 'the flexibility and strength of the muscles below, around, and above it').")]
[Priority(100)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class BalancedSessionByDefault : Rule
{
    // The sentence depends only on the exercise: made once per exercise, not once per plan.
    private static readonly PerExercise<Reason> Reasons = new(e => new Reason(SelectionRules.BalancedSession,
        $"{e.Name} works {SelectionRules.Balanced[SelectionRules.IndexOf(SelectionRules.Balanced, e.Id)].Region} the lower back: part of the balanced session."));

    public override void Define()
    {
        PlanCandidate candidate = null!;

        When()
            .Match(() => candidate,
                c => c.Progress == null,
                c => SelectionRules.IndexOf(SelectionRules.Balanced, c.ExerciseId) >= 0);

        Then()
            .Do(ctx => Choose(ctx, candidate));
    }

    private static void Choose(IContext ctx, PlanCandidate c)
    {
        ctx.Insert(new PlanChoice(c.ExerciseId, Reasons.For(c.Exercise)) { Priority = 40 - SelectionRules.IndexOf(SelectionRules.Balanced, c.ExerciseId) });
    }
}
