using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>A nerve symptom away from the saddle area and both legs stops the session and refers (Routine).</summary>
[Name(SafetyRules.NeurologicalStops)]
[Description("Radiating pain, numbness or weakness stops the session and calls for a professional's opinion.")]
[Priority(SafetyRules.SetSalience + 20)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Set)]
internal sealed class NeurologicalSymptomStopsSession : Rule
{
    public override void Define()
    {
        ReportedSymptom symptom = null!;

        When()
            .Match(() => symptom, s => SafetyRules.IsNeurological(s.Kind), s => s.Intensity > 0, s => !SafetyRules.IsCaudaEquinaSite(s.Site));

        Then()
            .Do(ctx => Stop(ctx, symptom));
    }

    private static void Stop(IContext ctx, ReportedSymptom symptom)
    {
        var s = symptom.Symptom;
        ctx.Insert(new SetFinding(SetAction.StopSession, Referral.Routine,
            new Reason(ctx.Rule.Name, () => $"Session stopped: {ProgressionRules.Describe(s)} can come from an irritated nerve — book a visit with a physiotherapist or doctor before training again.")));
    }
}
