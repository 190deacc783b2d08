using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A set with no symptom above 0/10 goes on.</summary>
[Name(SafetyRules.NoSymptoms)]
[Description("A set with no symptom reported goes on.")]
[Priority(SafetyRules.SetSalience)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Set)]
internal sealed class NoSymptomsCarryOn : Rule
{
    public override void Define()
    {
        SetUnderReview set = null!;

        When()
            .Match(() => set)
            .Not<ReportedSymptom>(s => s.Set == set, s => s.Intensity > 0);

        Then()
            .Do(ctx => CarryOn(ctx));
    }

    private static void CarryOn(IContext ctx)
        => ctx.Insert(new SetFinding(SetAction.Continue, Referral.None, new Reason(ctx.Rule.Name, "No symptoms reported: carry on.")));
}
