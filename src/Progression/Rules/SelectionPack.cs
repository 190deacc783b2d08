namespace Progression.Rules;

/// <summary>
/// The rules of the selection pack (<see cref="Packs.SelectionRules"/>), in that file's declaration order: the plan-side
/// safety rules, the selection rules, the review rules for stored state the catalog no longer fits, the assessment
/// findings, the imbalance rules and the filler.
/// </summary>
internal static class SelectionPack
{
    public static readonly Type[] Rules =
    [
        typeof(PausedExerciseSkipped),
        typeof(StandInReplacesPausedExercise),
        typeof(MorningPainLowersPlan),
        typeof(SevereMorningPainNotedInPlan),
        typeof(SevereMorningPainLowersPlan),
        typeof(LingeringSorenessLowersPlan),
        typeof(MissingEquipmentSwapsVariant),
        typeof(UnknownStoredVariantRestartsLadder),
        typeof(StoredDoseBroughtIntoRange),
        typeof(UnnamedVariantReviewedAtEntryRung),
        typeof(UnknownStoredVariantNamedAtReview),
        typeof(StoredDoseBroughtIntoRangeAtReview),
        typeof(MissingEquipmentKeepsLevel),
        typeof(StartedExercisesContinue),
        typeof(BalancedSessionByDefault),
        typeof(AssessedHoldSetsStart),
        typeof(QuadricepsDominanceFound),
        typeof(LimbAsymmetryFound),
        typeof(ShortHipFlexorsFound),
        typeof(WeakExtensorsFound),
        typeof(LateralAsymmetryFound),
        typeof(FindingGoneAtReassessment),
        typeof(FavourHipWorkForQuadDominance),
        typeof(QuadWorkNeedsHipSets),
        typeof(OneLegHipWorkForWeakerLeg),
        typeof(WeakerLegFirstOnKneeWork),
        typeof(StretchShortHipFlexors),
        typeof(ExtensorEnduranceFirst),
        typeof(SideBridgeWeakerSideFirst),
        typeof(AccessoryRotates),
        typeof(FillSessionToMinimum),
    ];
}
