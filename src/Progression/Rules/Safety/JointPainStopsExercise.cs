using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Joint pain above the policy's limit stops the exercise.</summary>
[Name(SafetyRules.JointPainStops)]
[Description("Joint pain above the policy's JointPainStopsAbove (0 by default: any joint pain; 5 under pain monitoring, Thomeé 1997) stops the exercise: never push through joint pain (seed: 'joint pain is always something you want to avoid').")]
[Priority(SafetyRules.SetSalience + 10)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Set)]
internal sealed class JointPainStopsExercise : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        ReportedSymptom symptom = null!;

        When()
            .Match(() => policy)
            .Match(() => symptom, s => s.Kind == SymptomKind.JointPain, s => s.Intensity > policy.JointPainStopsAbove);

        Then()
            .Do(ctx => Stop(ctx, symptom));
    }

    private static void Stop(IContext ctx, ReportedSymptom symptom)
    {
        var s = symptom.Symptom;
        ctx.Insert(new SetFinding(SetAction.StopExercise, Referral.None,
            new Reason(ctx.Rule.Name, () => $"Stopped: {ProgressionRules.Describe(s)} — never push through joint pain.")));
    }
}
