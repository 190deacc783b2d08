using Progression.Facts;

namespace Progression.Packs;

/// <summary>
/// The safety pack: stop on joint pain while allowing muscle fatigue, stop the session and refer on
/// neurological symptoms and red flags (NICE NG59; BASS), the 24-hour rule, lingering soreness.
/// Ids start with <c>safety.</c>. Safety rules have a higher priority than progression rules, and
/// their steps are safer, so they win when the two disagree.
/// The rules themselves are NRules rule classes in <c>Rules/Safety</c> (see <see cref="Rules.BuiltInRules"/>); this class
/// holds their ids, the tests their conditions call, and the wording and arithmetic of their answers.
/// </summary>
internal static class SafetyRules
{
    public const string NoSymptoms = "safety.no-symptoms";
    public const string FatigueAllowed = "safety.muscle-fatigue-allowed";
    public const string SorenessAllowed = "safety.muscle-soreness-allowed";
    public const string JointPainStops = "safety.joint-pain-stops-exercise";
    public const string JointPainMonitored = "safety.joint-pain-monitored";
    public const string NeurologicalStops = "safety.neurological-symptom-stops-session";
    public const string CaudaEquinaSymptom = "safety.cauda-equina-symptom-emergency";
    public const string CaudaEquinaFlag = "safety.cauda-equina-red-flag";
    public const string SeriousPathologyFlag = "safety.serious-pathology-red-flag";
    public const string JointPainRegresses = "safety.joint-pain-regresses";
    public const string PainBlocksProgression = "safety.joint-pain-blocks-progression";
    public const string NeurologicalPauses = "safety.neurological-symptom-pauses";
    public const string LingeringSorenessHolds = "safety.lingering-soreness-holds";
    public const string MorningPainReview = "safety.morning-pain-regresses";
    public const string SevereJointPainRefers = "safety.severe-joint-pain-refers";
    public const string SevereJointPainReview = "safety.severe-joint-pain-refers-at-review";
    public const string OpenReferralPlansNothing = "safety.open-referral-plans-nothing";
    public const string ProgressiveBilateralWeakness = "safety.progressive-bilateral-weakness-emergency";
    public const string ClearedRedFlagNamed = "safety.cleared-red-flag-named";

    internal const int SetSalience = 1_000;
    internal const int ReviewSalience = 500;

    // Joint pain in this many sessions in a row at the easiest variant's starting dose pauses the exercise: the first
    // time it is repeated (the set already stopped), the second time it has come back.
    internal const int JointPainSessionsToPause = 2;

    // Cauda equina signs refer as an emergency (NICE NG59 and CKS; BASS 2018). Progressive weakness on its own is a
    // progressive neurological deficit, urgent (NICE CKS sciatica); bilateral, it is a cauda equina sign (BASS 2018),
    // which ProgressiveBilateralWeakness says. Every other flag is a sign of serious pathology: urgent.
    internal static readonly HashSet<RedFlag> CaudaEquinaSigns =
        [RedFlag.BladderOrBowelChange, RedFlag.SaddleNumbness, RedFlag.BilateralLegSymptoms];

    /// <summary>Whether a reported red flag counts today: a clinician has not cleared it for this client.</summary>
    internal static bool Counts(ReportedRedFlag flag, PlanRequest request) => !request.Client.ClearedRedFlags.Contains(flag.Flag);

