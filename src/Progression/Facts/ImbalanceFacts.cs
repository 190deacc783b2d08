namespace Progression.Facts;

// Imbalance facts: the selection pack's assessment rules insert one for each imbalance the client's
// assessment shows, and its selection rules join them with the plan candidates. They carry the numbers
// so that a rule acting on them can say why in its own words.

/// <summary>Hamstring:quadriceps strength ratio below the policy's minimum: the client is quadriceps dominant.</summary>
/// <param name="Request">The plan request the assessment belongs to.</param>
/// <param name="Ratio">The measured hamstring:quadriceps ratio.</param>
/// <param name="Threshold">The policy's minimum ratio it fell below.</param>
public sealed record QuadricepsDominance(PlanRequest Request, double Ratio, double Threshold);

/// <summary>Limb symmetry index (weaker ÷ stronger single-leg bridge hold) below the policy's minimum.</summary>
/// <param name="Request">The plan request the assessment belongs to.</param>
/// <param name="WeakerSide">The side with the shorter hold.</param>
/// <param name="Seconds">The single-leg bridge holds, left and right.</param>
/// <param name="Index">The limb symmetry index, 0–1.</param>
/// <param name="Threshold">The policy's minimum index it fell below.</param>
public sealed record LimbAsymmetry(PlanRequest Request, Side WeakerSide, SidePair Seconds, double Index, double Threshold)
{
    /// <summary>The weaker side's hold, seconds.</summary>
    public double WeakerSeconds => Seconds[WeakerSide];
}

/// <summary>Modified Thomas test hip angle above the policy's maximum on one side or both: short hip flexors.</summary>
/// <param name="Request">The plan request the assessment belongs to.</param>
/// <param name="Angle">The hip angles, left and right, degrees (positive: thigh above horizontal).</param>
/// <param name="Threshold">The policy's maximum angle.</param>
public sealed record ShortHipFlexors(PlanRequest Request, SidePair Angle, double Threshold)
{
    /// <summary>Whether the left hip flexors are short.</summary>
    public bool Left => Angle.Left > Threshold;

    /// <summary>Whether the right hip flexors are short.</summary>
    public bool Right => Angle.Right > Threshold;

    /// <summary>Whether both sides are short.</summary>
    public bool BothSides => Left && Right;

    /// <summary>
    /// The side to stretch first: the only short side, or, when both are short, the one with the larger angle;
    /// <see langword="null"/> when both are short by the same angle (or neither is).
    /// </summary>
    public Side? TighterSide => BothSides ? Angle.Larger : Left ? Side.Left : Right ? Side.Right : null;
}

/// <summary>McGill trunk endurance flexor:extensor ratio above the policy's maximum: the back extensors are weak for the flexors.</summary>
/// <param name="Request">The plan request the assessment belongs to.</param>
/// <param name="FlexorSeconds">The trunk flexor hold, seconds.</param>
/// <param name="ExtensorSeconds">The trunk extensor (Biering-Sørensen) hold, seconds.</param>
/// <param name="Ratio">Flexor ÷ extensor; positive infinity when the extensor hold is 0 s.</param>
/// <param name="Threshold">The policy's maximum ratio it rose above.</param>
public sealed record WeakExtensors(PlanRequest Request, double FlexorSeconds, double ExtensorSeconds, double Ratio, double Threshold);

/// <summary>McGill side-bridge left:right ratio outside the policy's band: one side of the trunk is weaker.</summary>
/// <param name="Request">The plan request the assessment belongs to.</param>
/// <param name="WeakerSide">The side with the shorter side-bridge hold.</param>
/// <param name="LeftSeconds">The left side-bridge hold, seconds.</param>
/// <param name="RightSeconds">The right side-bridge hold, seconds.</param>
/// <param name="Ratio">Left ÷ right; positive infinity when the right hold is 0 s.</param>
public sealed record LateralAsymmetry(PlanRequest Request, Side WeakerSide, double LeftSeconds, double RightSeconds, double Ratio);

/// <summary>
/// Recorded by a rule that found something about the client as a whole (an imbalance, say): the plan lists it
/// among its own <see cref="SessionPlan.Reasons"/>, before the reasons about single exercises.
/// </summary>
/// <param name="Reason">The rule and the sentence, with the numbers.</param>
public sealed record PlanFinding(Reason Reason);
