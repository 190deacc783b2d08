namespace Progression;

/// <summary>Where a client stands on one exercise: the current variant and dose, and the evidence streaks that move it.</summary>
public sealed record ExerciseProgress
{
    /// <summary>The catalog id of the current variant; never empty.</summary>
    public required string VariantId { get; init => field = Preconditions.NotEmpty(value, nameof(VariantId)); }

    /// <summary>The tier of the current variant.</summary>
    public required Tier Tier { get; init => field = Preconditions.Defined(value, nameof(Tier)); }

    /// <summary>The current target dose; never null.</summary>
    public required Dosage Dosage { get; init => field = Preconditions.NotNull(value, nameof(Dosage)); }

    /// <summary>Consecutive successful sessions on this dose, 0 or more (two in a row progress: NSCA "2-for-2").</summary>
    public int SuccessStreak { get; init => field = Preconditions.AtLeast(value, 0, nameof(SuccessStreak)); }

    /// <summary>Consecutive failed sessions, 0 or more (three in a row deload or regress).</summary>
    public int FailureStreak { get; init => field = Preconditions.AtLeast(value, 0, nameof(FailureStreak)); }

    /// <summary>
    /// Consecutive sessions that met the target but too hard (RPE above the policy's success limit, or joint pain that
    /// blocks progression), 0 or more; at <see cref="ProgressionPolicy.HardHoldsToStepBack"/> the dose steps back.
    /// </summary>
    public int HardStreak { get; init => field = Preconditions.AtLeast(value, 0, nameof(HardStreak)); }

    /// <summary>
    /// Consecutive reviewed sessions in which joint pain stopped the exercise, 0 or more; joint pain that comes back at
    /// the easiest variant's starting dose (a second such session in a row) pauses the exercise.
    /// </summary>
    public int JointPainStreak { get; init => field = Preconditions.AtLeast(value, 0, nameof(JointPainStreak)); }

    /// <summary>Sessions in which the exercise was done, 0 or more.</summary>
    public int SessionsCompleted { get; init => field = Preconditions.AtLeast(value, 0, nameof(SessionsCompleted)); }

    /// <summary>
    /// Sessions in a row the exercise was done, counting the last one, 0 or more: a review adds one when the exercise
    /// was also done at the session before, else starts again at 1. An accessory exercise that has stayed
    /// <see cref="ProgressionPolicy.AccessoryRotationSessions"/> sessions yields its slot to another of its region; while
    /// it rests, nothing else here changes, so it comes back at this variant and dose.
    /// </summary>
    public int SessionsInStint { get; init => field = Preconditions.AtLeast(value, 0, nameof(SessionsInStint)); }

    /// <summary>
    /// Whether the exercise takes part in accessory rotation (<see cref="ProgressionPolicy.AccessoryRotationSessions"/>):
    /// a review sets it when it stores the first progress of an exercise the engine put into the plan (the balanced
    /// session, a filler, a rotation, an imbalance rule). Progress a host seeds (<see cref="ClientState.WithProgress"/>,
    /// a program brought from elsewhere) is <see langword="false"/> unless the host sets it: the client's own program
    /// stays. An exercise that rotates is still kept while an imbalance finding, a safety rule or missing equipment shapes it.
    /// </summary>
    public bool Rotates { get; init; }

    /// <summary>The last day the exercise was done, if ever.</summary>
    public DateOnly? LastPerformed { get; init; }

    /// <summary>Whether the exercise is paused (not planned) — no lower level was left, or the client was referred.</summary>
    public bool Paused { get; init; }

    /// <summary>Why the exercise is paused, when it is; never an empty string.</summary>
    public string? PauseReason { get; init => field = Preconditions.NotEmptyOrNull(value, nameof(PauseReason)); }
}
