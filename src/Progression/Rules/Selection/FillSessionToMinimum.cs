using System.Runtime.CompilerServices;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>
/// Every exercise the client has not started and the balanced session does not hold is offered as a filler, hips and
/// hamstrings first (<see cref="SelectionRules.Reserve"/>), for when exclusions leave the session short; so is an
/// exercise resting after its rotation stint (<see cref="SelectionRules.Resting"/>), at its stored level, so that a
/// region it alone can supply (or a short session) gets it back.
/// </summary>
[Name(SelectionRules.FillToMinimum)]
[Description("When exclusions (equipment, pauses) leave fewer than MinExercises (5 by default) exercises, or a region lacks work, the rest of the catalog fills the session, hips and hamstrings first; an exercise resting after its rotation stint is offered too, at its stored level.")]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class FillSessionToMinimum : Rule
{
    // A filler's sentence depends only on the exercise (and the policy's MinExercises): made once per exercise and
    // policy, not once per plan.
    private static readonly ConditionalWeakTable<ProgressionPolicy, PerExercise<Reason>> ReasonsByPolicy = new();

    public override void Define()
    {
        ProgressionPolicy policy = null!;
        PlanCandidate candidate = null!;

        When()
            .Match(() => policy)
            .Match(() => candidate,
                c => (c.Progress == null && SelectionRules.IndexOf(SelectionRules.Balanced, c.ExerciseId) < 0)
                     || SelectionRules.Resting(c, policy));

        Then()
            .Do(ctx => Fill(ctx, candidate, policy));
    }

    private static void Fill(IContext ctx, PlanCandidate c, ProgressionPolicy policy)
    {
        var index = SelectionRules.IndexOf(SelectionRules.Reserve, c.ExerciseId);
        ctx.Insert(new PlanChoice(c.ExerciseId, ReasonsFor(policy).For(c.Exercise))
        {
            Priority = index >= 0 ? SelectionRules.ReservePriority - index : 0,
            Reserve = true,
        });
    }

    private static PerExercise<Reason> ReasonsFor(ProgressionPolicy policy)
        => ReasonsByPolicy.GetValue(policy, Make);

    private static PerExercise<Reason> Make(ProgressionPolicy policy)
    {
        var plainFiller = new Reason(SelectionRules.FillToMinimum, $"Added to reach a session of {policy.MinExercises} exercises.");
        return new PerExercise<Reason>(e => SelectionRules.IndexOf(SelectionRules.Reserve, e.Id) is var index and >= 0
            ? new Reason(SelectionRules.FillToMinimum, $"Added to reach a session of {policy.MinExercises} exercises: {e.Name} works {SelectionRules.Reserve[index].Region} the lower back.")
            : plainFiller);
    }
}
