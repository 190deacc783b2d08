namespace Progression;

/// <summary>
/// The external load of a <see cref="Tier.Loaded"/> variant, in kilograms of total load held (both dumbbells
/// together, bar and plates together). Load starts at <see cref="StartKg"/> and grows in multiples of
/// <see cref="SmallestStepKg"/> — the smallest increment the equipment allows — up to <see cref="MaxKg"/>.
/// </summary>
/// <param name="StartKg">The starting load; greater than 0 and at most 500.</param>
/// <param name="MaxKg">The top load; at least <paramref name="StartKg"/> and at most 500.</param>
/// <param name="SmallestStepKg">The smallest increment the equipment allows (1 kg microplates, 2 kg for a pair of dumbbells, 4 kg kettlebells); greater than 0 and at most 50.</param>
public sealed record LoadRange(double StartKg, double MaxKg, double SmallestStepKg)
{
    /// <summary>The starting load in kilograms; greater than 0 and at most 500.</summary>
    public double StartKg { get; } = Preconditions.AboveAtMost(StartKg, 0, 500, nameof(StartKg));

    /// <summary>The top load in kilograms; between <see cref="StartKg"/> and 500.</summary>
    public double MaxKg { get; } = Preconditions.InRange(MaxKg, StartKg, 500, nameof(MaxKg));

    /// <summary>The smallest increment the equipment allows, in kilograms; greater than 0 and at most 50.</summary>
    public double SmallestStepKg { get; } = Preconditions.AboveAtMost(SmallestStepKg, 0, 50, nameof(SmallestStepKg));

    /// <summary>Whether <paramref name="kg"/> lies between <see cref="StartKg"/> and <see cref="MaxKg"/> (bounds included).</summary>
    /// <param name="kg">A load in kilograms.</param>
    /// <returns><see langword="true"/> when inside the range.</returns>
    public bool Contains(double kg) => kg >= StartKg && kg <= MaxKg;

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{StartKg:0.##}–{MaxKg:0.##} kg step {SmallestStepKg:0.##} kg");
}
