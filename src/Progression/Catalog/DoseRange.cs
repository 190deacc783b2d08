namespace Progression;

/// <summary>
/// The range a variant's target moves through: a prescription starts at <see cref="Min"/> and grows by
/// <see cref="Step"/> up to <see cref="Max"/>; at <see cref="Max"/> the client is ready for the next variant.
/// Counts reps or hold seconds, depending on the variant's <see cref="ExerciseVariant.Measure"/>.
/// </summary>
/// <param name="Min">Where the target starts; greater than 0.</param>
/// <param name="Max">The top of the range; at least <paramref name="Min"/>.</param>
/// <param name="Step">How much the target grows per increase; greater than 0.</param>
public sealed record DoseRange(double Min, double Max, double Step)
{
    /// <summary>Where the target starts; greater than 0.</summary>
    public double Min { get; } = Preconditions.Above(Min, 0, nameof(Min));

    /// <summary>The top of the range; at least <see cref="Min"/>.</summary>
    public double Max { get; } = Preconditions.AtLeast(Max, Min, nameof(Max));

    /// <summary>How much the target grows per increase; greater than 0.</summary>
    public double Step { get; } = Preconditions.Above(Step, 0, nameof(Step));

    /// <summary>Whether <paramref name="value"/> lies inside the range (bounds included).</summary>
    /// <param name="value">A target.</param>
    /// <returns><see langword="true"/> when <see cref="Min"/> ≤ value ≤ <see cref="Max"/>.</returns>
    public bool Contains(double value) => value >= Min && value <= Max;

    /// <summary>Whether <paramref name="value"/> has reached the top of the range.</summary>
    /// <param name="value">A target.</param>
    /// <returns><see langword="true"/> when value ≥ <see cref="Max"/>.</returns>
    public bool IsAtMax(double value) => value >= Max;

    /// <summary>The next target: one <see cref="Step"/> up, never above <see cref="Max"/> nor below <see cref="Min"/>.</summary>
    /// <param name="value">The current target.</param>
    /// <returns>The increased target.</returns>
    public double Next(double value) => Math.Clamp(value + Step, Min, Max);

    /// <summary>The previous target: one <see cref="Step"/> down, never below <see cref="Min"/> nor above <see cref="Max"/>.</summary>
    /// <param name="value">The current target.</param>
    /// <returns>The decreased target.</returns>
    public double Previous(double value) => Math.Clamp(value - Step, Min, Max);

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Min:0.##}–{Max:0.##} step {Step:0.##}");
}
