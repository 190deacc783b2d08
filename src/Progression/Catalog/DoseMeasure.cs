using System.Text.Json.Serialization;

namespace Progression;

/// <summary>What the dose of a variant is counted in.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DoseMeasure>))]
public enum DoseMeasure
{
    /// <summary>Repetitions per set.</summary>
    Reps = 0,

    /// <summary>Seconds held per set.</summary>
    HoldSeconds = 1,
}
