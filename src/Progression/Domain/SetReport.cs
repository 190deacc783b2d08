namespace Progression;

/// <summary>What the client reports after one set: what was done and how it felt.</summary>
public sealed record SetReport
{
    /// <summary>The catalog id of the exercise; never empty.</summary>
    public required string ExerciseId { get; init => field = Preconditions.NotEmpty(value, nameof(ExerciseId)); }

    /// <summary>The variant performed; <see langword="null"/> means the one currently prescribed.</summary>
    public string? VariantId { get; init => field = Preconditions.NotEmptyOrNull(value, nameof(VariantId)); }

    /// <summary>
    /// The side a one-sided set was done on; <see langword="null"/> (the default) means both sides or an exercise
    /// that is not one-sided. On a unilateral variant each side's sets are counted on their own: set 1 Left and set 1
    /// Right are two sets, one per side, and the exercise meets its target only when each side reported meets it.
    /// </summary>
    public Side? Side { get; init => field = value is { } side ? Preconditions.Defined(side, nameof(Side)) : null; }

    /// <summary>Which set this was, 1 or more (default 1); on a one-sided set, counted per <see cref="Side"/>.</summary>
    public int SetNumber { get; init => field = Preconditions.AtLeast(value, 1, nameof(SetNumber)); } = 1;

    /// <summary>Repetitions done, 0 or more, for a reps exercise.</summary>
    public int? Reps { get; init => field = Preconditions.AtLeast(value, 0, nameof(Reps)); }

    /// <summary>Seconds held, 0 or more, for a hold exercise.</summary>
    public double? HoldSeconds { get; init => field = Preconditions.AtLeast(value, 0, nameof(HoldSeconds)); }

    /// <summary>External load in kilograms, 0 or more.</summary>
    public double? LoadKg { get; init => field = Preconditions.AtLeast(value, 0, nameof(LoadKg)); }

    /// <summary>Rating of perceived exertion, 1–10 (10 = could not do one more rep).</summary>
    public int? Rpe { get; init => field = Preconditions.InRange(value, 1, 10, nameof(Rpe)); }

    /// <summary>Symptoms felt during or right after the set; empty by default, never null.</summary>
    public IReadOnlyList<Symptom> Symptoms { get; init => field = Preconditions.List(value, nameof(Symptoms)); } = [];

    /// <inheritdoc />
    public bool Equals(SetReport? other) =>
        other is not null
        && ExerciseId == other.ExerciseId
        && VariantId == other.VariantId
        && Side == other.Side
        && SetNumber == other.SetNumber
        && Reps == other.Reps
        && HoldSeconds == other.HoldSeconds
        && LoadKg == other.LoadKg
        && Rpe == other.Rpe
        && ValueEquality.SequenceEqual(Symptoms, other.Symptoms);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(ExerciseId, VariantId, Side, SetNumber, Reps, HoldSeconds, LoadKg, HashCode.Combine(Rpe, ValueEquality.SequenceHash(Symptoms)));
}
