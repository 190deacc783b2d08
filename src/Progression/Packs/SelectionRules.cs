using Progression.Facts;
using Progression.Rules;

namespace Progression.Packs;

/// <summary>
/// The selection pack: which exercises go into today's session and at what level. Ids start
/// with <c>selection.</c> (plus the two safety rules that act on a plan).
/// </summary>
internal static class SelectionRules
{
    public const string ContinueProgram = "selection.continue-program";
    public const string BalancedSession = "selection.balanced-session";
    public const string EquipmentAvailable = "selection.equipment-available";
    public const string SessionSize = "selection.session-size";
    public const string PausedSkipped = "safety.paused-exercise-skipped";
    public const string MorningPainPlan = "safety.morning-pain-regresses-plan";

    /// <summary>
    /// The default session when nothing else is known, after the seeds' framing: work below
    /// (hips, thighs), around (trunk) and above (thoracic spine, lats) the lower back. The McGill
    /// "big three" (bird dog, dead bug as the curl-up's gentler cousin, side bridge) hold the middle.
    /// </summary>
    internal static readonly (string Id, string Region)[] Balanced =
    [
        ("hip-flexor-stretch", "below"),
        ("glute-bridge", "below"),
        ("bird-dog", "around"),
        ("dead-bug", "around"),
        ("side-bridge", "around"),
        ("wall-pullover", "above"),
    ];

    public static void AddTo(RuleSetBuilder rules, ProgressionPolicy policy)
    {
        {
            var rule = rules.Rule(PausedSkipped)
                .Describe("An exercise paused for pain or a referral stays out of the plan until a professional clears it.")
                .Salience(900);
            var candidate = rule.Match<PlanCandidate>(c => c.Progress is { Paused: true });
            rule.Then(ctx =>
            {
                var c = ctx.Get(candidate);
                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id,
                    $"{c.Exercise.Name} is paused: {c.Progress!.PauseReason ?? "it was stopped for pain"}. Leave it out until a professional clears it."))
                { Exclude = true });
            });
        }

        {
            var rule = rules.Rule(MorningPainPlan)
                .Describe($"Pain this morning {policy.MorningPainRiseToRegress} or more points above baseline regresses the exercises of the last session one level, whatever progression was due (the 24-hour rule).")
                .Salience(900);
            var candidate = rule.Match<PlanCandidate>(c =>
                SafetyRules.MorningPainRise(c.Request.CheckIn) >= policy.MorningPainRiseToRegress
                && c.Request.Client.LastSessionExercises.Contains(c.ExerciseId)
                && c.Progress is { Paused: false });
            rule.Then(ctx =>
            {
                var c = ctx.Get(candidate);
                var checkIn = c.Request.CheckIn!;
                var move = Ladder.Down(c.Exercise, c.VariantIndex, c.Prescription.Dosage);
                var said = $"Morning pain {checkIn.MorningPain}/10 against a baseline of {checkIn.BaselinePain}/10 after the last session";
                ctx.Record(move.Step == ProgressionStep.Pause
                    ? new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id, $"{said}: {c.Exercise.Name} is already at its easiest level, so it is left out today.")) { Exclude = true }
                    : new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id, $"{said}: {move.Detail}.")) { Prescription = move.To });
            });
        }

        {
            var rule = rules.Rule(EquipmentAvailable)
                .Describe("Only variants whose equipment the client has are planned: the highest such variant at or below the client's level, or none.")
                .Salience(800);
            var candidate = rule.Match<PlanCandidate>(c => !HasEquipment(c.Request.Client, c.Exercise.Variants[c.VariantIndex]));
            rule.Then(ctx =>
            {
                var c = ctx.Get(candidate);
                var variant = c.Exercise.Variants[c.VariantIndex];
                var missing = string.Join(", ", variant.Equipment.Where(e => !c.Request.Client.Assessment!.Equipment!.Contains(e)));
                for (var i = c.VariantIndex - 1; i >= 0; i--)
                {
                    var lower = c.Exercise.Variants[i];
                    if (HasEquipment(c.Request.Client, lower))
                    {
                        ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id, $"{variant.Name} needs {missing}, which you do not have: {lower.Name} at {lower.StartingDosage} instead."))
                        {
                            Prescription = new Prescription(c.ExerciseId, lower.Id, lower.Tier, lower.StartingDosage),
                        });
                        return;
                    }
                }

                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id, $"{c.Exercise.Name} needs {missing}, which you do not have.")) { Exclude = true });
            });
        }

        {
            var rule = rules.Rule(ContinueProgram)
                .Describe("Exercises the client is already progressing on stay in the program at their current variant and dose.")
                .Salience(100);
            var candidate = rule.Match<PlanCandidate>(c => c.Progress is { Paused: false });
            rule.Then(ctx =>
            {
                var c = ctx.Get(candidate);
                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id, $"Continue {c.Exercise.Variants[c.VariantIndex].Name} at {c.Prescription.Dosage}.")) { Priority = 50 });
            });
        }

        {
            var rule = rules.Rule(BalancedSession)
                .Describe("With nothing else to go on, a session works below, around and above the lower back (seed: 'the flexibility and strength of the muscles below, around, and above it').")
                .Salience(100);
            var candidate = rule.Match<PlanCandidate>(c => c.Progress is null && Array.FindIndex(Balanced, b => b.Id == c.ExerciseId) >= 0);
            rule.Then(ctx =>
            {
                var c = ctx.Get(candidate);
                var index = Array.FindIndex(Balanced, b => b.Id == c.ExerciseId);
                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id,
                    $"{c.Exercise.Name} works {Balanced[index].Region} the lower back; start at {c.Exercise.Variants[c.VariantIndex].Name}, {c.Prescription.Dosage}."))
                { Priority = 40 - index });
            });
        }
    }

    internal static bool HasEquipment(ClientState client, ExerciseVariant variant)
        => client.Assessment?.Equipment is not { } owned || variant.Equipment.All(owned.Contains);
}
