namespace Progression;

/// <summary>Everything the client did in one session, for the end-of-session review.</summary>
/// <param name="Date">The day of the session (the engine reads no clock; the host passes dates in).</param>
/// <param name="Sets">Every set performed, in order; never null.</param>
public sealed record SessionReport(DateOnly Date, IReadOnlyList<SetReport> Sets)
{
    /// <summary>Every set performed, in order; never null.</summary>
    public IReadOnlyList<SetReport> Sets { get; init => field = Preconditions.List(value, nameof(Sets)); } = Preconditions.List(Sets, nameof(Sets));

    /// <summary>The check-in before the session, when there was one.</summary>
    public CheckIn? CheckIn { get; init; }

    /// <inheritdoc />
    public bool Equals(SessionReport? other) =>
        other is not null
        && Date == other.Date
        && ValueEquality.SequenceEqual(Sets, other.Sets)
        && Equals(CheckIn, other.CheckIn);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, ValueEquality.SequenceHash(Sets), CheckIn);
}
