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
    public const string SevereJointPainRefers = "safety.severe-joint-pain-refers";
    public const string SevereJointPainReview = "safety.severe-joint-pain-refers-at-review";
    public const string OpenReferralPlansNothing = "safety.open-referral-plans-nothing";
    public const string ProgressiveBilateralWeakness = "safety.progressive-bilateral-weakness-emergency";
    public const string ClearedRedFlagNamed = "safety.cleared-red-flag-named";

    internal const int SetSalience = 1_000;
    internal const int ReviewSalience = 500;

    // Joint pain in this many sessions in a row at the easiest variant's starting dose pauses the exercise: the first
    // time it is repeated (the set already stopped), the second time it has come back.
    private const int JointPainSessionsToPause = 2;

    // Cauda equina signs refer as an emergency (NICE NG59 and CKS; BASS 2018). Progressive weakness on its own is a
    // progressive neurological deficit, urgent (NICE CKS sciatica); bilateral, it is a cauda equina sign (BASS 2018),
    // which ProgressiveBilateralWeakness says. Every other flag is a sign of serious pathology: urgent.
    internal static readonly HashSet<RedFlag> CaudaEquinaSigns =
        [RedFlag.BladderOrBowelChange, RedFlag.SaddleNumbness, RedFlag.BilateralLegSymptoms];

    public static void AddTo(RuleSetBuilder rules, ProgressionPolicy policy)
    {
        AddSetRules(rules, policy);
        AddPlanRules(rules);
        AddReviewRules(rules, policy);
    }

    /// <summary>Whether a reported red flag counts today: a clinician has not cleared it for this client.</summary>
    internal static bool Counts(ReportedRedFlag flag, PlanRequest request) => !request.Client.ClearedRedFlags.Contains(flag.Flag);

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
            var rule = rules.Rule(SevereJointPainRefers)
                .Describe($"Joint pain at {policy.SevereJointPain}/10 or more (the red zone of traffic-light pain scales) stops the exercise and calls for a professional's opinion.")
                .Salience(SetSalience + 10);
            var symptom = rule.Match<ReportedSymptom>(s => s.Kind == SymptomKind.JointPain && s.Intensity >= policy.SevereJointPain);
            rule.Then(ctx =>
            {
                var s = ctx.Get(symptom).Symptom;
                ctx.Record(new SetFinding(SetAction.StopExercise, Referral.Routine,
                    new Reason(ctx.Rule.Id, () => SevereJointPainSentence(s, policy))));
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
            var rule = rules.Rule(OpenReferralPlansNothing)
                .Describe("A referral no clinician has cleared yet is remembered: every plan returns it with its reasons and plans nothing until ClientState.ClearReferral().")
                .Salience(SetSalience + 40);
            var request = rule.Match<PlanRequest>(r => r.Client.OpenReferral is not null);
            rule.Then(ctx =>
            {
                var open = ctx.Get(request).Client.OpenReferral!;
                ctx.Record(new PlanReferral(open.Urgency, new Reason(ctx.Rule.Id,
                    () => FormattableString.Invariant($"Referred ({open.Urgency}) on {open.Since:yyyy-MM-dd} and not yet cleared by a clinician: no exercise until then. The reasons given:"))));
                foreach (var reason in open.Reasons)
                {
                    ctx.Record(new PlanReferral(open.Urgency, reason));
                }
            });
        }

        {
            var rule = rules.Rule(CaudaEquinaFlag)
                .Describe("Signs of cauda equina syndrome (bladder or bowel change, saddle numbness, symptoms in both legs) need emergency care; nothing is planned (NICE NG59; NICE CKS; BASS 2018).")
                .Salience(SetSalience + 30);
            var request = rule.Match<PlanRequest>();
            var flag = rule.Match<ReportedRedFlag>(f => CaudaEquinaSigns.Contains(f.Flag)).Where(request, Counts);
            rule.Then(ctx =>
            {
                var f = ctx.Get(flag).Flag;
                ctx.Record(new PlanReferral(Referral.Emergency,
                    new Reason(ctx.Rule.Id, () => $"{FlagName(f)} is an emergency sign: go to an emergency department now. No exercise today.")));
            });
        }

        {
            var rule = rules.Rule(ProgressiveBilateralWeakness)
                .Describe("Weakness that is getting worse, with symptoms in both legs, is a severe or progressive bilateral neurological deficit: a cauda equina sign, emergency care (BASS 2018; NICE CKS).")
                .Salience(SetSalience + 30);
            var request = rule.Match<PlanRequest>();
            rule.Match<ReportedRedFlag>(f => f.Flag == RedFlag.ProgressiveWeakness).Where(request, Counts);
            rule.Exists<ReportedRedFlag>(f => f.Flag == RedFlag.BilateralLegSymptoms).Where(request, Counts);
            rule.Then(ctx =>
            {
                ctx.Record(new PlanReferral(Referral.Emergency, new Reason(ctx.Rule.Id,
                    () => "Weakness that is getting worse, in both legs, can be cauda equina syndrome: go to an emergency department now. No exercise today.")));
            });
        }

        {
            var rule = rules.Rule(SeriousPathologyFlag)
                .Describe("Signs of serious pathology (night pain, unexplained weight loss, fever, a history of cancer, recent trauma, new pain under 20 or over 50, osteoporosis or long-term steroids, a weakened immune system, thoracic pain) and progressive weakness need a doctor today; nothing is planned (NICE NG59; NICE CKS).")
                .Salience(SetSalience + 20);
            var request = rule.Match<PlanRequest>();
            var flag = rule.Match<ReportedRedFlag>(f => !CaudaEquinaSigns.Contains(f.Flag)).Where(request, Counts);
            rule.Then(ctx =>
            {
                var f = ctx.Get(flag).Flag;
                ctx.Record(new PlanReferral(Referral.Urgent,
                    new Reason(ctx.Rule.Id, () => $"{FlagName(f)} needs checking: see a doctor today. No exercise until then.")));
            });
        }

        {
            var rule = rules.Rule(ClearedRedFlagNamed)
                .Describe("A red flag a clinician assessed and cleared for the client does not stop the session; every plan still names it.")
                .Salience(SetSalience + 20);
            var request = rule.Match<PlanRequest>(r => r.Client.ClearedRedFlags.Count > 0);
            rule.Then(ctx =>
            {
                var r = ctx.Get(request);
                foreach (var cleared in r.Client.ClearedRedFlags)
                {
                    var reported = r.CheckIn?.RedFlags.Contains(cleared) == true;
                    ctx.Record(new PlanFinding(new Reason(ctx.Rule.Id, () => reported
                        ? $"{FlagName(cleared)}: reported today, and assessed and cleared by a clinician for you, so it does not stop training; tell them about any change."
                        : $"{FlagName(cleared)}: assessed and cleared by a clinician for you, so it does not stop training; tell them about any change.")));
                }
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
                    ? $"Paused after {ProgressionRules.Describe(pain)}, joint pain in {sessions} sessions in a row: {move.Describe()} (its starting dose), so have a physiotherapist look at it before it is resumed; the rest of the program goes on."
                    : $"Stopped for {ProgressionRules.Describe(pain)}: {move.Describe()}."))
                {
                    // The pause is the exercise's alone: one painful exercise does not stop the whole program (a
                    // program-wide referral comes from nerve symptoms, red flags or severe joint pain).
                    JointPainStopped = true,
                });
            });
        }

        {
            var rule = rules.Rule(SevereJointPainReview)
                .Describe($"Joint pain at {policy.SevereJointPain}/10 or more during a session refers the client (Routine); the referral is remembered until a clinician clears it.")
                .Salience(ReviewSalience);
            var performance = rule.Match<ExercisePerformance>(p => SevereJointPainIn(p, policy) is not null);
            rule.Then(ctx =>
            {
                var p = ctx.Get(performance);
                var pain = SevereJointPainIn(p, policy)!;
                ctx.Record(new ReviewReferral(Referral.Routine, new Reason(ctx.Rule.Id,
                    () => $"{p.Exercise.Name}: {SevereJointPainSentence(pain, policy)}")));
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
                .Describe($"Muscle soreness still at {policy.LingeringSorenessIntensity}/10 or more {policy.LingeringSorenessDays} days after a session holds the exercise at the level the plan lowered it to (one flare lowers once).")
                .Salience(ReviewSalience);
            var performance = rule.Match<ExercisePerformance>(p => LingeringSoreness(p.Exercise, p.Report.CheckIn, policy) is not null);
            rule.Then(ctx =>
            {
                var p = ctx.Get(performance);
                var soreness = LingeringSoreness(p.Exercise, p.Report.CheckIn, policy)!;
                var planned = PlannedLowering(p, policy);
                var to = planned is { Step: not ProgressionStep.Pause } move && p.VariantIndex == p.Exercise.IndexOf(move.To.VariantId) ? move.To : p.Prescribed;
                var step = StepTo(p, to);
                ctx.Record(new StepProposal(p.ExerciseId, step, to, new Reason(ctx.Rule.Id, () =>
                    $"{Wording.Capital(ProgressionRules.Describe(soreness))} is still there {p.Report.CheckIn!.DaysSinceLastSession} days on: "
                    + (to == p.Prescribed ? $"hold {to.Dosage}" : $"today's plan lowered it, so it stays at {Level(p.Exercise, to)}")
                    + "; if it is still there next time, ask a clinician to check it.")));
            });
        }

        {
            var rule = rules.Rule(MorningPainReview)
                .Describe($"Pain the morning after a session {policy.MorningPainRiseToRegress} or more points above baseline lowers that session's exercises one level, and morning pain at {policy.SevereMorningPain}/10 or more every exercise, whatever progression was due (the 24-hour rule). The plan of the day already lowered them: a session done at that level stays there, one done at the old level goes down to it; a flare lowers once.")
                .Salience(ReviewSalience);
            var performance = rule.Match<ExercisePerformance>(p => MorningPainLowers(p.Report.CheckIn, p.Client, p.ExerciseId, policy));
            rule.Then(ctx =>
            {
                var p = ctx.Get(performance);
                var checkIn = p.Report.CheckIn!;
                var planned = PlannedLowering(p, policy);
                var to = planned is { Step: not ProgressionStep.Pause } move && p.VariantIndex >= p.Exercise.IndexOf(move.To.VariantId) ? move.To : p.Prescribed;
                var step = StepTo(p, to);
                string Said() => checkIn.MorningPain >= policy.SevereMorningPain
                    ? $"Morning pain {checkIn.MorningPain}/10 ({policy.SevereMorningPain} or more)"
                    : $"Morning pain {checkIn.MorningPain}/10 against a baseline of {checkIn.BaselinePain}/10 after the last session";
                ctx.Record(new StepProposal(p.ExerciseId, step, to, new Reason(ctx.Rule.Id, () => step switch
                {
                    ProgressionStep.Regress => $"{Said()}: down once, to {Level(p.Exercise, to)}.",
                    _ when to == p.Prescribed && planned is { Step: ProgressionStep.Pause } => $"{Said()}: {p.Exercise.Name} is already at its easiest level, {to.Dosage}; it stays there.",
                    _ => $"{Said()}: today's plan already lowered {p.Exercise.Name} to {(to.VariantId == p.Client.ProgressOf(p.ExerciseId)?.VariantId ? to.Dosage.ToString() : Level(p.Exercise, to))} and the session was done there; it stays at that level (one flare lowers once).",
                })));
            });
        }
    }

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
    private static ProgressionStep StepTo(ExercisePerformance p, Prescription to)
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

    private static string Level(Exercise exercise, Prescription prescription)
        => $"{exercise.Variants[Math.Max(0, exercise.IndexOf(prescription.VariantId))].Name} at {prescription.Dosage}";

    private static string SevereJointPainSentence(Symptom pain, ProgressionPolicy policy)
        => $"{Wording.Capital(ProgressionRules.Describe(pain))} is in the red zone ({policy.SevereJointPain}/10 or more): stop, and have a physiotherapist or doctor look at it before training again.";

    private static Symptom? SevereJointPainIn(ExercisePerformance performance, ProgressionPolicy policy)
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
