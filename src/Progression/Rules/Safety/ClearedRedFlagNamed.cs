using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A red flag a clinician cleared does not block, and every plan names it.</summary>
[Name(SafetyRules.ClearedRedFlagNamed)]
[Description("A red flag a clinician assessed and cleared for the client does not stop the session; every plan still names it.")]
[Priority(SafetyRules.SetSalience + 20)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Plan)]
internal sealed class ClearedRedFlagNamed : Rule
{
    public override void Define()
    {
        PlanRequest request = null!;

        When()
            .Match(() => request, r => r.Client.ClearedRedFlags.Count > 0);

        Then()
            .Do(ctx => Name(ctx, request));
    }

    private static void Name(IContext ctx, PlanRequest r)
    {
        foreach (var cleared in r.Client.ClearedRedFlags)
        {
            var reported = r.CheckIn?.RedFlags.Contains(cleared) == true;
            ctx.Insert(new PlanFinding(new Reason(ctx.Rule.Name, () => reported
                ? $"{SafetyRules.FlagName(cleared)}: reported today, and assessed and cleared by a clinician for you, so it does not stop training; tell them about any change."
                : $"{SafetyRules.FlagName(cleared)}: assessed and cleared by a clinician for you, so it does not stop training; tell them about any change.")));
        }
    }
}
