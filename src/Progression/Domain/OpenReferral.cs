namespace Progression;

/// <summary>
/// A referral the engine remembers for a client: a review (or a plan, stored with
/// <see cref="ClientState.WithReferral(SessionPlan, DateOnly)"/>) sent the client to a professional, and no
/// clinician has cleared them yet. While a state carries one, every plan returns it and plans nothing;
/// <see cref="ClientState.ClearReferral"/> closes it.
/// </summary>
/// <param name="Urgency">How urgently the client was referred; never <see cref="Referral.None"/>.</param>
/// <param name="Reasons">Why: the reasons of the rules that referred; at least one.</param>
/// <param name="Since">The day of the session (or check-in) that referred.</param>
public sealed record OpenReferral(Referral Urgency, IReadOnlyList<Reason> Reasons, DateOnly Since)
{
    /// <summary>How urgently the client was referred; never <see cref="Referral.None"/>.</summary>
    public Referral Urgency { get; init => field = NotNone(value); } = NotNone(Urgency);

    /// <summary>Why: the reasons of the rules that referred; at least one, never null.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = NotEmpty(value); } = NotEmpty(Reasons);

    /// <summary>The day of the session (or check-in) that referred.</summary>
    public DateOnly Since { get; init; } = Since;

    /// <inheritdoc />
    public bool Equals(OpenReferral? other) =>
        other is not null && Urgency == other.Urgency && Since == other.Since && ValueEquality.SequenceEqual(Reasons, other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Urgency, Since, ValueEquality.SequenceHash(Reasons));

    private static Referral NotNone(Referral urgency)
    {
        Preconditions.Defined(urgency, nameof(Urgency));
        return urgency != Referral.None
            ? urgency
            : throw new ArgumentException("OpenReferral.Urgency was None; an open referral is Routine, Urgent or Emergency.", nameof(Urgency));
    }

    private static IReadOnlyList<Reason> NotEmpty(IReadOnlyList<Reason>? reasons)
    {
        var list = Preconditions.List(reasons, nameof(Reasons));
        return list.Count > 0 ? list : throw new ArgumentException("OpenReferral.Reasons was empty; a referral names at least one reason.", nameof(Reasons));
    }
}
