using Progression.Facts;

namespace Progression.Packs;

/// <summary>
/// The progression pack: how a session is classified (success, neither, failure) and what the
/// streaks then call for — 2-for-2 dose increases, holds, and deloads or regressions after
/// repeated failures. Ids start with <c>progression.</c>.
/// The rules themselves are NRules rule classes in <c>Rules/Progression</c> (see <see cref="Rules.BuiltInRules"/>); this class
/// holds their ids, the tests their conditions call, and the wording and arithmetic of their answers.
/// </summary>
internal static class ProgressionRules
{
    public const string Success = "progression.session-success";
    public const string Neither = "progression.session-too-hard";
    public const string Failure = "progression.session-failure";
    public const string TwoForTwo = "progression.two-for-two";
    public const string HoldForStreak = "progression.hold-until-streak";
    public const string HoldHardSession = "progression.hold-hard-session";
    public const string HoldAfterFailure = "progression.hold-after-failure";
    public const string DeloadAfterFailures = "progression.deload-after-failures";
    public const string RegressAfterFailures = "progression.regress-after-failures";
    public const string StepBackAfterHardHolds = "progression.step-back-after-hard-holds";

    /// <summary>
    /// What fell short of the prescription, or <see langword="null"/> when every prescribed set met it: worked out once
    /// per performance (the three classification rules and the failure's action all ask). Allocates nothing;
    /// <see cref="Miss.Describe"/> formats it.
    /// </summary>
    internal static Miss? Shortfall(ExercisePerformance performance)
    {
        if (!performance.ShortfallKnown)
        {
            performance.CachedShortfall = FindShortfall(performance);
            performance.ShortfallKnown = true;
        }

        return performance.CachedShortfall;
    }

    private static Miss? FindShortfall(ExercisePerformance performance)
    {
        var dosage = performance.Progress.Dosage;
        var variant = performance.Variant;
        var target = Ladder.Primary(variant, dosage);
        var sets = performance.Sets;
        for (var i = 0; i < sets.Count; i++)
        {
            var set = sets[i];
            if (Ladder.Achieved(variant, set) is { } achieved && achieved < target)
            {
                return new Miss(MissKind.Dose, set.SetNumber, achieved, target, variant.Measure) { Side = set.Side };
            }

            if (dosage.LoadKg is { } kg && set.LoadKg is { } lifted && lifted < kg)
            {
                return new Miss(MissKind.Load, set.SetNumber, lifted, kg, variant.Measure) { Side = set.Side };
            }
        }

        if (!variant.IsUnilateral)
        {
            return sets.Count < dosage.Sets ? new Miss(MissKind.Sets, 0, sets.Count, dosage.Sets, variant.Measure) : null;
        }

        // One-sided: the prescribed sets are per side, and each side must get them all (a set without a side counts on both).
        var sided = false;
        for (var i = 0; i < sets.Count; i++)
        {
            sided |= sets[i].Side is not null;
        }

        foreach (var side in (ReadOnlySpan<Side>)[Side.Left, Side.Right])
        {
            var done = 0;
            for (var i = 0; i < sets.Count; i++)
            {
                done += sets[i].Side is null || sets[i].Side == side ? 1 : 0;
            }

            if (done < dosage.Sets)
            {
                // Name the side only when the sets were logged by side: "2 of 3 sets done on the left" of sets logged for both is wrong.
                return new Miss(MissKind.Sets, 0, done, dosage.Sets, variant.Measure) { Side = sided ? side : null };
            }
        }

        return null;
    }

    /// <summary>Why a session that met its target cannot count as a success, or <see langword="null"/>.</summary>
    internal static Obstacle? FindObstacle(ExercisePerformance performance, ProgressionPolicy policy)
    {
        // Asked by two classification filters and an action: worked out once per performance and policy.
        if (!ReferenceEquals(performance.ObstaclePolicy, policy))
        {
            performance.CachedObstacle = ScanForObstacle(performance, policy);
            performance.ObstaclePolicy = policy;
        }

        return performance.CachedObstacle;
    }

    private static Obstacle? ScanForObstacle(ExercisePerformance performance, ProgressionPolicy policy)
    {
        var sets = performance.Sets;
        for (var i = 0; i < sets.Count; i++)
        {
            var set = sets[i];
            if (set.Rpe is { } rpe && rpe > policy.SuccessMaxRpe)
            {
                return new Obstacle(set.SetNumber, rpe, null);
            }

            var symptoms = set.Symptoms;
            for (var k = 0; k < symptoms.Count; k++)
            {
                var symptom = symptoms[k];
                if (symptom.Kind == SymptomKind.JointPain && symptom.Intensity > policy.JointPainBlocksProgressionAbove)
                {
                    return new Obstacle(set.SetNumber, null, symptom);
                }
            }
        }

        return null;
    }

    internal enum MissKind
    {
        Dose,
        Load,
        Sets,
    }

    /// <summary>A set below its target: which, and by how much.</summary>
    internal readonly record struct Miss(MissKind Kind, int SetNumber, double Achieved, double Target, DoseMeasure Measure)
    {
        /// <summary>The side the miss was on, for a one-sided set; <see langword="null"/> otherwise.</summary>
        public Side? Side { get; init; }

        public string Describe() => Kind switch
        {
            MissKind.Dose => FormattableString.Invariant($"set {SetNumber}{OnSide(" ")} reached {Achieved:0.#} of {Target:0.#} {(Measure == DoseMeasure.Reps ? "reps" : "s")}"),
            MissKind.Load => $"set {SetNumber}{OnSide(" ")} used {Ladder.Kg(Achieved)} instead of {Ladder.Kg(Target)}",
            _ => FormattableString.Invariant($"{Achieved:0} of {Target:0} sets done{OnSide(" ")}"),
        };

        private string OnSide(string before) => Side is { } side ? $"{before}on the {(side == Progression.Side.Left ? "left" : "right")}" : "";
    }

    /// <summary>What kept a session that met its target from counting: an RPE too high, or joint pain.</summary>
    internal readonly record struct Obstacle(int SetNumber, int? Rpe, Symptom? Pain)
    {
        public string Describe() => Pain is { } pain
            ? $"set {SetNumber} came with {ProgressionRules.Describe(pain)}"
            : $"set {SetNumber} was RPE {Rpe}";
    }

    internal static string Describe(Symptom symptom)
        => $"{SafetyRules.SiteName(symptom.Site)} {SafetyRules.KindName(symptom.Kind)} {symptom.Intensity}/10";

    internal static StepProposal Hold(ExercisePerformance p, string ruleId, Func<string> message)
        => new(p.ExerciseId, ProgressionStep.Hold, p.Prescribed, new Reason(ruleId, message));

    internal static string Count(int have, int need) => have == need ? $"{have} of {need}" : $"{have} (of {need} needed)";

}
