using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>
/// After a re-assessment (<see cref="ClientState.WithAssessment"/>), each imbalance the previous assessment found and
/// the new one does not is named in the plan's reasons, with both measurements: it no longer shapes the plan.
/// </summary>
[Name(SelectionRules.FindingGone)]
[Description("After a re-assessment, an imbalance the previous assessment found and the new one does not (same thresholds as the finding rules) is named in the plan's reasons with both measurements: it no longer shapes the plan.")]
[Priority(SelectionRules.FindingSalience)]
[Tag(RuleTags.Selection)]
[Tag(RuleTags.Plan)]
internal sealed class FindingGoneAtReassessment : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        PlanRequest request = null!;

        When()
            .Match(() => policy)
            .Match(() => request,
                r => r.Client.PreviousAssessment != null,
                r => SelectionRules.GoneFindings(r.Client.PreviousAssessment!, r.Client.Assessment, policy).Count > 0);

        Then()
            .Do(ctx => Say(ctx, request, policy));
    }

    private static void Say(IContext ctx, PlanRequest r, ProgressionPolicy policy)
    {
        foreach (var sentence in SelectionRules.GoneFindings(r.Client.PreviousAssessment!, r.Client.Assessment, policy))
        {
            ctx.Insert(new PlanFinding(new Reason(ctx.Rule.Name, sentence)));
        }
    }
}
