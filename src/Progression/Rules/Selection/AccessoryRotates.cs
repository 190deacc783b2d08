using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>
/// An accessory exercise that has stayed <see cref="ProgressionPolicy.AccessoryRotationSessions"/> sessions yields its
/// slot to another exercise of its region (<see cref="SelectionRules.RotationIn"/>); it keeps its stored level for when
/// it comes back.
/// </summary>
/// <remarks>
/// It reads every candidate and every choice made so far, so it collects them, joined to a region's rotation turn
/// (<see cref="RotationTurn"/>: a region with a served stint and another exercise; none in a plan without one, so it
/// keeps no collection). Once a region, not once per exercise whose stint is served: after six sessions that is every
/// exercise of the plan, and each match's collections are updated on every choice inserted (a plan measured five times
/// a steady one). It fires once per turn: its own choices change the collected choices, which must not make it fire
/// again.
/// </remarks>
[Name(SelectionRules.AccessoryRotation)]
[Description("An accessory exercise (only continued, not chosen by an imbalance, safety or equipment rule) that has stayed AccessoryRotationSessions (6 by default) sessions yields its slot to another exercise of its region the client has the equipment for and has rested longest; one a region a session, never a region's only exercise; the rotated-out exercise keeps its level.")]
[Priority(SelectionRules.RotationSalience)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class AccessoryRotates : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        RotationTurn turn = null!;
        IEnumerable<PlanCandidate> candidates = null!;
        IEnumerable<PlanChoice> choices = null!;

        When()
            .Match(() => policy)
            .Match(() => turn)
            .Query(() => candidates, q => q.Match<PlanCandidate>(c => c.Request == turn.Request).Collect())
            .Query(() => choices, q => q.Match<PlanChoice>(ch => ch.ExerciseId.Length > 0 && turn.Request != null).Collect());

        Then()
            .Do(ctx => Rotate(ctx, turn, candidates, choices, policy));
    }

    private static void Rotate(IContext ctx, RotationTurn turn, IEnumerable<PlanCandidate> candidates, IEnumerable<PlanChoice> choices, ProgressionPolicy policy)
    {
        if (SelectionRules.RotationIn(turn.Region, candidates, choices, policy) is not var (gone, comes))
        {
            return;
        }

        ctx.Insert(new PlanChoice(gone.ExerciseId, new Reason(ctx.Rule.Name, () => SelectionRules.RotatedOut(gone, comes, policy))) { Exclude = true });
        ctx.Insert(new PlanChoice(comes.ExerciseId, new Reason(ctx.Rule.Name, () => SelectionRules.RotatedIn(comes, gone, policy))) { Priority = SelectionRules.ContinuePriority });
    }
}
