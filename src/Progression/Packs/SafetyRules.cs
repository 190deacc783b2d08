using Progression.Facts;
using Progression.Rules;

namespace Progression.Packs;

/// <summary>
/// The safety pack: stop on joint pain while allowing muscle fatigue, stop the session and refer on
/// neurological symptoms and red flags (NICE NG59; BASS), the 24-hour rule, lingering soreness.
/// Ids start with <c>safety.</c>. Safety rules have higher salience than progression rules, and
/// their steps are safer, so they win when the two disagree.
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

    private const int SetSalience = 1_000;
    private const int ReviewSalience = 500;

    // Joint pain in this many sessions in a row at the easiest variant's starting dose pauses the exercise: the first
    // time it is repeated (the set already stopped), the second time it has come back.
    private const int JointPainSessionsToPause = 2;

    private static readonly HashSet<RedFlag> CaudaEquinaSigns =
        [RedFlag.BladderOrBowelChange, RedFlag.SaddleNumbness, RedFlag.BilateralLegSymptoms, RedFlag.ProgressiveWeakness];

    public static void AddTo(RuleSetBuilder rules, ProgressionPolicy policy)
    {
        AddSetRules(rules, policy);
        AddPlanRules(rules);
        AddReviewRules(rules, policy);
    }

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

    private static string CapitalSiteName(BodySite site) => (uint)site < (uint)CapitalSiteNames.Length ? CapitalSiteNames[(int)site] : site.ToString();

    internal static string KindName(SymptomKind kind) => kind switch
    {
        SymptomKind.MuscleFatigue => "muscle fatigue",
        SymptomKind.MuscleSoreness => "muscle soreness",
        SymptomKind.JointPain => "joint pain",
        SymptomKind.RadiatingPain => "radiating pain",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static void AddSetRules(RuleSetBuilder rules, ProgressionPolicy policy)
    {
        {
            var rule = rules.Rule(NoSymptoms)
                .Describe("A set with no symptom reported goes on.")
                .Salience(SetSalience);
            var set = rule.Match<SetUnderReview>();
            rule.Not<ReportedSymptom>(s => s.Intensity > 0).JoinOn(set, s => s.Set, s => s);
            rule.Then(ctx => ctx.Record(new SetFinding(SetAction.Continue, Referral.None,
                new Reason(ctx.Rule.Id, "No symptoms reported: carry on."))));
        }

        {
            var rule = rules.Rule(FatigueAllowed)
                .Describe("Muscle fatigue is expected and never stops a set by itself (seed: 'muscle fatigue is sometimes good to push through').")
                .Salience(SetSalience);
            var symptom = rule.Match<ReportedSymptom>(s => s.Kind == SymptomKind.MuscleFatigue && s.Intensity > 0);
            rule.Then(ctx =>
            {
                var s = ctx.Get(symptom);
                ctx.Record(new SetFinding(SetAction.Continue, Referral.None,
                    new Reason(ctx.Rule.Id, () => $"{CapitalSiteName(s.Site)} muscle fatigue {s.Intensity}/10 is expected: it is fine to keep going.")));
            });
        }

        {
            var rule = rules.Rule(SorenessAllowed)
                .Describe("Muscle soreness (DOMS) does not stop a set.")
                .Salience(SetSalience);
            var symptom = rule.Match<ReportedSymptom>(s => s.Kind == SymptomKind.MuscleSoreness && s.Intensity > 0);
            rule.Then(ctx =>
            {
                var s = ctx.Get(symptom);
                ctx.Record(new SetFinding(SetAction.Continue, Referral.None,
                    new Reason(ctx.Rule.Id, () => $"{CapitalSiteName(s.Site)} muscle soreness {s.Intensity}/10 is normal after training: carry on.")));
            });
        }

        {
            var rule = rules.Rule(JointPainStops)
                .Describe(policy.JointPainStopsAbove == 0
                    ? "Joint pain stops the exercise: never push through joint pain (seed: 'joint pain is always something you want to avoid')."
                    : $"Joint pain above {policy.JointPainStopsAbove}/10 stops the exercise (pain-monitoring model, Thomeé 1997).")
                .Salience(SetSalience + 10);
            var symptom = rule.Match<ReportedSymptom>(s => s.Kind == SymptomKind.JointPain && s.Intensity > policy.JointPainStopsAbove);
            rule.Then(ctx =>
            {
                var s = ctx.Get(symptom).Symptom;
                ctx.Record(new SetFinding(SetAction.StopExercise, Referral.None,
                    new Reason(ctx.Rule.Id, () => $"Stopped: {ProgressionRules.Describe(s)} — never push through joint pain.")));
            });
        }

        if (policy.JointPainStopsAbove > 0)
        {
            var rule = rules.Rule(JointPainMonitored)
                .Describe($"Under pain monitoring, joint pain up to {policy.JointPainStopsAbove}/10 may continue; above {policy.JointPainBlocksProgressionAbove}/10 it blocks progression (Silbernagel 2007).")
                .Salience(SetSalience + 10);
            var symptom = rule.Match<ReportedSymptom>(s => s.Kind == SymptomKind.JointPain && s.Intensity > 0 && s.Intensity <= policy.JointPainStopsAbove);
            rule.Then(ctx =>
            {
                var s = ctx.Get(symptom);
                ctx.Record(new SetFinding(SetAction.Continue, Referral.None, new Reason(ctx.Rule.Id, () => s.Intensity > policy.JointPainBlocksProgressionAbove
                    ? $"{Wording.Capital(ProgressionRules.Describe(s.Symptom))} is acceptable under pain monitoring, but this session will not count toward progression."
                    : $"{Wording.Capital(ProgressionRules.Describe(s.Symptom))} is within the safe zone (0–{policy.JointPainBlocksProgressionAbove}): carry on and watch it.")));
            });
        }

        {
            var rule = rules.Rule(NeurologicalStops)
                .Describe("Radiating pain, numbness or weakness stops the session and calls for a professional's opinion.")
                .Salience(SetSalience + 20);
            var symptom = rule.Match<ReportedSymptom>(s => IsNeurological(s.Kind) && s.Intensity > 0 && !IsCaudaEquinaSite(s.Site));
            rule.Then(ctx =>
            {
                var s = ctx.Get(symptom).Symptom;
                ctx.Record(new SetFinding(SetAction.StopSession, Referral.Routine,
                    new Reason(ctx.Rule.Id, () => $"Session stopped: {ProgressionRules.Describe(s)} can come from an irritated nerve — book a visit with a physiotherapist or doctor before training again.")));
            });
        }

        {
            var rule = rules.Rule(CaudaEquinaSymptom)
                .Describe("Numbness, weakness or radiating pain in the saddle area or both legs can be cauda equina syndrome: stop and seek emergency care (NICE NG59).")
                .Salience(SetSalience + 30);
            var symptom = rule.Match<ReportedSymptom>(s => IsNeurological(s.Kind) && s.Intensity > 0 && IsCaudaEquinaSite(s.Site));
            rule.Then(ctx =>
            {
                var s = ctx.Get(symptom).Symptom;
                ctx.Record(new SetFinding(SetAction.StopSession, Referral.Emergency,
                    new Reason(ctx.Rule.Id, () => $"Session stopped: {ProgressionRules.Describe(s)} is an emergency sign — go to an emergency department now.")));
            });
        }
    }

    private static void AddPlanRules(RuleSetBuilder rules)
    {
        {
            var rule = rules.Rule(CaudaEquinaFlag)
                .Describe("Signs of cauda equina syndrome (bladder or bowel change, saddle numbness, symptoms in both legs, progressive weakness) need emergency care; nothing is planned (NICE NG59; BASS).")
                .Salience(SetSalience + 30);
            var flag = rule.Match<ReportedRedFlag>(f => CaudaEquinaSigns.Contains(f.Flag));
            rule.Then(ctx =>
            {
                var f = ctx.Get(flag).Flag;
                ctx.Record(new PlanReferral(Referral.Emergency,
                    new Reason(ctx.Rule.Id, () => $"{FlagName(f)} is an emergency sign: go to an emergency department now. No exercise today.")));
            });
        }

        {
            var rule = rules.Rule(SeriousPathologyFlag)
                .Describe("Signs of serious pathology (night pain, unexplained weight loss, fever, a history of cancer, recent trauma) need a doctor today; nothing is planned (NICE NG59).")
                .Salience(SetSalience + 20);
            var flag = rule.Match<ReportedRedFlag>(f => !CaudaEquinaSigns.Contains(f.Flag));
            rule.Then(ctx =>
            {
                var f = ctx.Get(flag).Flag;
                ctx.Record(new PlanReferral(Referral.Urgent,
                    new Reason(ctx.Rule.Id, () => $"{FlagName(f)} needs checking: see a doctor today. No exercise until then.")));
            });
        }
    }

    private static void AddReviewRules(RuleSetBuilder rules, ProgressionPolicy policy)
    {
        {
            var rule = rules.Rule(JointPainRegresses)
                .Describe("An exercise stopped for joint pain goes one variant down; on the easiest variant one dose step down; only joint pain at the easiest variant's starting dose pauses it, with advice to see a professional.")
                .Salience(ReviewSalience);
            var performance = rule.Match<ExercisePerformance>(p => JointPain(p, policy.JointPainStopsAbove) is not null);
            rule.Then(ctx =>
            {
                var p = ctx.Get(performance);
                var pain = JointPain(p, policy.JointPainStopsAbove)!;
                // Over-caution costs adherence: step down first; at the easiest starting dose repeat once, and
                // pause only when the pain comes back there.
                var move = Ladder.Down(p.Exercise, p.VariantIndex, p.Progress.Dosage, p.Client.Assessment, policy);
                var sessions = p.Progress.JointPainStreak + 1;
                if (move.Step == ProgressionStep.Pause && sessions < JointPainSessionsToPause)
                {
                    ctx.Record(new StepProposal(p.ExerciseId, ProgressionStep.Hold, move.To, new Reason(ctx.Rule.Id,
                        () => $"Stopped for {ProgressionRules.Describe(pain)}: {move.Describe()}, so repeat {move.To.Dosage} next time; if joint pain comes back at this dose, the exercise is paused until a physiotherapist has looked at it."))
                    {
                        JointPainStopped = true,
                    });
                    return;
                }

                ctx.Record(new StepProposal(p.ExerciseId, move.Step, move.To, new Reason(ctx.Rule.Id, () => move.Step == ProgressionStep.Pause
                    ? $"Paused after {ProgressionRules.Describe(pain)}, joint pain in {sessions} sessions in a row: {move.Describe()} (its starting dose), so have a physiotherapist look at it before going on."
                    : $"Stopped for {ProgressionRules.Describe(pain)}: {move.Describe()}."))
                {
                    Referral = move.Step == ProgressionStep.Pause ? Referral.Routine : Referral.None,
                    JointPainStopped = true,
                });
            });
        }

        {
            var rule = rules.Rule(NeurologicalPauses)
                .Describe("Radiating pain, numbness or weakness during a session pauses the exercise until a professional has seen it.")
                .Salience(ReviewSalience);
            var performance = rule.Match<ExercisePerformance>(p => Neurological(p) is not null);
            rule.Then(ctx =>
            {
                var p = ctx.Get(performance);
                var symptom = Neurological(p)!;
                var emergency = IsCaudaEquinaSite(symptom.Site);
                ctx.Record(new StepProposal(p.ExerciseId, ProgressionStep.Pause, p.Prescribed,
                    new Reason(ctx.Rule.Id, () => emergency
                        ? $"Paused: {ProgressionRules.Describe(symptom)} is an emergency sign — go to an emergency department now."
                        : $"Paused: {ProgressionRules.Describe(symptom)} — see a physiotherapist or doctor before doing it again."))
                {
                    Referral = emergency ? Referral.Emergency : Referral.Routine,
                });
            });
        }

        {
            var rule = rules.Rule(LingeringSorenessHolds)
                .Describe($"Muscle soreness still at {policy.LingeringSorenessIntensity}/10 or more {policy.LingeringSorenessDays} days after a session holds the exercise and flags it for a clinician.")
                .Salience(ReviewSalience);
            var performance = rule.Match<ExercisePerformance>(p => LingeringSoreness(p, policy) is not null);
            rule.Then(ctx =>
            {
                var p = ctx.Get(performance);
                var soreness = LingeringSoreness(p, policy)!;
                ctx.Record(new StepProposal(p.ExerciseId, ProgressionStep.Hold, p.Prescribed,
                    new Reason(ctx.Rule.Id, () => $"{Wording.Capital(ProgressionRules.Describe(soreness))} is still there {p.Report.CheckIn!.DaysSinceLastSession} days on: hold the dose and ask a clinician to check it."))
                {
                    Referral = Referral.Routine,
                });
            });
        }

        {
            var rule = rules.Rule(MorningPainReview)
                .Describe($"Pain the next morning {policy.MorningPainRiseToRegress} or more points above baseline regresses the exercises of the last session, whatever progression was due (the 24-hour rule).")
                .Salience(ReviewSalience);
            var performance = rule.Match<ExercisePerformance>(p => MorningPainRise(p.Report.CheckIn) >= policy.MorningPainRiseToRegress
                                                                   && p.Client.LastSessionExercises.Contains(p.ExerciseId));
            rule.Then(ctx =>
            {
                var p = ctx.Get(performance);
                var checkIn = p.Report.CheckIn!;
                var move = Ladder.Down(p.Exercise, p.VariantIndex, p.Progress.Dosage, p.Client.Assessment);
                ctx.Record(new StepProposal(p.ExerciseId, move.Step, move.To,
                    new Reason(ctx.Rule.Id, () => $"Morning pain {checkIn.MorningPain}/10 against a baseline of {checkIn.BaselinePain}/10 after the last session: {move.Describe()}.")));
            });
        }
    }

    internal static int MorningPainRise(CheckIn? checkIn) => checkIn is null ? 0 : checkIn.MorningPain - checkIn.BaselinePain;

    private static Symptom? JointPain(ExercisePerformance performance, int stopsAbove)
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

    private static Symptom? Neurological(ExercisePerformance performance)
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

    private static Symptom? LingeringSoreness(ExercisePerformance performance, ProgressionPolicy policy)
    {
        if (performance.Report.CheckIn is not { DaysSinceLastSession: { } days } checkIn || days < policy.LingeringSorenessDays)
        {
            return null;
        }

        foreach (var symptom in checkIn.Soreness)
        {
            if (symptom.Kind == SymptomKind.MuscleSoreness && symptom.Intensity >= policy.LingeringSorenessIntensity
                && performance.Exercise.TargetMuscles.Contains(symptom.Site))
            {
                return symptom;
            }
        }

        return null;
    }

    private static string FlagName(RedFlag flag) => flag switch
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
        _ => flag.ToString(),
    };

}
