namespace Progression.Rules;

/// <summary>
/// The progression pack's rule classes (ids <c>progression.</c>), in the order the old pack declared them: the
/// classification rules, the streak rules, then the break rule.
/// </summary>
internal static class ProgressionPack
{
    public static readonly Type[] Rules =
    [
        typeof(ShortfallFailsSession),
        typeof(TooHardSessionIsNeither),
        typeof(TargetMetEasilySucceeds),
        typeof(TwoForTwoIncreasesDose),
        typeof(SuccessShortOfStreakHoldsDose),
        typeof(HardSessionHoldsDose),
        typeof(HardHoldsStepDoseBack),
        typeof(FailureHoldsDose),
        typeof(FailuresDeloadLoadedVariant),
        typeof(FailuresRegressUnloadedVariant),
        typeof(BreakStepsDoseBack),
    ];
}
