namespace Progression.Rules;

/// <summary>The safety pack's rule classes, in the order <see cref="ProgressionEngine.Rules"/> lists them.</summary>
internal static class SafetyPack
{
    public static readonly Type[] Rules =
    [
        // Set: stop on joint pain, allow muscle fatigue, stop the session and refer on nerve symptoms.
        typeof(NoSymptomsCarryOn),
        typeof(MuscleFatigueAllowed),
        typeof(MuscleSorenessAllowed),
        typeof(JointPainStopsExercise),
        typeof(JointPainMonitored),
        typeof(SevereJointPainRefers),
        typeof(NeurologicalSymptomStopsSession),
        typeof(CaudaEquinaSymptomEmergency),

        // Plan: remembered referrals and the red flags of NICE NG59 / CKS / BASS 2018.
        typeof(OpenReferralPlansNothing),
        typeof(CaudaEquinaRedFlag),
        typeof(ProgressiveBilateralWeaknessEmergency),
        typeof(SeriousPathologyRedFlag),
        typeof(ClearedRedFlagNamed),

        // Review: joint pain, nerve symptoms, lingering soreness and the 24-hour rule.
        typeof(JointPainRegresses),
        typeof(SevereJointPainRefersAtReview),
        typeof(NeurologicalSymptomPauses),
        typeof(LingeringSorenessHolds),
        typeof(MorningPainRegresses),
    ];
}
