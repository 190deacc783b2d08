namespace Progression;

/// <summary>How joint pain during exercise is judged.</summary>
public enum PainModel
{
    /// <summary>Any joint pain stops the exercise (the seeds: "joint pain is always something you want to avoid").</summary>
    Strict,

    /// <summary>The pain-monitoring model (Thomeé 1997; Silbernagel 2007): 0–2 fine, 3–5 acceptable but no progression, above 5 stop.</summary>
    PainMonitoring,
}

/// <summary>
/// Every threshold the rules use, with defaults from the published sources named on each
/// property. Immutable; validated by <see cref="ProgressionEngineBuilder.Build"/>.
/// </summary>
/// <remarks>
/// Two presets: <see cref="Default"/> (strict joint-pain rule) and <see cref="PainMonitoring"/>.
/// Change a value with a <c>with</c> expression: <c>ProgressionPolicy.Default with { MaxExercises = 6 }</c>.
/// </remarks>
public sealed record ProgressionPolicy
{
    /// <summary>The default, strict policy: any joint pain stops the exercise.</summary>
    public static ProgressionPolicy Default { get; } = new();

    /// <summary>
    /// The pain-monitoring preset (Thomeé 1997; Silbernagel et al. 2007): joint pain up to 2/10 is fine,
    /// 3–5/10 is acceptable but blocks progression for that session, above 5/10 stops the exercise;
    /// pain the next morning must settle back to baseline, so any rise lowers the last session's exercises.
    /// </summary>
    public static ProgressionPolicy PainMonitoring { get; } = new()
    {
        PainModel = PainModel.PainMonitoring,
        JointPainStopsAbove = 5,
        JointPainBlocksProgressionAbove = 2,
        MorningPainRiseToRegress = 1,
    };

    /// <summary>The pain model, for the wording of reasons. Default <see cref="PainModel.Strict"/>.</summary>
    public PainModel PainModel { get; init; } = PainModel.Strict;

    /// <summary>Joint pain above this intensity (0–10) stops the exercise. Strict: 0 (any pain stops); pain monitoring: 5.</summary>
    public int JointPainStopsAbove { get; init; }

    /// <summary>Joint pain above this intensity (0–10) means the session cannot count as a success. Strict: 0; pain monitoring: 2.</summary>
    public int JointPainBlocksProgressionAbove { get; init; }

    /// <summary>Consecutive successful sessions needed before the dose goes up. Default 2 (NSCA "2-for-2" rule). 1–10.</summary>
    public int SuccessesToProgress { get; init; } = 2;

    /// <summary>Consecutive failed sessions that trigger a deload or a regression. Default 3 (StrongLifts 5×5; Liftosaur linear progression). 1–10.</summary>
    public int FailuresToDeload { get; init; } = 3;

    /// <summary>The highest RPE (1–10) at which a set still counts toward a success. Default 8; RPE 9–10 holds.</summary>
    public int SuccessMaxRpe { get; init; } = 8;

    /// <summary>The usual load increase, in percent. Default 5 (ACSM 2009 position stand: 2–10 %). Between <see cref="MinLoadIncreasePercent"/> and <see cref="MaxLoadIncreasePercent"/>.</summary>
    public double LoadIncreasePercent { get; init; } = 5;

    /// <summary>The smallest load increase, in percent. Default 2 (ACSM 2009). 0.5–50, at most <see cref="LoadIncreasePercent"/>.</summary>
    public double MinLoadIncreasePercent { get; init; } = 2;

    /// <summary>
    /// The largest load increase, in percent. When the smallest available increment is larger, it is taken with the reps
    /// or seconds set to hold the set's work (<see cref="MaxWorkLossPercent"/>, <see cref="MaxWorkGainPercent"/>),
    /// extending them at the lighter load first if the range floor would add more. Default 10 (ACSM 2009). 0.5–50.
    /// </summary>
    public double MaxLoadIncreasePercent { get; init; } = 10;

    /// <summary>
    /// When the smallest load increment is above <see cref="MaxLoadIncreasePercent"/>, how much more work (reps or
    /// seconds × kg per set) the heavier load may bring, in percent. Default 10. 0–50.
    /// </summary>
    public double MaxWorkGainPercent { get; init; } = 10;

