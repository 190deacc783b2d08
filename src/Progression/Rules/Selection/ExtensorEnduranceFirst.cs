using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Weak back extensors put extensor endurance work first among the strength work.</summary>
[Name(SelectionRules.ExtensorsFirst)]
[Description("Weak back extensors (McGill flexor:extensor ratio too high) put extensor endurance work first among the strength work.")]
[Priority(SelectionRules.ImbalanceSalience)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class ExtensorEnduranceFirst : Rule
{
    public override void Define()
    {
        WeakExtensors weak = null!;
        PlanCandidate candidate = null!;

        When()
            .Match(() => weak)
            .Match(() => candidate,
                c => SelectionRules.IsExtensorEndurance(c.Exercise),
                c => c.Request == weak.Request);

        Then()
            .Do(ctx => First(ctx, weak, candidate));
    }

    private static void First(IContext ctx, WeakExtensors w, PlanCandidate c)
    {
        ctx.Insert(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Name,
            () => $"Flexor:extensor endurance ratio {SelectionRules.N(w.Ratio)} is above {SelectionRules.N(w.Threshold)}: {c.Exercise.Name} trains back-extensor endurance, so it comes first among the strength work."))
        {
            Priority = SelectionRules.ExtensorPriority,
        });
    }
}
