namespace Progression;

/// <summary>A symptom the client reports: what kind, where, and how strong on a 0–10 scale.</summary>
/// <param name="Kind">The kind of symptom.</param>
/// <param name="Site">Where it is felt.</param>
/// <param name="Intensity">How strong, 0 (none) to 10 (worst imaginable).</param>
public sealed record Symptom(SymptomKind Kind, BodySite Site, int Intensity)
{
    /// <summary>The kind of symptom.</summary>
    public SymptomKind Kind { get; init => field = Preconditions.Defined(value, nameof(Kind)); } = Preconditions.Defined(Kind, nameof(Kind));

    /// <summary>Where the symptom is felt.</summary>
    public BodySite Site { get; init => field = Preconditions.Defined(value, nameof(Site)); } = Preconditions.Defined(Site, nameof(Site));

    /// <summary>How strong the symptom is, 0–10 inclusive.</summary>
    public int Intensity { get; init => field = Preconditions.InRange(value, 0, 10, nameof(Intensity)); } = Preconditions.InRange(Intensity, 0, 10, nameof(Intensity));

    /// <inheritdoc />
    public override string ToString() => $"{Kind} at {Site} {Intensity}/10";
}
