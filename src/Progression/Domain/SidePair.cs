using System.Text.Json.Serialization;

namespace Progression;

/// <summary>A bilateral measurement: one value for the left side, one for the right.</summary>
/// <param name="Left">The left-side value; any finite number (each <see cref="Assessment"/> field checks its own range).</param>
/// <param name="Right">The right-side value; any finite number.</param>
public sealed record SidePair(double Left, double Right)
{
    /// <summary>The left-side value.</summary>
    public double Left { get; init => field = Preconditions.Finite(value, nameof(Left)); } = Preconditions.Finite(Left, nameof(Left));

    /// <summary>The right-side value.</summary>
    public double Right { get; init => field = Preconditions.Finite(value, nameof(Right)); } = Preconditions.Finite(Right, nameof(Right));

    /// <summary>The smaller of the two values.</summary>
    [JsonIgnore]
    public double Min => Math.Min(Left, Right);

    /// <summary>The larger of the two values.</summary>
    [JsonIgnore]
    public double Max => Math.Max(Left, Right);

    /// <summary>The side with the smaller value, or <see langword="null"/> when both are equal.</summary>
    [JsonIgnore]
    public Side? Smaller => Left < Right ? Side.Left : Right < Left ? Side.Right : null;

    /// <summary>The side with the larger value, or <see langword="null"/> when both are equal.</summary>
    [JsonIgnore]
    public Side? Larger => Left > Right ? Side.Left : Right > Left ? Side.Right : null;

    /// <summary>The value for one side.</summary>
    /// <param name="side">The side to read.</param>
    /// <returns><see cref="Left"/> or <see cref="Right"/>.</returns>
    public double this[Side side] => side switch
    {
        Side.Left => Left,
        Side.Right => Right,
        _ => throw Preconditions.OutOfRange(side, nameof(side), "Left or Right"),
    };

    /// <summary>
    /// The limb symmetry index: smaller over larger (1 = symmetric, 0.85 = the weaker side reaches 85 %).
    /// Meaningful for non-negative quantities such as hold times; 1 when both are zero.
    /// </summary>
    [JsonIgnore]
    public double SymmetryIndex => Max <= 0 ? 1.0 : Min / Max;
}