    /// <summary>Whether <paramref name="set"/> reports any symptom above 0/10.</summary>
    internal static bool AnySymptom(SetReport set)
    {
        var symptoms = set.Symptoms;
        for (var i = 0; i < symptoms.Count; i++)
        {
            if (symptoms[i].Intensity > 0)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsCaudaEquinaSign(RedFlag flag) => CaudaEquinaSigns.Contains(flag);

    internal static bool IsNeurological(SymptomKind kind)
        => kind is SymptomKind.RadiatingPain or SymptomKind.Numbness or SymptomKind.Weakness;

    internal static bool IsCaudaEquinaSite(BodySite site) => site is BodySite.Saddle or BodySite.BothLegs;

    // Names are made once per enum value: reasons are written on every call, so no ToString() there.
    private static readonly string[] SiteNames = Enum.GetValues<BodySite>().Select(site => site switch
    {
        BodySite.LowerBack => "lower back",
        BodySite.HipFlexors => "hip flexor",
        BodySite.BothLegs => "both legs",
        BodySite.UpperBack => "upper back",
        BodySite.QuadratusLumborum => "quadratus lumborum",
        _ => site.ToString().ToLowerInvariant(),
    }).ToArray();

    private static readonly string[] CapitalSiteNames = SiteNames.Select(Wording.Capital).ToArray();

    internal static string SiteName(BodySite site) => (uint)site < (uint)SiteNames.Length ? SiteNames[(int)site] : site.ToString();

    internal static string CapitalSiteName(BodySite site) => (uint)site < (uint)CapitalSiteNames.Length ? CapitalSiteNames[(int)site] : site.ToString();

    internal static string KindName(SymptomKind kind) => kind switch
    {
        SymptomKind.MuscleFatigue => "muscle fatigue",
        SymptomKind.MuscleSoreness => "muscle soreness",
        SymptomKind.JointPain => "joint pain",
        SymptomKind.RadiatingPain => "radiating pain",
        _ => kind.ToString().ToLowerInvariant(),
    };

    internal static int MorningPainRise(CheckIn? checkIn) => checkIn is null ? 0 : checkIn.MorningPain - checkIn.BaselinePain;

    /// <summary>
    /// Whether the morning pain of <paramref name="checkIn"/> lowers an exercise today: a rise over baseline of the
    /// policy's step after the session that had it, or severe morning pain for every exercise. Shared by plan and review.
    /// </summary>
    internal static bool MorningPainLowers(CheckIn? checkIn, ClientState client, string exerciseId, ProgressionPolicy policy)
        => checkIn is not null
           && (checkIn.MorningPain >= policy.SevereMorningPain
               || (MorningPainRise(checkIn) >= policy.MorningPainRiseToRegress && client.LastSessionExercises.Contains(exerciseId)));

    /// <summary>
    /// The lowering today's plan applied to an exercise the client has progress on — morning pain after the last session
    /// or severe, lingering soreness — worked out from the stored level as the plan does, or <see langword="null"/> when
    /// nothing lowers it. The review judges a session done at that rung against it, so one flare lowers once.
    /// </summary>
    internal static Move? DayLowering(Exercise exercise, ClientState client, CheckIn? checkIn, ProgressionPolicy policy)
    {
        var stored = client.ProgressOf(exercise.Id);
        if (stored is null or { Paused: true }
            || !(MorningPainLowers(checkIn, client, exercise.Id, policy) || LingeringSoreness(exercise, checkIn, policy) is not null))
        {
            return null;
        }

        var index = exercise.IndexOf(stored.VariantId);
        return index < 0 ? null : Ladder.Down(exercise, index, stored.Dosage, client.Assessment, policy);
    }

    /// <summary>
    /// What the plan of the day prescribed when it lowered this exercise (one level down from the stored level), or
    /// <see langword="null"/> when no cause lowers it: the review judges the session against that, so a flare lowers once.
    /// </summary>
    internal static Move? PlannedLowering(ExercisePerformance p, ProgressionPolicy policy)
    {
        var stored = p.Client.ProgressOf(p.ExerciseId);
        if (stored is { Paused: true })
        {
            return null;
        }

        var index = stored is null ? -1 : p.Exercise.IndexOf(stored.VariantId);
        return index < 0
            ? Ladder.Down(p.Exercise, 0, p.Exercise.Variants[0].StartingDosage, p.Client.Assessment, policy)
            : Ladder.Down(p.Exercise, index, stored!.Dosage, p.Client.Assessment, policy);
    }

    /// <summary>The step that takes the performed prescription to <paramref name="to"/>: Hold when it stays or comes back up to the planned level, Regress when it goes down.</summary>
    internal static ProgressionStep StepTo(ExercisePerformance p, Prescription to)
    {
        if (to == p.Prescribed)
        {
            return ProgressionStep.Hold;
        }

        var index = p.Exercise.IndexOf(to.VariantId);
        if (index != p.VariantIndex)
        {
            return index < p.VariantIndex ? ProgressionStep.Regress : ProgressionStep.Hold;
        }

        var lower = Ladder.Primary(p.Variant, to.Dosage) < Ladder.Primary(p.Variant, p.Prescribed.Dosage)
                    || (to.Dosage.LoadKg ?? 0) < (p.Prescribed.Dosage.LoadKg ?? 0);
        return lower ? ProgressionStep.Regress : ProgressionStep.Hold;
    }

    internal static string Level(Exercise exercise, Prescription prescription)
        => $"{exercise.Variants[Math.Max(0, exercise.IndexOf(prescription.VariantId))].Name} at {prescription.Dosage}";

    internal static string SevereJointPainSentence(Symptom pain, ProgressionPolicy policy)
        => $"{Wording.Capital(ProgressionRules.Describe(pain))} is in the red zone ({policy.SevereJointPain}/10 or more): stop, and have a physiotherapist or doctor look at it before training again.";

    internal static Symptom? SevereJointPainIn(ExercisePerformance performance, ProgressionPolicy policy)
    {
        foreach (var set in performance.Sets)
        {
            foreach (var symptom in set.Symptoms)
            {
                if (symptom.Kind == SymptomKind.JointPain && symptom.Intensity >= policy.SevereJointPain)
                {
                    return symptom;
                }
            }
        }

        return null;
    }

    internal static Symptom? JointPain(ExercisePerformance performance, int stopsAbove)
    {
        foreach (var set in performance.Sets)
        {
            foreach (var symptom in set.Symptoms)
            {
                if (symptom.Kind == SymptomKind.JointPain && symptom.Intensity > stopsAbove)
                {
                    return symptom;
                }
            }
        }

        return null;
    }

    internal static Symptom? Neurological(ExercisePerformance performance)
    {
        foreach (var set in performance.Sets)
        {
            foreach (var symptom in set.Symptoms)
            {
                if (IsNeurological(symptom.Kind) && symptom.Intensity > 0)
                {
                    return symptom;
                }
            }
        }

        return null;
    }

    /// <summary>Soreness of <paramref name="checkIn"/> still at the policy's intensity after its days, in a muscle the exercise targets; or <see langword="null"/>.</summary>
    internal static Symptom? LingeringSoreness(Exercise exercise, CheckIn? checkIn, ProgressionPolicy policy)
    {
        if (checkIn is not { DaysSinceLastSession: { } days } || days < policy.LingeringSorenessDays)
        {
            return null;
        }

        foreach (var symptom in checkIn.Soreness)
        {
            if (symptom.Kind == SymptomKind.MuscleSoreness && symptom.Intensity >= policy.LingeringSorenessIntensity
                && exercise.TargetMuscles.Contains(symptom.Site))
            {
                return symptom;
            }
        }

        return null;
    }

    internal static string FlagName(RedFlag flag) => flag switch
    {
        RedFlag.BladderOrBowelChange => "A change in bladder or bowel control",
        RedFlag.SaddleNumbness => "Numbness in the saddle area",
        RedFlag.BilateralLegSymptoms => "Symptoms in both legs",
        RedFlag.ProgressiveWeakness => "Weakness that is getting worse",
        RedFlag.NightPain => "Pain at night",
        RedFlag.UnexplainedWeightLoss => "Weight loss you cannot explain",
        RedFlag.Fever => "A fever with back pain",
        RedFlag.CancerHistory => "A history of cancer with new back pain",
        RedFlag.RecentTrauma => "A recent fall or injury",
        RedFlag.NewPainUnder20OrOver50 => "New back pain before 20 or after 50",
        RedFlag.OsteoporosisOrSteroidUse => "Osteoporosis or long-term steroid use with back pain",
        RedFlag.Immunosuppression => "A weakened immune system with back pain",
        RedFlag.ThoracicPain => "Pain in the mid (thoracic) spine",
        _ => flag.ToString(),
    };

}
