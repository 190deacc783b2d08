using System.Text.Json.Serialization;

namespace Progression;

/// <summary>How the client is before a session: pain this morning against their usual baseline, red flags, and lingering soreness.</summary>
public sealed record CheckIn
{
    /// <summary>Back pain this morning, 0–10 (default 0). Two or more above <see cref="BaselinePain"/> is the 24-hour rule's signal.</summary>
    public int MorningPain { get; init => field = Preconditions.InRange(value, 0, 10, nameof(MorningPain)); }

    /// <summary>The client's usual pain level, 0–10 (default 0).</summary>
    public int BaselinePain { get; init => field = Preconditions.InRange(value, 0, 10, nameof(BaselinePain)); }

    /// <summary>Red flags the client reports; empty by default, never null.</summary>
    [JsonConverter(typeof(EnumSetJsonConverter<RedFlag>))]
    public IReadOnlySet<RedFlag> RedFlags { get; init => field = Preconditions.EnumSet(value, nameof(RedFlags)); } = Preconditions.EnumSet<RedFlag>([], nameof(RedFlags));

    /// <summary>
    /// Symptoms still present from earlier sessions (for example delayed muscle soreness); empty by default, never null.
    /// Read with <see cref="DaysSinceLastSession"/>: soreness still ≥ 4/10 five days on is what blocks progression.
    /// </summary>
    public IReadOnlyList<Symptom> Soreness { get; init => field = Preconditions.List(value, nameof(Soreness)); } = [];

    /// <summary>Days since the previous session, at least 0; <see langword="null"/> when unknown or there was none.</summary>
    public int? DaysSinceLastSession { get; init => field = Preconditions.AtLeast(value, 0, nameof(DaysSinceLastSession)); }

    /// <summary>
    /// The day of the session, if the host knows it; with <see cref="ClientState.LastSessionDate"/> it gives the days
    /// away (a break of 14 days or more steps the dose back). When <see cref="DaysSinceLastSession"/> is given too, the
    /// two must agree.
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <inheritdoc />
    public bool Equals(CheckIn? other) =>
        other is not null
        && MorningPain == other.MorningPain
        && BaselinePain == other.BaselinePain
        && ValueEquality.SetEqual(RedFlags, other.RedFlags)
        && ValueEquality.SequenceEqual(Soreness, other.Soreness)
        && DaysSinceLastSession == other.DaysSinceLastSession
        && Date == other.Date;

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(MorningPain, BaselinePain, ValueEquality.SetHash(RedFlags), ValueEquality.SequenceHash(Soreness), DaysSinceLastSession, Date);
}
