using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A nerve symptom in the saddle area or both legs stops the session: emergency.</summary>
[Name(SafetyRules.CaudaEquinaSymptom)]
[Description("Numbness, weakness or radiating pain in the saddle area or both legs can be cauda equina syndrome: stop and seek emergency care (NICE NG59).")]
[Priority(SafetyRules.SetSalience + 30)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Set)]
internal sealed class CaudaEquinaSymptomEmergency : Rule
{
    public override void Define()
    {
        ReportedSymptom symptom = null!;

        When()
            .Match(() => symptom, s => SafetyRules.IsNeurological(s.Kind), s => s.Intensity > 0, s => SafetyRules.IsCaudaEquinaSite(s.Site));

        Then()
            .Do(ctx => Stop(ctx, symptom));
    }

    private static void Stop(IContext ctx, ReportedSymptom symptom)
    {
        var s = symptom.Symptom;
        ctx.Insert(new SetFinding(SetAction.StopSession, Referral.Emergency,
            new Reason(ctx.Rule.Name, () => $"Session stopped: {ProgressionRules.Describe(s)} is an emergency sign — go to an emergency department now.")));
    }
}
