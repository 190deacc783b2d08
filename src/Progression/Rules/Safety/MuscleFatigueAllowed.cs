using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Muscle fatigue never stops a set by itself.</summary>
[Name(SafetyRules.FatigueAllowed)]
[Description("Muscle fatigue is expected and never stops a set by itself (seed: 'muscle fatigue is sometimes good to push through').")]
[Priority(SafetyRules.SetSalience)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Set)]
internal sealed class MuscleFatigueAllowed : Rule
{
    public override void Define()
    {
        ReportedSymptom symptom = null!;

        When()
            .Match(() => symptom, s => s.Kind == SymptomKind.MuscleFatigue, s => s.Intensity > 0);

        Then()
            .Do(ctx => Allow(ctx, symptom));
    }

    private static void Allow(IContext ctx, ReportedSymptom s)
        => ctx.Insert(new SetFinding(SetAction.Continue, Referral.None,
            new Reason(ctx.Rule.Name, () => $"{SafetyRules.CapitalSiteName(s.Site)} muscle fatigue {s.Intensity}/10 is expected: it is fine to keep going.")));
}
