using System.Text.Json.Serialization;

namespace Progression;

/// <summary>
/// What an assessment found: the inputs of the imbalance-aware selection rules. Every field is optional;
/// a missing one means "not assessed".
/// </summary>
public sealed record Assessment
{
    /// <summary>Hamstring to quadriceps strength ratio, greater than 0 and at most 3 (below 0.6 suggests quadriceps dominance).</summary>
    public double? HamstringQuadRatio { get; init => field = Preconditions.AboveAtMost(value, 0, 3, nameof(HamstringQuadRatio)); }

    /// <summary>
    /// Hip angle in the modified Thomas test per side, degrees, each −90 to 90; positive means the thigh rests
    /// above horizontal (short hip flexors).
    /// </summary>
    public SidePair? HipFlexorAngle
    {
        get;
        init => field = value is null ? null : new SidePair(
            Preconditions.InRange(value.Left, -90, 90, nameof(HipFlexorAngle) + ".Left"),
            Preconditions.InRange(value.Right, -90, 90, nameof(HipFlexorAngle) + ".Right"));
    }

    /// <summary>Single-leg bridge hold per side, seconds, each 0–3600 (the limb symmetry index compares them).</summary>
    public SidePair? SingleLegBridgeSeconds
    {
        get;
        init => field = value is null ? null : new SidePair(
            Preconditions.InRange(value.Left, 0, 3600, nameof(SingleLegBridgeSeconds) + ".Left"),
            Preconditions.InRange(value.Right, 0, 3600, nameof(SingleLegBridgeSeconds) + ".Right"));
    }

    /// <summary>McGill trunk endurance times.</summary>
    public TrunkEndurance? Trunk { get; init; }

    /// <summary>The equipment the client has; <see langword="null"/> means no restriction, an empty set means none at all.</summary>
    [JsonConverter(typeof(EnumSetJsonConverter<Equipment>))]
    public IReadOnlySet<Equipment>? Equipment { get; init => field = Preconditions.EnumSetOrNull(value, nameof(Equipment)); }

    /// <summary>Whether the client has everything in <paramref name="needed"/> (always true when <see cref="Equipment"/> is null).</summary>
    /// <param name="needed">The equipment a variant needs.</param>
    /// <returns><see langword="true"/> when nothing needed is missing.</returns>
    public bool Has(IEnumerable<Equipment> needed)
    {
        ArgumentNullException.ThrowIfNull(needed);
        if (Equipment is null || needed is IReadOnlyCollection<Equipment> { Count: 0 })
        {
            // Most variants need nothing: answer without enumerating (a boxed enumerator per candidate per plan).
            return true;
        }

        foreach (var item in needed)
        {
            if (!Equipment.Contains(item))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What the client lacks of <paramref name="needed"/>, comma-separated, for a reason's sentence.</summary>
    internal string Missing(IEnumerable<Equipment> needed)
        => string.Join(", ", needed.Where(item => Equipment is not null && !Equipment.Contains(item)));

    /// <inheritdoc />
    public bool Equals(Assessment? other) =>
        other is not null
        && HamstringQuadRatio == other.HamstringQuadRatio
        && Equals(HipFlexorAngle, other.HipFlexorAngle)
        && Equals(SingleLegBridgeSeconds, other.SingleLegBridgeSeconds)
        && Equals(Trunk, other.Trunk)
        && ValueEquality.SetEqual(Equipment, other.Equipment);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(HamstringQuadRatio, HipFlexorAngle, SingleLegBridgeSeconds, Trunk, ValueEquality.SetHash(Equipment));
}
