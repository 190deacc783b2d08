namespace Progression;

/// <summary>McGill's trunk endurance tests (McGill 2007, "Low Back Disorders"): hold times in seconds.</summary>
public sealed record TrunkEndurance
{
    /// <summary>Trunk flexor endurance (60° sit-up hold), seconds, 0–3600.</summary>
    public double? FlexorSeconds { get; init => field = Preconditions.InRange(value, 0, 3600, nameof(FlexorSeconds)); }

    /// <summary>Trunk extensor endurance (Biering-Sørensen hold), seconds, 0–3600.</summary>
    public double? ExtensorSeconds { get; init => field = Preconditions.InRange(value, 0, 3600, nameof(ExtensorSeconds)); }

    /// <summary>Side bridge on the left side, seconds, 0–3600.</summary>
    public double? SideBridgeLeftSeconds { get; init => field = Preconditions.InRange(value, 0, 3600, nameof(SideBridgeLeftSeconds)); }

    /// <summary>Side bridge on the right side, seconds, 0–3600.</summary>
    public double? SideBridgeRightSeconds { get; init => field = Preconditions.InRange(value, 0, 3600, nameof(SideBridgeRightSeconds)); }
}
