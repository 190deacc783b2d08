using Progression.Facts;
using Progression.Rules;

namespace Progression.Packs;

/// <summary>
/// The progression pack: how a session is classified (success, neither, failure) and what the
/// streaks then call for — 2-for-2 dose increases, holds, and deloads or regressions after
/// repeated failures. Ids start with <c>progression.</c>.
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

    public static void AddTo(RuleSetBuilder rules, ProgressionPolicy policy)
    {
        // Classification first (salience 100): the streak rules below match its outcome.
        {
            var rule = rules.Rule(Failure)
                .Describe("A session fails when any prescribed set falls below its target (reps, seconds or load), or sets are missing.")
                .Salience(100);
            var performance = rule.Match<ExercisePerformance>(p => Shortfall(p) is not null);
            rule.Then(ctx =>
            {
                var p = ctx.Get(performance);
                var miss = Shortfall(p)!.Value;
                ctx.InsertNew(new ExerciseOutcome(p, SessionOutcome.Failure, miss.Describe));
            });
        }

        {
            var rule = rules.Rule(Neither)
                .Describe($"A session that meets the target but at RPE above {policy.SuccessMaxRpe}, or with joint pain above {policy.JointPainBlocksProgressionAbove}/10, neither succeeds nor fails: it is repeated.")
                .Salience(100);
            var performance = rule.Match<ExercisePerformance>(p => Shortfall(p) is null && FindObstacle(p, policy) is not null);
            rule.Then(ctx =>
            {
                var p = ctx.Get(performance);
                var obstacle = FindObstacle(p, policy)!.Value;
                ctx.InsertNew(new ExerciseOutcome(p, SessionOutcome.Neither, obstacle.Describe));
            });
        }

        {
            var rule = rules.Rule(Success)
                .Describe($"A session succeeds when every prescribed set meets its target at RPE {policy.SuccessMaxRpe} or easier, without joint pain.")
                .Salience(100);
            var performance = rule.Match<ExercisePerformance>(p => Shortfall(p) is null && FindObstacle(p, policy) is null);
            rule.Then(ctx =>
            {
                var p = ctx.Get(performance);
                ctx.InsertNew(new ExerciseOutcome(p, SessionOutcome.Success, () => $"every set met {p.Progress.Dosage}"));
            });
        }

        {
            var rule = rules.Rule(TwoForTwo)
                .Describe($"After {policy.SuccessesToProgress} successful sessions in a row the dose goes up: reps or seconds first, then load in steps of about {Ladder.Pct(policy.LoadIncreasePercent)} (never below {Ladder.Pct(policy.MinLoadIncreasePercent)} or above {Ladder.Pct(policy.MaxLoadIncreasePercent)}; where the smallest increment is larger, the set's work stays within −{Ladder.Pct(policy.MaxWorkLossPercent)}/+{Ladder.Pct(policy.MaxWorkGainPercent)}), then the next variant (NSCA 2-for-2; ACSM 2009).");
            var outcome = Outcome(rule, SessionOutcome.Success, p => p.Progress.SuccessStreak + 1 >= policy.SuccessesToProgress);
            rule.Then(ctx =>
            {
                var p = ctx.Get(outcome).Performance!;
                var move = Ladder.Up(p.Exercise, p.VariantIndex, p.Progress.Dosage, policy, p.Client.Assessment);
                ctx.Record(new StepProposal(p.ExerciseId, move.Step, move.To,
                    new Reason(ctx.Rule.Id, () => $"{Count(p.Progress.SuccessStreak + 1, policy.SuccessesToProgress)} successful sessions at {p.Progress.Dosage}: {move.Describe()}.")));
            });
        }

        {
            var rule = rules.Rule(HoldForStreak)
                .Describe($"A success short of {policy.SuccessesToProgress} in a row holds the dose: progress only on evidence.");
            var outcome = Outcome(rule, SessionOutcome.Success, p => p.Progress.SuccessStreak + 1 < policy.SuccessesToProgress);
            rule.Then(ctx =>
            {
                var p = ctx.Get(outcome).Performance!;
                ctx.Record(Hold(p, ctx.Rule.Id,
                    () => $"{p.Progress.SuccessStreak + 1} of {policy.SuccessesToProgress} successful sessions at {p.Progress.Dosage}: repeat it to progress."));
            });
        }

        {
            var rule = rules.Rule(HoldHardSession)
                .Describe($"A session that met the target with too much effort or pain is repeated at the same dose, up to {policy.HardHoldsToStepBack - 1} times in a row.");
            var outcome = Outcome(rule, SessionOutcome.Neither, p => p.Progress.HardStreak + 1 < policy.HardHoldsToStepBack);
            rule.Then(ctx =>
            {
                var o = ctx.Get(outcome);
                var p = o.Performance!;
                ctx.Record(Hold(p, ctx.Rule.Id, () => $"{Wording.Capital(o.Detail)}: repeat {p.Progress.Dosage} until it feels like RPE {policy.SuccessMaxRpe} or easier, without pain."));
            });
        }

        {
            var rule = rules.Rule(StepBackAfterHardHolds)
                .Describe($"{policy.HardHoldsToStepBack} sessions in a row that met the target but too hard step the dose back one step: rebuild from one step lower.");
            var outcome = Outcome(rule, SessionOutcome.Neither, p => p.Progress.HardStreak + 1 >= policy.HardHoldsToStepBack);
            rule.Then(ctx =>
            {
                var o = ctx.Get(outcome);
                var p = o.Performance!;
                var move = Ladder.StepDown(p.Exercise, p.VariantIndex, p.Progress.Dosage, policy, p.Client.Assessment);
                ctx.Record(new StepProposal(p.ExerciseId, move.Step, move.To,
                    new Reason(ctx.Rule.Id, () => move.Step == ProgressionStep.Hold
                        ? $"{Wording.Capital(o.Detail)}: {p.Progress.HardStreak + 1} sessions in a row at {p.Progress.Dosage} met the target but too hard (the limit is {policy.HardHoldsToStepBack}), and there is no lower step: {move.Describe()}, and ask a physiotherapist whether this exercise suits you."
                        : $"{Wording.Capital(o.Detail)}: {p.Progress.HardStreak + 1} sessions in a row at {p.Progress.Dosage} met the target but too hard (the limit is {policy.HardHoldsToStepBack}), so rebuild from one step lower: {move.Describe()}.")));
            });
        }

        {
            var rule = rules.Rule(HoldAfterFailure)
                .Describe($"A failed session, fewer than {policy.FailuresToDeload} in a row, holds the dose.");
            var outcome = Outcome(rule, SessionOutcome.Failure, p => p.Progress.FailureStreak + 1 < policy.FailuresToDeload);
            rule.Then(ctx =>
            {
                var o = ctx.Get(outcome);
                var p = o.Performance!;
                ctx.Record(Hold(p, ctx.Rule.Id,
                    () => $"{Wording.Capital(o.Detail)} ({p.Progress.FailureStreak + 1} of {policy.FailuresToDeload} missed sessions): stay at {p.Progress.Dosage}."));
            });
        }

        {
            var rule = rules.Rule(DeloadAfterFailures)
                .Describe($"{policy.FailuresToDeload} failed sessions in a row on a loaded variant take about {Ladder.Pct(policy.DeloadPercent)} off the work: by load where the increments allow, else by reps or seconds, never below the variant's lightest load; with no lower dose, back one variant (StrongLifts 5×5).");
            var outcome = Outcome(rule, SessionOutcome.Failure, p => p.Progress.FailureStreak + 1 >= policy.FailuresToDeload && p.Variant.Load is not null);
            rule.Then(ctx =>
            {
                var p = ctx.Get(outcome).Performance!;
                var move = Ladder.Deload(p.Exercise, p.VariantIndex, p.Progress.Dosage, policy, p.Client.Assessment);
                ctx.Record(new StepProposal(p.ExerciseId, move.Step, move.To,
                    new Reason(ctx.Rule.Id, () => $"{policy.FailuresToDeload} missed sessions in a row at {p.Progress.Dosage}: {move.Describe()}.")));
            });
        }

        {
            var rule = rules.Rule(RegressAfterFailures)
                .Describe($"{policy.FailuresToDeload} failed sessions in a row on an unloaded variant go back one variant, at its top dose; on the first rung, one dose step back.");
            var outcome = Outcome(rule, SessionOutcome.Failure, p => p.Progress.FailureStreak + 1 >= policy.FailuresToDeload && p.Variant.Load is null);
            rule.Then(ctx =>
            {
                var p = ctx.Get(outcome).Performance!;
                var move = Ladder.Down(p.Exercise, p.VariantIndex, p.Progress.Dosage, p.Client.Assessment, policy);
                ctx.Record(new StepProposal(p.ExerciseId, move.Step, move.To,
                    new Reason(ctx.Rule.Id, () => $"{policy.FailuresToDeload} missed sessions in a row at {p.Progress.Dosage}: {move.Describe()}.")));
            });
        }
    }

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

    /// <summary>
    /// The pattern of a streak rule: an outcome of <paramref name="kind"/> that carries the performance it classified
    /// (the classification rules above always attach it) and, if given, whose performance meets <paramref name="when"/>.
    /// One fact, no join: the outcome brings its performance along.
    /// </summary>
    private static Pattern<ExerciseOutcome> Outcome(RuleBuilder rule, SessionOutcome kind, Func<ExercisePerformance, bool>? when = null)
        => when is null
            ? rule.Match<ExerciseOutcome>(o => o.Outcome == kind && o.Performance is not null)
            : rule.Match<ExerciseOutcome>(o => o.Outcome == kind && o.Performance is { } p && when(p));

    internal static StepProposal Hold(ExercisePerformance p, string ruleId, Func<string> message)
        => new(p.ExerciseId, ProgressionStep.Hold, p.Prescribed, new Reason(ruleId, message));

    internal static string Count(int have, int need) => have == need ? $"{have} of {need}" : $"{have} (of {need} needed)";

}
