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

    /// <summary>The last day the exercise was done, if ever.</summary>
    public DateOnly? LastPerformed { get; init; }

    /// <summary>Whether the exercise is paused (not planned) — no lower level was left, or the client was referred.</summary>
    public bool Paused { get; init; }

    /// <summary>Why the exercise is paused, when it is; never an empty string.</summary>
    public string? PauseReason { get; init => field = Preconditions.NotEmptyOrNull(value, nameof(PauseReason)); }
}