    /// <summary>
    /// When the smallest load increment is above <see cref="MaxLoadIncreasePercent"/>, how much less work the heavier
    /// load may bring, in percent. Default 15. 0–50.
    /// </summary>
    public double MaxWorkLossPercent { get; init; } = 15;

    /// <summary>
    /// How much work a deload takes off, in percent: by load where the increments allow, else by reps or seconds;
    /// anything from half to one and a half times this value counts (5–15 % at the default). Default 10 (StrongLifts 5×5).
    /// </summary>
    public double DeloadPercent { get; init; } = 10;

    /// <summary>
    /// Sessions in a row that met the target but too hard (RPE above <see cref="SuccessMaxRpe"/>, or joint pain that
    /// blocks progression) after which the dose steps back one step instead of holding again. Default 6. 2–50.
    /// </summary>
    public int HardHoldsToStepBack { get; init; } = 6;

    /// <summary>
    /// Days away that cost one dose step (detraining): 14 or more days since the last session step each exercise back
    /// one dose step per this many days, at most one variant. Default 14. 7–365.
    /// </summary>
    public int BreakDaysPerStep { get; init; } = 14;

    /// <summary>How far next-morning pain may rise above the client's baseline before the last session's exercises regress (the 24-hour rule). Default 2; pain monitoring 1 (pain must settle to baseline). 1–10.</summary>
    public int MorningPainRiseToRegress { get; init; } = 2;

    /// <summary>
    /// Morning pain at or above this intensity (0–10) plans no loaded work and lowers every exercise one level,
    /// whatever the baseline. Default 7 (the red zone of traffic-light pain scales).
    /// </summary>
    public int SevereMorningPain { get; init; } = 7;

    /// <summary>Joint pain at or above this intensity (0–10) also refers (Routine), besides stopping the exercise. Default 7 (the red zone of traffic-light pain scales).</summary>
    public int SevereJointPain { get; init; } = 7;

    /// <summary>Muscle soreness (DOMS) at or above this intensity … Default 4.</summary>
    public int LingeringSorenessIntensity { get; init; } = 4;

    /// <summary>… still present this many days after a session lowers the exercise's work in the plan and holds it at review. Default 5 (DOMS normally peaks at 24–72 h).</summary>
    public int LingeringSorenessDays { get; init; } = 5;

    /// <summary>Hamstring:quadriceps strength ratio below which the client is quadriceps dominant. Default 0.6 (conventional H:Q ratio).</summary>
    public double MinHamstringQuadRatio { get; init; } = 0.6;

    /// <summary>Hamstring or hip-dominant sets planned for each quadriceps-dominant set when the client is quadriceps dominant. Default 2.</summary>
    public int HipSetsPerQuadSet { get; init; } = 2;

    /// <summary>Limb symmetry index (weaker ÷ stronger single-leg bridge hold) below which a side is treated as weaker. Default 0.90 (the usual 90 % LSI criterion).</summary>
    public double MinLimbSymmetryIndex { get; init; } = 0.90;

    /// <summary>Modified Thomas test hip angle (degrees, thigh above horizontal is positive) above which the hip flexors are short. Default 0.</summary>
    public double MaxHipFlexorAngle { get; init; }

    /// <summary>McGill trunk endurance flexor:extensor ratio above which the extensors are weak. Default 1.0 (McGill 1999 normative ratios).</summary>
    public double MaxFlexorExtensorRatio { get; init; } = 1.0;

    /// <summary>Lowest acceptable side-bridge left:right ratio. Default 0.95 (McGill 1999).</summary>
    public double MinSideBridgeRatio { get; init; } = 0.95;

    /// <summary>Highest acceptable side-bridge left:right ratio. Default 1.05 (McGill 1999).</summary>
    public double MaxSideBridgeRatio { get; init; } = 1.05;

    /// <summary>Fewest exercises in a planned session. Default 5. 1–20.</summary>
    public int MinExercises { get; init; } = 5;

    /// <summary>Most exercises in a planned session. Default 7. 1–20, at least <see cref="MinExercises"/>.</summary>
    public int MaxExercises { get; init; } = 7;

