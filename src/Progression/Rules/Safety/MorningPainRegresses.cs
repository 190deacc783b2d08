using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Progression.Facts;
using Progression.Packs;

namespace Progression.Rules;

/// <summary>Morning pain after a session (the 24-hour rule) lowers that session's exercises once.</summary>
[Name(SafetyRules.MorningPainReview)]
[Description("Pain the morning after a session the policy's MorningPainRiseToRegress (2 by default; 1 under pain monitoring) or more points above baseline lowers that session's exercises one level, and morning pain at SevereMorningPain (7/10 by default) or more every exercise, whatever progression was due (the 24-hour rule). The plan of the day already lowered them: a session done at that level stays there, one done at the old level goes down to it; a flare lowers once.")]
[Priority(SafetyRules.ReviewSalience)]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Review)]
internal sealed class MorningPainRegresses : Rule
{
    public override void Define()
    {
        ProgressionPolicy policy = null!;
        ExercisePerformance performance = null!;

        When()
            .Match(() => policy)
            .Match(() => performance, p => SafetyRules.MorningPainLowers(p.Report.CheckIn, p.Client, p.ExerciseId, policy));

        Then()
            .Do(ctx => Lower(ctx, performance, policy));
    }

    private static void Lower(IContext ctx, ExercisePerformance p, ProgressionPolicy policy)
    {
        var checkIn = p.Report.CheckIn!;
        var planned = SafetyRules.PlannedLowering(p, policy);
        var to = planned is { Step: not ProgressionStep.Pause } move && p.VariantIndex >= p.Exercise.IndexOf(move.To.VariantId) ? move.To : p.Prescribed;
        var step = SafetyRules.StepTo(p, to);
        string Said() => checkIn.MorningPain >= policy.SevereMorningPain
            ? $"Morning pain {checkIn.MorningPain}/10 ({policy.SevereMorningPain} or more)"
            : $"Morning pain {checkIn.MorningPain}/10 against a baseline of {checkIn.BaselinePain}/10 after the last session";
        ctx.Insert(new StepProposal(p.ExerciseId, step, to, new Reason(ctx.Rule.Name, () => step switch
        {
            ProgressionStep.Regress => $"{Said()}: down once, to {SafetyRules.Level(p.Exercise, to)}.",
            _ when to == p.Prescribed && planned is { Step: ProgressionStep.Pause } => $"{Said()}: {p.Exercise.Name} is already at its easiest level, {to.Dosage}; it stays there.",
            _ => $"{Said()}: today's plan already lowered {p.Exercise.Name} to {(to.VariantId == p.Client.ProgressOf(p.ExerciseId)?.VariantId ? to.Dosage.ToString() : SafetyRules.Level(p.Exercise, to))} and the session was done there; it stays at that level (one flare lowers once).",
        })));
    }
}
