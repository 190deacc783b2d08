using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Muscle soreness (DOMS) does not stop a set.</summary>
[Name(SafetyRules.SorenessAllowed)]
[Description("Muscle soreness (DOMS) does not stop a set.")]
[Priority(SafetyRules.SetSalience)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Set)]
internal sealed class MuscleSorenessAllowed : Rule
{
    public override void Define()
    {
        ReportedSymptom symptom = null!;

        When()
            .Match(() => symptom, s => s.Kind == SymptomKind.MuscleSoreness, s => s.Intensity > 0);

        Then()
            .Do(ctx => Allow(ctx, symptom));
    }

    private static void Allow(IContext ctx, ReportedSymptom s)
        => ctx.Insert(new SetFinding(SetAction.Continue, Referral.None,
            new Reason(ctx.Rule.Name, () => $"{SafetyRules.CapitalSiteName(s.Site)} muscle soreness {s.Intensity}/10 is normal after training: carry on.")));
}