    /// <summary>
    /// The share of a measured test hold (side bridge, Biering-Sørensen extensor hold, single-leg bridge) a new
    /// client's first working set of the matching exercise may ask for: the exercise starts at the highest unloaded
    /// rung, with the equipment at hand, whose starting dose fits in that share, at the largest dose of the rung's
    /// range (on its step) that still fits. Default 0.5 (a working set at half the tested maximum). 0.1–1.
    /// </summary>
    public double AssessedStartFraction { get; init; } = 0.5;

    /// <summary>
    /// Fewest exercises below the lower back (hips, thighs; <see cref="BackRegion.Below"/>) in a plan of at least
    /// <see cref="MinExercises"/> exercises, when the catalog and the client's equipment offer them: imbalance rules
    /// reorder the session and add sets, they do not starve a region (seed 001: "below, around, and above").
    /// Default 1. 0–5; the three region minimums together at most <see cref="MaxExercises"/>.
    /// </summary>
    public int MinBelowExercises { get; init; } = 1;

    /// <summary>
    /// Fewest exercises around the lower back (trunk, quadratus lumborum; <see cref="BackRegion.Around"/>) in a plan of at
    /// least <see cref="MinExercises"/> exercises, when the catalog and the client's equipment offer them. Default 1. 0–5.
    /// </summary>
    public int MinAroundExercises { get; init; } = 1;

    /// <summary>
    /// Fewest exercises above the lower back (thoracic spine, lats; <see cref="BackRegion.Above"/>) in a plan of at
    /// least <see cref="MinExercises"/> exercises, when the catalog and the client's equipment offer them. Default 1. 0–5.
    /// </summary>
    public int MinAboveExercises { get; init; } = 1;

    /// <summary>
    /// Most exercises that load the lumbar spine in flexion or a hinge (<see cref="Exercise.LoadsLumbarSpine"/>: built in,
    /// the seated good morning and the hip hinge) in one session; the lowest-priority ones beyond it are left out.
    /// Default 1 (McGill 2007: limit repeated loaded lumbar flexion; the seeds progress these slowly). 0–10.
    /// </summary>
    public int MaxLumbarLoadingExercises { get; init; } = 1;

    /// <summary>
    /// Sessions an accessory exercise (one in the plan only to continue it, not because an imbalance finding, a safety
    /// rule or missing equipment shapes it) stays in the plan before another exercise of its region, one the client has
    /// the equipment for and has rested longest (never done first), takes its slot; the exercise keeps its stored
    /// level and comes back there. Default 6: two weeks at three sessions a week, the weekly framing the seeds and
    /// DESIGN.md use — long enough for the "2-for-2" rule to move a dose at least once (two successes), short enough
    /// that every exercise of the catalog the client can do appears within a few weeks. At most one exercise of each
    /// region rotates a session, so the session changes a little at a time. 0 = never rotate. 0–52.
    /// </summary>
    public int AccessoryRotationSessions { get; init; } = 6;

    /// <summary>The minimum of <paramref name="region"/> (<see cref="MinBelowExercises"/> and its siblings).</summary>
    internal int MinExercisesIn(BackRegion region) => region switch
    {
        BackRegion.Below => MinBelowExercises,
        BackRegion.Around => MinAroundExercises,
        _ => MinAboveExercises,
    };

    /// <summary>Adds a sentence for every out-of-range value to <paramref name="errors"/>.</summary>
    internal void Validate(List<string> errors)
    {
        void Range(double value, double min, double max, string name)
        {
            if (double.IsNaN(value) || value < min || value > max)
            {
                errors.Add(FormattableString.Invariant($"Policy: {name} must be between {min} and {max} (inclusive); was {value}."));
            }
        }

        // A bound set by another property: say both, "MinLoadIncreasePercent 20 must not exceed MaxLoadIncreasePercent 10".
        void NotAbove(double lower, string lowerName, double upper, string upperName)
        {
            if (lower > upper)
            {
                errors.Add(FormattableString.Invariant($"Policy: {lowerName} {lower} must not exceed {upperName} {upper}."));
            }
        }

        if (!Enum.IsDefined(PainModel))
        {
            errors.Add($"Policy: PainModel must be Strict or PainMonitoring; was {(int)PainModel}.");
        }

        Range(JointPainStopsAbove, 0, 10, nameof(JointPainStopsAbove));
        Range(JointPainBlocksProgressionAbove, 0, 10, nameof(JointPainBlocksProgressionAbove));
        NotAbove(JointPainBlocksProgressionAbove, nameof(JointPainBlocksProgressionAbove), JointPainStopsAbove, nameof(JointPainStopsAbove));
        Range(SuccessesToProgress, 1, 10, nameof(SuccessesToProgress));
        Range(FailuresToDeload, 1, 10, nameof(FailuresToDeload));
        Range(SuccessMaxRpe, 1, 10, nameof(SuccessMaxRpe));
        Range(MinLoadIncreasePercent, 0.5, 50, nameof(MinLoadIncreasePercent));
        Range(MaxLoadIncreasePercent, 0.5, 50, nameof(MaxLoadIncreasePercent));
        NotAbove(MinLoadIncreasePercent, nameof(MinLoadIncreasePercent), MaxLoadIncreasePercent, nameof(MaxLoadIncreasePercent));
        Range(LoadIncreasePercent, 0.5, 50, nameof(LoadIncreasePercent));
        NotAbove(MinLoadIncreasePercent, nameof(MinLoadIncreasePercent), LoadIncreasePercent, nameof(LoadIncreasePercent));
        NotAbove(LoadIncreasePercent, nameof(LoadIncreasePercent), MaxLoadIncreasePercent, nameof(MaxLoadIncreasePercent));
        Range(MaxWorkGainPercent, 0, 50, nameof(MaxWorkGainPercent));
        Range(MaxWorkLossPercent, 0, 50, nameof(MaxWorkLossPercent));
        Range(DeloadPercent, 1, 50, nameof(DeloadPercent));
        Range(HardHoldsToStepBack, 2, 50, nameof(HardHoldsToStepBack));
        Range(BreakDaysPerStep, 7, 365, nameof(BreakDaysPerStep));
        Range(MorningPainRiseToRegress, 1, 10, nameof(MorningPainRiseToRegress));
        Range(SevereMorningPain, 1, 10, nameof(SevereMorningPain));
        Range(SevereJointPain, 1, 10, nameof(SevereJointPain));
        Range(LingeringSorenessIntensity, 1, 10, nameof(LingeringSorenessIntensity));
        Range(LingeringSorenessDays, 1, 60, nameof(LingeringSorenessDays));
        Range(MinHamstringQuadRatio, 0.1, 2, nameof(MinHamstringQuadRatio));
        Range(HipSetsPerQuadSet, 1, 10, nameof(HipSetsPerQuadSet));
        Range(MinLimbSymmetryIndex, 0.5, 1, nameof(MinLimbSymmetryIndex));
        Range(MaxHipFlexorAngle, -30, 30, nameof(MaxHipFlexorAngle));
        Range(MaxFlexorExtensorRatio, 0.1, 5, nameof(MaxFlexorExtensorRatio));
        Range(MinSideBridgeRatio, 0.5, 1, nameof(MinSideBridgeRatio));
        Range(MaxSideBridgeRatio, 1, 2, nameof(MaxSideBridgeRatio));
        Range(MinExercises, 1, 20, nameof(MinExercises));
        Range(MaxExercises, 1, 20, nameof(MaxExercises));
        NotAbove(MinExercises, nameof(MinExercises), MaxExercises, nameof(MaxExercises));
        Range(AssessedStartFraction, 0.1, 1, nameof(AssessedStartFraction));
        Range(MinBelowExercises, 0, 5, nameof(MinBelowExercises));
        Range(MinAroundExercises, 0, 5, nameof(MinAroundExercises));
        Range(MinAboveExercises, 0, 5, nameof(MinAboveExercises));
        // The trim keeps every region's minimum, so together they must fit in the session.
        var regionMinimums = MinBelowExercises + MinAroundExercises + MinAboveExercises;
        if (regionMinimums > MaxExercises)
        {
            errors.Add(FormattableString.Invariant(
                $"Policy: MinBelowExercises + MinAroundExercises + MinAboveExercises ({MinBelowExercises} + {MinAroundExercises} + {MinAboveExercises} = {regionMinimums}) must not exceed MaxExercises {MaxExercises}."));
        }

        Range(MaxLumbarLoadingExercises, 0, 10, nameof(MaxLumbarLoadingExercises));
        Range(AccessoryRotationSessions, 0, 52, nameof(AccessoryRotationSessions));
    }
}
