using System.Globalization;
using Progression.Facts;
using Progression.Rules;

namespace Progression.Packs;

/// <summary>
/// The selection pack: which exercises go into today's session and at what level. Ids start
/// with <c>selection.</c> (plus the two safety rules that act on a plan).
/// </summary>
internal static class SelectionRules
{
    public const string ContinueProgram = "selection.continue-program";
    public const string BalancedSession = "selection.balanced-session";
    public const string EquipmentAvailable = "selection.equipment-available";
    public const string SessionSize = "selection.session-size";
    public const string PausedSkipped = "safety.paused-exercise-skipped";
    public const string MorningPainPlan = "safety.morning-pain-regresses-plan";
    public const string SevereMorningPainPlan = "safety.severe-morning-pain-lowers-plan";
    public const string SevereMorningPainFound = "safety.severe-morning-pain";
    public const string LingeringSorenessPlan = "safety.lingering-soreness-lowers-plan";
    public const string PausedSlotFilled = "safety.paused-exercise-replaced";
    public const string FillToMinimum = "selection.fill-to-minimum";

    // Stored state the catalog no longer fits, and reports read without a named variant.
    public const string StoredVariantUnknownPlan = "selection.stored-variant-unknown";
    public const string StoredDoseOutOfRangePlan = "selection.stored-dose-out-of-range";
    public const string VariantAssumedReview = "progression.variant-assumed";
    public const string StoredVariantUnknownReview = "progression.stored-variant-unknown";
    public const string StoredDoseOutOfRangeReview = "progression.stored-dose-out-of-range";
    public const string EquipmentKeepsLevel = "progression.equipment-keeps-level";

    /// <summary>Fires before the classification rules (100), so its hold is the one that stands among holds.</summary>
    internal const int KeepLevelSalience = 200;

    // Assessment → imbalance fact.
    public const string QuadDominance = "selection.quad-dominance";
    public const string LimbAsymmetryFound = "selection.limb-asymmetry";
    public const string ShortHipFlexorsFound = "selection.short-hip-flexors";
    public const string WeakExtensorsFound = "selection.weak-extensors";
    public const string LateralAsymmetryFound = "selection.lateral-asymmetry";

    // Imbalance fact + candidate → plan choice.
    public const string FavourHipWork = "selection.quad-dominance.favour-hip-work";
    public const string QuadSetRatio = "selection.quad-dominance.set-ratio";
    public const string UnilateralVariant = "selection.limb-asymmetry.unilateral-variant";
    public const string WeakerLegFirst = "selection.limb-asymmetry.weaker-side-first";
    public const string HipFlexorStretch = "selection.short-hip-flexors.stretch";
    public const string ExtensorsFirst = "selection.weak-extensors.extensor-endurance-first";
    public const string SideBridgeWeakerSide = "selection.lateral-asymmetry.side-bridge";

    /// <summary>The supporting side of the hamstring:quadriceps set ratio, as the plan's reasons name it.</summary>
    internal const string HipWork = "hamstring or hip-dominant";

    // Priorities: higher comes first among strength work and survives the trim to MaxExercises.
    // Balanced 35–40 and continuing 50 sit under every imbalance, so a finding always shapes the plan;
    // extensor endurance is highest because it must open the strength work.
    internal const int ReservePriority = 10;
    internal const int ContinuePriority = 50;
    internal const int HipWorkPriority = 70;
    internal const int UnilateralPriority = 75;
    internal const int SideBridgePriority = 80;
    internal const int HipFlexorStretchPriority = 90;
    internal const int ExtensorPriority = 95;

    internal const int FindingSalience = 700;
    internal const int ImbalanceSalience = 600;

    /// <summary>
    /// The default session when nothing else is known, after the seeds' framing: work below
    /// (hips, thighs), around (trunk) and above (thoracic spine, lats) the lower back. The McGill
    /// "big three" (bird dog, dead bug as the curl-up's gentler cousin, side bridge) hold the middle.
    /// </summary>
    internal static readonly (string Id, string Region)[] Balanced =
    [
        ("hip-flexor-stretch", "below"),
        ("glute-bridge", "below"),
        ("bird-dog", "around"),
        ("dead-bug", "around"),
        ("side-bridge", "around"),
        ("wall-pullover", "above"),
    ];

    /// <summary>
    /// Fillers, in the order they are used when exclusions (equipment, pauses) leave the plan under
    /// <see cref="ProgressionPolicy.MinExercises"/>: the rest of the catalog, hips and hamstrings first.
    /// Exercises a host adds come after these.
    /// </summary>
    internal static readonly (string Id, string Region)[] Reserve =
    [
        ("hamstring-bridge", "below"),
        ("band-hip-hinge", "below"),
        ("seated-good-morning", "around"),
        ("inner-thigh-stretch", "below"),
        ("ql-stretch", "around"),
        ("deep-squat-hold", "below"),
        ("slant-bar-squat", "below"),
        ("atg-split-squat", "below"),
    ];

    public static void AddTo(RuleSetBuilder rules, ProgressionPolicy policy)
    {
        AddCoreRules(rules, policy);
        AddFindingRules(rules, policy);
        AddImbalanceRules(rules, policy);
        AddFillRule(rules, policy);
    }

    private static void AddCoreRules(RuleSetBuilder rules, ProgressionPolicy policy)
    {
        {
            var rule = rules.Rule(PausedSkipped)
                .Describe("An exercise paused for pain or a referral stays out of the plan until a professional clears it.")
                .Salience(900);
            var candidate = rule.Match<PlanCandidate>(c => c.Progress is { Paused: true });
            rule.Then(ctx =>
            {
                var c = ctx.Get(candidate);
                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id,
                    () => $"{c.Exercise.Name} is paused: {PauseWhy(c.Progress!.PauseReason)}. Leave it out until a professional clears it."))
                { Exclude = true });
            });
        }

        {
            var rule = rules.Rule(PausedSlotFilled)
                .Describe("A paused exercise's place in the session goes to an exercise of the same movement pattern the client has not started, where the catalog has one the client's equipment allows.")
                .Salience(50);
            var candidate = rule.Match<PlanCandidate>(c => c.Progress is { Paused: true });
            rule.Then(ctx =>
            {
                var paused = ctx.Get(candidate);
                if (Replacement(paused, ctx.Session) is { } stand)
                {
                    ctx.Record(new PlanChoice(stand.ExerciseId, new Reason(ctx.Rule.Id,
                        () => $"{paused.Exercise.Name} is paused, so {stand.Exercise.Name}, also {PatternName(stand.Exercise.Pattern)} work, takes its place at {stand.Prescription.Dosage}."))
                    {
                        Priority = ContinuePriority,
                    });
                }
            });
        }

        {
            var rule = rules.Rule(MorningPainPlan)
                .Describe($"Pain this morning {policy.MorningPainRiseToRegress} or more points above baseline lowers the exercises of the last session one level, whatever progression was due (the 24-hour rule).")
                .Salience(900);
            var candidate = rule.Match<PlanCandidate>(c => c.Progress is { Paused: false }
                                                          && SafetyRules.MorningPainRise(c.Request.CheckIn) >= policy.MorningPainRiseToRegress
                                                          && c.Request.Client.LastSessionExercises.Contains(c.ExerciseId));
            rule.Then(ctx =>
            {
                var c = ctx.Get(candidate);
                var checkIn = c.Request.CheckIn!;
                ctx.Record(Lowered(c, policy, ctx.Rule.Id, $"Morning pain {checkIn.MorningPain}/10 against a baseline of {checkIn.BaselinePain}/10 after the last session", loadedAllowed: true));
            });
        }

        {
            var rule = rules.Rule(SevereMorningPainFound)
                .Describe($"Morning pain at {policy.SevereMorningPain}/10 or more (the red zone of traffic-light pain scales) plans no loaded work and lowers every exercise one level, whatever the baseline.")
                .Salience(900);
            var request = rule.Match<PlanRequest>(r => r.CheckIn?.MorningPain >= policy.SevereMorningPain);
            rule.Then(ctx =>
            {
                var r = ctx.Get(request);
                ctx.Record(new PlanFinding(new Reason(ctx.Rule.Id,
                    () => $"Morning pain {r.CheckIn!.MorningPain}/10 is {policy.SevereMorningPain}/10 or more: no loaded work today, and every exercise one level easier, whatever your usual {r.CheckIn.BaselinePain}/10.")));
            });
        }

        {
            var rule = rules.Rule(SevereMorningPainPlan)
                .Describe($"Morning pain at {policy.SevereMorningPain}/10 or more lowers every exercise one level and leaves out any that would still be loaded.")
                .Salience(900);
            var candidate = rule.Match<PlanCandidate>(c => c.Progress is not { Paused: true } && c.Request.CheckIn?.MorningPain >= policy.SevereMorningPain);
            rule.Then(ctx =>
            {
                var c = ctx.Get(candidate);
                ctx.Record(Lowered(c, policy, ctx.Rule.Id, $"Morning pain {c.Request.CheckIn!.MorningPain}/10 ({policy.SevereMorningPain} or more)", loadedAllowed: false));
            });
        }

        {
            var rule = rules.Rule(LingeringSorenessPlan)
                .Describe($"Muscle soreness still at {policy.LingeringSorenessIntensity}/10 or more {policy.LingeringSorenessDays} days after a session lowers the work of the exercises that load that muscle one level.")
                .Salience(900);
            var candidate = rule.Match<PlanCandidate>(c => c.Progress is { Paused: false }
                                                          && SafetyRules.LingeringSoreness(c.Exercise, c.Request.CheckIn, policy) is not null);
            rule.Then(ctx =>
            {
                var c = ctx.Get(candidate);
                var soreness = SafetyRules.LingeringSoreness(c.Exercise, c.Request.CheckIn, policy)!;
                ctx.Record(Lowered(c, policy, ctx.Rule.Id,
                    $"{Wording.Capital(ProgressionRules.Describe(soreness))} still there {c.Request.CheckIn!.DaysSinceLastSession} days after the last session", loadedAllowed: true));
            });
        }

        {
            var rule = rules.Rule(EquipmentAvailable)
                .Describe("Only variants whose equipment the client has (or a stand-in the catalog allows) are planned: the highest such variant below the client's level, else the nearest above it that is not loaded, at its starting dose; the stored level is kept for when the equipment is back.")
                .Salience(800);
            var candidate = rule.Match<PlanCandidate>(c => !HasEquipment(c.Request.Client, c.Exercise.Variants[c.VariantIndex]));
            rule.Then(ctx =>
            {
                var c = ctx.Get(candidate);
                var variant = c.Exercise.Variants[c.VariantIndex];
                var missing = variant.MissingFrom(c.Request.Client.Assessment!.Equipment);
                var rung = PlannableRung(c.Request.Client, c.Exercise, c.VariantIndex);
                if (rung < 0)
                {
                    ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id, () => $"{c.Exercise.Name} needs {missing}, which you do not have, and no variant without it is easier than loaded work.")) { Exclude = true });
                    return;
                }

                var instead = c.Exercise.Variants[rung];
                var direction = rung < c.VariantIndex ? "an easier variant" : "the nearest variant up that needs nothing you lack";
                var kept = c.Progress is null ? "" : $"; your level, {variant.Name} at {c.Prescription.Dosage}, is kept and comes back with the equipment";
                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id, () => $"{variant.Name} needs {missing}, which you do not have: {instead.Name} ({direction}) at {instead.StartingDosage} today instead{kept}."))
                {
                    Prescription = new Prescription(c.ExerciseId, instead.Id, instead.Tier, instead.StartingDosage),
                });
            });
        }

        AddStoredStateRules(rules);

        {
            var rule = rules.Rule(ContinueProgram)
                .Describe("Exercises the client is already progressing on stay in the program at their current variant and dose.")
                .Salience(100);
            var candidate = rule.Match<PlanCandidate>(c => c.Progress is { Paused: false });
            rule.Then(ctx =>
            {
                var c = ctx.Get(candidate);
                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id, () => $"Continue {c.Exercise.Variants[c.VariantIndex].Name} at {c.Prescription.Dosage}.")) { Priority = ContinuePriority });
            });
        }

        {
            var rule = rules.Rule(BalancedSession)
                .Describe("With nothing else to go on, a session works below, around and above the lower back (seed: 'the flexibility and strength of the muscles below, around, and above it').")
                .Salience(100);
            var candidate = rule.Match<PlanCandidate>(c => c.Progress is null && IndexOf(Balanced, c.ExerciseId) >= 0);
            var reasons = new PerExercise<Reason>(e => new Reason(BalancedSession,
                $"{e.Name} works {Balanced[IndexOf(Balanced, e.Id)].Region} the lower back: part of the balanced session."));
            rule.Then(ctx =>
            {
                var c = ctx.Get(candidate);
                ctx.Record(new PlanChoice(c.ExerciseId, reasons.For(c.Exercise)) { Priority = 40 - IndexOf(Balanced, c.ExerciseId) });
            });
        }
    }

    /// <summary>
    /// Stored state the catalog no longer fits is brought back into it, and said (the facade and the facts do the
    /// bringing back, through <see cref="DoseInRange"/> and <see cref="PlannableRung"/>; these rules word it); and a
    /// session done on a variant the equipment forced keeps the stored level.
    /// </summary>
    private static void AddStoredStateRules(RuleSetBuilder rules)
    {
        {
            var rule = rules.Rule(StoredVariantUnknownPlan)
                .Describe("A stored variant the catalog no longer has starts that exercise's ladder again, naming the old variant.")
                .Salience(850);
            var candidate = rule.Match<PlanCandidate>(c => c.Progress is { Paused: false } p && c.Exercise.IndexOf(p.VariantId) < 0);
            rule.Then(ctx =>
            {
                var c = ctx.Get(candidate);
                var start = c.Exercise.Variants[c.VariantIndex];
                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id,
                    () => $"Your stored variant of {c.Exercise.Name}, '{c.Progress!.VariantId}', is no longer in the catalog: the ladder starts again at {start.Name} at {start.StartingDosage}.")));
            });
        }

        {
            var rule = rules.Rule(StoredDoseOutOfRangePlan)
                .Describe("A stored dose outside its variant's range (reps or seconds, load) is planned inside the range, naming the stored dose.")
                .Salience(850);
            var candidate = rule.Match<PlanCandidate>(c => c.Progress is { Paused: false } p
                                                          && c.Exercise.IndexOf(p.VariantId) >= 0
                                                          && DoseInRange(c.Exercise.Variants[c.VariantIndex], p.Dosage) is not null);
            rule.Then(ctx =>
            {
                var c = ctx.Get(candidate);
                var variant = c.Exercise.Variants[c.VariantIndex];
                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id,
                    () => $"Your stored dose of {variant.Name}, {c.Progress!.Dosage}, is outside its range ({RangeText(variant)}): planned at {c.Prescription.Dosage} instead.")));
            });
        }

        {
            var rule = rules.Rule(VariantAssumedReview)
                .Describe("A session reported without a variant, for an exercise the client has no usable progress on, is reviewed at the variant a plan would prescribe: the entry rung the client's equipment allows.")
                .Salience(KeepLevelSalience);
            var performance = rule.Match<ExercisePerformance>(p => p.VariantAssumed);
            rule.Then(ctx =>
            {
                var p = ctx.Get(performance);
                var why = p.UnknownStoredVariantId is { } old
                    ? $"your stored variant '{old}' is no longer in the catalog"
                    : "you have no progress on it";
                var which = HasEquipment(p.Client, p.Variant)
                    ? "the first your equipment allows"
                    : $"the ladder's first rung, as your equipment allows none of them; it needs {p.Variant.MissingFrom(p.Client.Assessment?.Equipment)}";
                ctx.Record(new ReviewNote(p.ExerciseId, new Reason(ctx.Rule.Id,
                    () => $"No variant was named for {p.Exercise.Name} and {why}: reviewed as {p.Variant.Name} at {p.Progress.Dosage}, the variant a plan prescribes you to start with ({which}).")));
            });
        }

        {
            var rule = rules.Rule(StoredVariantUnknownReview)
                .Describe("A stored variant the catalog no longer has is named when the session is reviewed; the ladder starts again at the variant performed.")
                .Salience(KeepLevelSalience);
            var performance = rule.Match<ExercisePerformance>(p => p.UnknownStoredVariantId is not null && !p.VariantAssumed);
            rule.Then(ctx =>
            {
                var p = ctx.Get(performance);
                ctx.Record(new ReviewNote(p.ExerciseId, new Reason(ctx.Rule.Id,
                    () => $"Your stored variant of {p.Exercise.Name}, '{p.UnknownStoredVariantId}', is no longer in the catalog: the session is judged at {p.Variant.Name} at {p.Progress.Dosage}, where the ladder starts again.")));
            });
        }

        {
            var rule = rules.Rule(StoredDoseOutOfRangeReview)
                .Describe("A stored dose outside its variant's range is brought inside it before the session is judged, naming the stored dose.")
                .Salience(KeepLevelSalience);
            var performance = rule.Match<ExercisePerformance>(p => p.StoredDosageOutOfRange is not null);
            rule.Then(ctx =>
            {
                var p = ctx.Get(performance);
                ctx.Record(new ReviewNote(p.ExerciseId, new Reason(ctx.Rule.Id,
                    () => $"Your stored dose of {p.Variant.Name}, {p.StoredDosageOutOfRange}, is outside its range ({RangeText(p.Variant)}): the session is judged against {p.Progress.Dosage}.")));
            });
        }

        {
            var rule = rules.Rule(EquipmentKeepsLevel)
                .Describe("A session done on another variant because the stored one's equipment was missing keeps the stored level: the step for the equipment was for that day only, the session does not count toward the stored level's streaks, and the level comes back with the equipment. A safer step (pain, a referral) still stands.")
                .Salience(KeepLevelSalience);
            var performance = rule.Match<ExercisePerformance>(p => LevelKeptFor(p) is not null);
            rule.Then(ctx =>
            {
                var p = ctx.Get(performance);
                var kept = LevelKeptFor(p)!;
                var stored = p.Exercise.Variants[p.Exercise.IndexOf(kept.VariantId)];
                var missing = stored.MissingFrom(p.Client.Assessment?.Equipment);
                ctx.Record(new StepProposal(p.ExerciseId, ProgressionStep.Hold, new Prescription(p.ExerciseId, kept.VariantId, kept.Tier, kept.Dosage),
                    new Reason(ctx.Rule.Id,
                        () => $"{p.Variant.Name} was done in place of {stored.Name}, which needs {missing}, which you do not have: your level, {stored.Name} at {kept.Dosage}, is kept with its streaks ({kept.SuccessStreak} successful, {kept.FailureStreak} missed in a row) and comes back with the equipment."))
                {
                    KeepsProgress = kept,
                });
            });
        }
    }

    /// <summary>
    /// The stored progress a session keeps because missing equipment moved it to another variant: the client's stored,
    /// unpaused progress on a variant of the ladder other than the one performed, whose equipment (or stand-in) the
    /// client lacks; <see langword="null"/> otherwise (a client who chose another variant with the equipment at hand
    /// is judged on that variant as usual).
    /// </summary>
    internal static ExerciseProgress? LevelKeptFor(ExercisePerformance p)
        => p.Client.ProgressOf(p.ExerciseId) is { Paused: false } stored
           && p.Exercise.IndexOf(stored.VariantId) is var rung and >= 0
           && rung != p.VariantIndex
           && !HasEquipment(p.Client, p.Exercise.Variants[rung])
            ? stored
            : null;

    /// <summary>The variant's range as a reason words it: "10–20 reps" or "20–45 s", and its load range when loaded.</summary>
    internal static string RangeText(ExerciseVariant variant)
    {
        var range = variant.Range!;
        var unit = variant.Measure == DoseMeasure.Reps ? "reps" : "s";
        var dose = FormattableString.Invariant($"{range.Min:0.#}–{range.Max:0.#} {unit}");
        return variant.Load is { } load ? FormattableString.Invariant($"{dose}, {load.StartKg:0.##}–{load.MaxKg:0.##} kg") : dose;
    }

    /// <summary>
    /// <paramref name="stored"/> brought inside <paramref name="variant"/>'s range, or <see langword="null"/> when it is
    /// inside already. Reps or seconds below the floor go to the floor; above the top to the top — except that on a
    /// loaded variant reps or seconds may run past the top while the load waits for a step too big to take at the
    /// top (the load-step rule extends them), up to where the next load step at the floor would still hold 85 % of
    /// the set's work. A load goes inside the variant's load range; a load on a variant that takes none is dropped.
    /// A dose without the variant's measure (the catalog changed it) starts the variant over.
    /// </summary>
    internal static Dosage? DoseInRange(ExerciseVariant variant, Dosage stored)
    {
        if (variant.Range is not { } range)
        {
            return null;
        }

        var primary = variant.Measure == DoseMeasure.Reps ? stored.Reps : stored.HoldSeconds;
        if (primary is null)
        {
            return variant.StartingDosage with { Sets = stored.Sets };
        }

        var kg = stored.LoadKg;
        var ceiling = range.Max;
        if (variant.Load is { } load)
        {
            kg = Math.Clamp(kg ?? load.StartKg, load.StartKg, load.MaxKg);
            ceiling = Math.Max(range.Max, Math.Ceiling(range.Min * (kg.Value + load.SmallestStepKg) / (0.85 * kg.Value)));
        }
        else if (kg is > 0)
        {
            kg = null;
        }

        var value = primary.Value < range.Min ? range.Min : primary.Value > ceiling ? range.Max : primary.Value;
        if (value == primary.Value && kg == stored.LoadKg)
        {
            return null;
        }

        return variant.Measure == DoseMeasure.Reps
            ? stored with { Reps = (int)value, LoadKg = kg }
            : stored with { HoldSeconds = value, LoadKg = kg };
    }

    internal static int IndexOf((string Id, string Region)[] list, string exerciseId)
    {
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Id == exerciseId)
            {
                return i;
            }
        }

        return -1;
    }

    internal static bool HasEquipment(ClientState client, ExerciseVariant variant)
        => HasEquipment(client.Assessment, variant);

    /// <summary>Whether the assessed equipment (or its stand-ins) covers the variant; true when nothing was assessed.</summary>
    internal static bool HasEquipment(Assessment? assessment, ExerciseVariant variant)
        => variant.CanBeDoneWith(assessment?.Equipment);

    /// <summary>
    /// The rung the equipment lets the client do in place of rung <paramref name="from"/>: that rung if its equipment is at
    /// hand; else the nearest lower rung that can be done; else the nearest higher one that can and is not
    /// <see cref="Tier.Loaded"/> (load is earned, never handed out for a missing chair); −1 when there is none.
    /// A new client's entry rung is <c>PlannableRung(client, exercise, 0)</c>.
    /// </summary>
    internal static int PlannableRung(ClientState client, Exercise exercise, int from)
    {
        var variants = exercise.Variants;
        for (var i = from; i >= 0; i--)
        {
            if (HasEquipment(client, variants[i]))
            {
                return i;
            }
        }

        for (var i = from + 1; i < variants.Count && variants[i].Tier != Tier.Loaded; i++)
        {
            if (HasEquipment(client, variants[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a safety rule lowers the candidate today — morning pain (a rise after the last session, or severe) or
    /// lingering soreness — shared so that no other rule moves it up.
    /// </summary>
    internal static bool LoweredToday(PlanCandidate c, ProgressionPolicy policy)
        => c.Progress is not { Paused: true }
           && ((c.Request.CheckIn?.MorningPain >= policy.SevereMorningPain)
               || (c.Progress is not null && SafetyRules.MorningPainLowers(c.Request.CheckIn, c.Request.Client, c.ExerciseId, policy))
               || (c.Progress is not null && SafetyRules.LingeringSoreness(c.Exercise, c.Request.CheckIn, policy) is not null));

    /// <summary>The candidate one level down, with <paramref name="cause"/> as the reason; left out when nothing is lower, or (unless allowed) when it would still be loaded.</summary>
    internal static PlanChoice Lowered(PlanCandidate c, ProgressionPolicy policy, string ruleId, string cause, bool loadedAllowed)
    {
        var move = Ladder.Down(c.Exercise, c.VariantIndex, c.Prescription.Dosage, c.Request.Client.Assessment, policy);
        if (move.Step == ProgressionStep.Pause)
        {
            return new PlanChoice(c.ExerciseId, new Reason(ruleId, () => $"{cause}: {c.Exercise.Name} is already at its easiest level, so it is left out today.")) { Exclude = true };
        }

        if (!loadedAllowed && move.To.Tier == Tier.Loaded)
        {
            return new PlanChoice(c.ExerciseId, new Reason(ruleId, () => $"{cause}: {c.Exercise.Name} one level down would still be loaded ({move.To.Dosage}), so it is left out today.")) { Exclude = true };
        }

        return new PlanChoice(c.ExerciseId, new Reason(ruleId, () => $"{cause}: {move.Describe()}.")) { Prescription = move.To };
    }

    /// <summary>
    /// The exercise that takes a paused one's place: among the exercises the client has not started, that no rule
    /// chose already and that the client's equipment allows, of the same movement pattern, the k-th in filler order for
    /// the k-th paused exercise of that pattern (catalog order), so two paused exercises never share one replacement.
    /// </summary>
    private static PlanCandidate? Replacement(PlanCandidate paused, RuleSession session)
        => Replacement(paused, session.Query<PlanCandidate>(), session.Results.OfType<PlanChoice>());

    /// <summary>
    /// <see cref="Replacement(PlanCandidate, RuleSession)"/> over the candidates and the choices made so far, as an
    /// NRules rule collects them (every <see cref="PlanCandidate"/> in insertion order, every <see cref="PlanChoice"/>).
    /// </summary>
    internal static PlanCandidate? Replacement(PlanCandidate paused, IEnumerable<PlanCandidate> candidates, IEnumerable<PlanChoice> choices)
    {
        var pattern = paused.Exercise.Pattern;
        var rank = 0;
        foreach (var c in candidates)
        {
            if (ReferenceEquals(c, paused))
            {
                break;
            }

            rank += c.Request == paused.Request && c.Progress is { Paused: true } && c.Exercise.Pattern == pattern ? 1 : 0;
        }

        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var choice in choices)
        {
            if (!choice.Reserve && (choice.Priority is not null || choice.Exclude))
            {
                chosen.Add(choice.ExerciseId);
            }
        }

        // A stand-in chosen at an earlier plan has progress by now and is continued: it still holds the paused
        // exercise's place, so no further one is added (else every session adds another and the trim cuts the core).
        var started = candidates.Count(c => c.Request == paused.Request && c.Progress is { Paused: false } && c.Exercise.Pattern == pattern
                                            && IndexOf(Balanced, c.ExerciseId) < 0);
        if (rank < started)
        {
            return null;
        }

        rank -= started;
        var standIns = candidates
            .Where(c => c.Request == paused.Request && c.Progress is null && c.Exercise.Pattern == pattern
                        && !chosen.Contains(c.ExerciseId) && HasEquipment(c.Request.Client, c.Exercise.Variants[c.VariantIndex]))
            .OrderBy(c => IndexOf(Reserve, c.ExerciseId) is var i and >= 0 ? i : int.MaxValue)
            .ToList();
        return rank < standIns.Count ? standIns[rank] : null;
    }

    /// <summary>A stored pause reason as a clause: without its own "Paused:" opening or closing full stop.</summary>
    internal static string PauseWhy(string? reason)
    {
        var why = reason?.Trim() ?? "";
        if (why.StartsWith("Paused:", StringComparison.OrdinalIgnoreCase))
        {
            why = why["Paused:".Length..].TrimStart();
        }

        why = why.TrimEnd('.', ' ');
        return why.Length == 0 ? "it was stopped for pain" : why;
    }

    internal static string PatternName(MovementPattern pattern) => pattern switch
    {
        MovementPattern.HipDominant => "hip-dominant",
        MovementPattern.KneeDominant => "knee-dominant",
        MovementPattern.Trunk => "trunk",
        _ => "mobility",
    };

    // ---- Assessment → imbalance facts -------------------------------------------------------------------
    // Each rule inserts one imbalance fact for the selection rules below to match, and records the finding
    // with its numbers for the plan's own reasons.

    private static void AddFindingRules(RuleSetBuilder rules, ProgressionPolicy policy)
    {
        {
            var rule = rules.Rule(QuadDominance)
                .Describe($"A hamstring:quadriceps strength ratio below {N(policy.MinHamstringQuadRatio)} (the conventional H:Q ratio) means the quadriceps dominate the hamstrings.")
                .Salience(FindingSalience);
            var request = rule.Match<PlanRequest>(r => r.Client.Assessment?.HamstringQuadRatio < policy.MinHamstringQuadRatio);
            rule.Then(ctx =>
            {
                var r = ctx.Get(request);
                var ratio = r.Client.Assessment!.HamstringQuadRatio!.Value;
                ctx.InsertNew(new QuadricepsDominance(r, ratio, policy.MinHamstringQuadRatio));
                ctx.Record(new PlanFinding(new Reason(ctx.Rule.Id,
                    () => $"Hamstring:quadriceps ratio {N(ratio)} is below {N(policy.MinHamstringQuadRatio)}: quadriceps dominant.")));
            });
        }

        {
            var rule = rules.Rule(LimbAsymmetryFound)
                .Describe($"A limb symmetry index (weaker ÷ stronger single-leg bridge hold) below {Percent(policy.MinLimbSymmetryIndex)} means one leg is weaker (the usual 90 % LSI criterion).")
                .Salience(FindingSalience);
            var request = rule.Match<PlanRequest>(r => r.Client.Assessment?.SingleLegBridgeSeconds is { } s
                                                        && s.Smaller is not null && s.SymmetryIndex < policy.MinLimbSymmetryIndex);
            rule.Then(ctx =>
            {
                var r = ctx.Get(request);
                var s = r.Client.Assessment!.SingleLegBridgeSeconds!;
                var weaker = s.Smaller!.Value;
                ctx.InsertNew(new LimbAsymmetry(r, weaker, s, s.SymmetryIndex, policy.MinLimbSymmetryIndex));
                ctx.Record(new PlanFinding(new Reason(ctx.Rule.Id,
                    () => $"Single-leg bridge {S(s.Left)} left, {S(s.Right)} right: limb symmetry index {Percent(s.SymmetryIndex)} is below {Percent(policy.MinLimbSymmetryIndex)}; the {Lower(weaker)} leg is weaker.")));
            });
        }

        {
            var rule = rules.Rule(ShortHipFlexorsFound)
                .Describe($"A modified Thomas test hip angle above {Deg(policy.MaxHipFlexorAngle)} (thigh above horizontal) means short hip flexors on that side.")
                .Salience(FindingSalience);
            var request = rule.Match<PlanRequest>(r => r.Client.Assessment?.HipFlexorAngle is { } a
                                                        && (a.Left > policy.MaxHipFlexorAngle || a.Right > policy.MaxHipFlexorAngle));
            rule.Then(ctx =>
            {
                var r = ctx.Get(request);
                var fact = new ShortHipFlexors(r, r.Client.Assessment!.HipFlexorAngle!, policy.MaxHipFlexorAngle);
                ctx.InsertNew(fact);
                ctx.Record(new PlanFinding(new Reason(ctx.Rule.Id, () => fact.BothSides
                    ? $"Modified Thomas test: left hip angle {Deg(fact.Angle.Left)} and right {Deg(fact.Angle.Right)} are above {Deg(fact.Threshold)}: short hip flexors on both sides."
                    : fact.Left
                        ? $"Modified Thomas test: left hip angle {Deg(fact.Angle.Left)} is above {Deg(fact.Threshold)}: short hip flexors on the left."
                        : $"Modified Thomas test: right hip angle {Deg(fact.Angle.Right)} is above {Deg(fact.Threshold)}: short hip flexors on the right.")));
            });
        }

        {
            var rule = rules.Rule(WeakExtensorsFound)
                .Describe($"A McGill trunk flexor:extensor endurance ratio above {N(policy.MaxFlexorExtensorRatio)} means the back extensors tire before the flexors (McGill 1999 normative ratios).")
                .Salience(FindingSalience);
            var request = rule.Match<PlanRequest>(r => r.Client.Assessment?.Trunk is { FlexorSeconds: { } f, ExtensorSeconds: { } e }
                                                        && Ratio(f, e) > policy.MaxFlexorExtensorRatio);
            rule.Then(ctx =>
            {
                var r = ctx.Get(request);
                var trunk = r.Client.Assessment!.Trunk!;
                var (f, e) = (trunk.FlexorSeconds!.Value, trunk.ExtensorSeconds!.Value);
                ctx.InsertNew(new WeakExtensors(r, f, e, Ratio(f, e), policy.MaxFlexorExtensorRatio));
                ctx.Record(new PlanFinding(new Reason(ctx.Rule.Id,
                    () => $"Trunk flexor endurance {S(f)} against extensor endurance {S(e)}: flexor:extensor ratio {N(Ratio(f, e))} is above {N(policy.MaxFlexorExtensorRatio)}; the back extensors are weak.")));
            });
        }

        {
            var rule = rules.Rule(LateralAsymmetryFound)
                .Describe($"A McGill side-bridge left:right ratio outside {N(policy.MinSideBridgeRatio)}–{N(policy.MaxSideBridgeRatio)} means one side of the trunk is weaker (McGill 1999).")
                .Salience(FindingSalience);
            var request = rule.Match<PlanRequest>(r => r.Client.Assessment?.Trunk is { SideBridgeLeftSeconds: { } left, SideBridgeRightSeconds: { } right }
                                                        && Ratio(left, right) is var ratio && !double.IsNaN(ratio)
                                                        && (ratio < policy.MinSideBridgeRatio || ratio > policy.MaxSideBridgeRatio));
            rule.Then(ctx =>
            {
                var r = ctx.Get(request);
                var trunk = r.Client.Assessment!.Trunk!;
                var (left, right) = (trunk.SideBridgeLeftSeconds!.Value, trunk.SideBridgeRightSeconds!.Value);
                var weaker = left < right ? Side.Left : Side.Right;
                ctx.InsertNew(new LateralAsymmetry(r, weaker, left, right, Ratio(left, right)));
                ctx.Record(new PlanFinding(new Reason(ctx.Rule.Id,
                    () => $"Side bridge {S(left)} left, {S(right)} right: left:right ratio {N(Ratio(left, right))} is outside {N(policy.MinSideBridgeRatio)}–{N(policy.MaxSideBridgeRatio)}; the {Lower(weaker)} side is weaker.")));
            });
        }
    }

    // ---- Imbalance facts + candidates → plan choices ------------------------------------------------------

    private static void AddImbalanceRules(RuleSetBuilder rules, ProgressionPolicy policy)
    {
        {
            var rule = rules.Rule(FavourHipWork)
                .Describe("When the quadriceps dominate, hip-dominant work for the hamstrings and glutes is favoured over quadriceps-dominant work.")
                .Salience(ImbalanceSalience);
            var dominance = rule.Match<QuadricepsDominance>();
            var candidate = rule.Match<PlanCandidate>(c => c.Exercise.Pattern == MovementPattern.HipDominant)
                .JoinOn(dominance, c => c.Request, q => q.Request);
            rule.Then(ctx =>
            {
                var (q, c) = (ctx.Get(dominance), ctx.Get(candidate));
                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id,
                    () => $"Hamstring:quadriceps ratio {N(q.Ratio)} is below {N(q.Threshold)}: {c.Exercise.Name} is hip-dominant work for the {Targets(c.Exercise)}, favoured over quadriceps-dominant work."))
                {
                    Priority = HipWorkPriority,
                    SetRatio = new PlanSetRatio(HipWork, SetRatioRole.Supporting, policy.HipSetsPerQuadSet),
                });
            });
        }

        {
            var rule = rules.Rule(QuadSetRatio)
                .Describe($"When the quadriceps dominate, quadriceps-dominant work stays in the plan only with at least {policy.HipSetsPerQuadSet} {HipWork} sets for each of its sets.")
                .Salience(ImbalanceSalience);
            var dominance = rule.Match<QuadricepsDominance>();
            var candidate = rule.Match<PlanCandidate>(c => c.Exercise.Pattern == MovementPattern.KneeDominant)
                .JoinOn(dominance, c => c.Request, q => q.Request);
            rule.Then(ctx =>
            {
                var (q, c) = (ctx.Get(dominance), ctx.Get(candidate));
                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id,
                    () => $"Quadriceps dominant (H:Q {N(q.Ratio)}): {c.Exercise.Name} is quadriceps-dominant work, kept only with at least {policy.HipSetsPerQuadSet} {HipWork} sets for each of its sets."))
                {
                    SetRatio = new PlanSetRatio(HipWork, SetRatioRole.Limited, policy.HipSetsPerQuadSet),
                });
            });
        }

        {
            var rule = rules.Rule(UnilateralVariant)
                .Describe("When one leg is weaker, hip-dominant work is done one leg at a time, weaker leg first with one extra set on it: the current variant if it is one-legged; for an exercise not yet started, the next rung up if it is one-legged, on the same tier, with the equipment at hand, and the weaker leg held the single-leg bridge test; never further up, and never over earned progress.")
                .Salience(ImbalanceSalience);
            var asymmetry = rule.Match<LimbAsymmetry>();
            var candidate = rule.Match<PlanCandidate>(c => c.Exercise.Pattern == MovementPattern.HipDominant && !LoweredToday(c, policy))
                .JoinOn(asymmetry, c => c.Request, a => a.Request)
                .Where(asymmetry, (c, a) => UnilateralRung(c, a) >= 0);
            rule.Then(ctx =>
            {
                var (a, c) = (ctx.Get(asymmetry), ctx.Get(candidate));
                var rung = UnilateralRung(c, a);
                var variant = c.Exercise.Variants[rung];
                var side = Lower(a.WeakerSide);
                var stays = rung == c.VariantIndex;
                string Found() => $"Limb symmetry index {Percent(a.Index)} ({S(a.Seconds.Left)} left, {S(a.Seconds.Right)} right)";
                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id, () => stays
                    ? $"{Found()}: {variant.Name} works one leg at a time; {side} leg first, one extra set on the {side}."
                    : $"{Found()}: {variant.Name}, one rung up from {c.Exercise.Variants[c.VariantIndex].Name} on the same tier (your {side} leg held the single-leg bridge {S(a.WeakerSeconds)}), at {variant.StartingDosage}; {side} leg first, one extra set on the {side}."))
                {
                    Prescription = stays ? null : new Prescription(c.ExerciseId, variant.Id, variant.Tier, variant.StartingDosage),
                    Priority = UnilateralPriority,
                    FirstSide = a.WeakerSide,
                    ExtraSets = 1,
                    ExtraSetsSide = a.WeakerSide,
                });
            });
        }

        {
            var rule = rules.Rule(WeakerLegFirst)
                .Describe("When one leg is weaker, knee-dominant work that is already done one leg at a time starts on the weaker leg and gives it one extra set; it is not added for that.")
                .Salience(ImbalanceSalience);
            var asymmetry = rule.Match<LimbAsymmetry>();
            var candidate = rule.Match<PlanCandidate>(c => c.Exercise.Pattern == MovementPattern.KneeDominant
                                                          && c.Exercise.Variants[c.VariantIndex].IsUnilateral
                                                          && HasEquipment(c.Request.Client, c.Exercise.Variants[c.VariantIndex])
                                                          && !LoweredToday(c, policy))
                .JoinOn(asymmetry, c => c.Request, a => a.Request);
            rule.Then(ctx =>
            {
                var (a, c) = (ctx.Get(asymmetry), ctx.Get(candidate));
                var side = Lower(a.WeakerSide);
                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id,
                    () => $"Limb symmetry index {Percent(a.Index)}: if you do {c.Exercise.Name} today, {side} leg first and one extra set on the {side}."))
                {
                    FirstSide = a.WeakerSide,
                    ExtraSets = 1,
                    ExtraSetsSide = a.WeakerSide,
                });
            });
        }

        {
            var rule = rules.Rule(HipFlexorStretch)
                .Describe("Short hip flexors get the hip flexor stretch early in the session, the short side first with one extra set; when both sides are short, the tighter side first.")
                .Salience(ImbalanceSalience);
            var tight = rule.Match<ShortHipFlexors>();
            var candidate = rule.Match<PlanCandidate>(c => IsHipFlexorStretch(c.Exercise))
                .JoinOn(tight, c => c.Request, t => t.Request);
            rule.Then(ctx =>
            {
                var (t, c) = (ctx.Get(tight), ctx.Get(candidate));
                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id, () => t.BothSides
                    ? $"Short hip flexors on both sides (Thomas test {Deg(t.Angle.Left)} left, {Deg(t.Angle.Right)} right): {c.Exercise.Name} on both sides{(t.TighterSide is { } first ? $", {Lower(first)} first as it is tighter" : "")}."
                    : $"Short hip flexors on the {Lower(t.TighterSide!.Value)} (Thomas test {Deg(t.Angle[t.TighterSide.Value])}): {c.Exercise.Name}, {Lower(t.TighterSide.Value)} side first with one extra set."))
                {
                    Priority = HipFlexorStretchPriority,
                    FirstSide = t.TighterSide,
                    ExtraSets = t.BothSides ? 0 : 1,
                    ExtraSetsSide = t.BothSides ? null : t.TighterSide,
                });
            });
        }

        {
            var rule = rules.Rule(ExtensorsFirst)
                .Describe("Weak back extensors (McGill flexor:extensor ratio too high) put extensor endurance work first among the strength work.")
                .Salience(ImbalanceSalience);
            var weak = rule.Match<WeakExtensors>();
            var candidate = rule.Match<PlanCandidate>(c => IsExtensorEndurance(c.Exercise))
                .JoinOn(weak, c => c.Request, w => w.Request);
            rule.Then(ctx =>
            {
                var (w, c) = (ctx.Get(weak), ctx.Get(candidate));
                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id,
                    () => $"Flexor:extensor endurance ratio {N(w.Ratio)} is above {N(w.Threshold)}: {c.Exercise.Name} trains back-extensor endurance, so it comes first among the strength work."))
                {
                    Priority = ExtensorPriority,
                });
            });
        }

        {
            var rule = rules.Rule(SideBridgeWeakerSide)
                .Describe("A weaker side of the trunk (side-bridge ratio out of balance) gets the side bridge, weaker side first with one extra set on it.")
                .Salience(ImbalanceSalience);
            var lateral = rule.Match<LateralAsymmetry>();
            var candidate = rule.Match<PlanCandidate>(c => IsSideBridge(c.Exercise))
                .JoinOn(lateral, c => c.Request, l => l.Request);
            rule.Then(ctx =>
            {
                var (l, c) = (ctx.Get(lateral), ctx.Get(candidate));
                var side = Lower(l.WeakerSide);
                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id,
                    () => $"Side-bridge test {S(l.LeftSeconds)} left, {S(l.RightSeconds)} right: {c.Exercise.Name}, {side} side first with one extra set on the {side}."))
                {
                    Priority = SideBridgePriority,
                    FirstSide = l.WeakerSide,
                    ExtraSets = 1,
                    ExtraSetsSide = l.WeakerSide,
                });
            });
        }
    }

    private static void AddFillRule(RuleSetBuilder rules, ProgressionPolicy policy)
    {
        var rule = rules.Rule(FillToMinimum)
            .Describe($"When exclusions (equipment, pauses) leave fewer than {policy.MinExercises} exercises, the rest of the catalog fills the session, hips and hamstrings first.")
            .Salience(0);
        var candidate = rule.Match<PlanCandidate>(c => c.Progress is null && IndexOf(Balanced, c.ExerciseId) < 0);
        // A filler's sentence depends only on the exercise: made once per exercise, not once per plan.
        var plainFiller = new Reason(FillToMinimum, $"Added to reach a session of {policy.MinExercises} exercises.");
        var reasons = new PerExercise<Reason>(e => IndexOf(Reserve, e.Id) is var index and >= 0
            ? new Reason(FillToMinimum, $"Added to reach a session of {policy.MinExercises} exercises: {e.Name} works {Reserve[index].Region} the lower back.")
            : plainFiller);
        rule.Then(ctx =>
        {
            var c = ctx.Get(candidate);
            var index = IndexOf(Reserve, c.ExerciseId);
            ctx.Record(new PlanChoice(c.ExerciseId, reasons.For(c.Exercise))
            {
                Priority = index >= 0 ? ReservePriority - index : 0,
                Reserve = true,
            });
        });
    }

    /// <summary>Whether the single-leg bridge test shows one leg weaker, below <see cref="ProgressionPolicy.MinLimbSymmetryIndex"/> (the condition of <see cref="LimbAsymmetryFound"/>).</summary>
    internal static bool HasLimbAsymmetry(PlanRequest r, ProgressionPolicy policy)
        => r.Client.Assessment?.SingleLegBridgeSeconds is { } s
           && s.Smaller is not null && s.SymmetryIndex < policy.MinLimbSymmetryIndex;

    /// <summary>Whether the modified Thomas test puts either hip above <see cref="ProgressionPolicy.MaxHipFlexorAngle"/> (the condition of <see cref="ShortHipFlexorsFound"/>).</summary>
    internal static bool HasShortHipFlexors(PlanRequest r, ProgressionPolicy policy)
        => r.Client.Assessment?.HipFlexorAngle is { } a
           && (a.Left > policy.MaxHipFlexorAngle || a.Right > policy.MaxHipFlexorAngle);

    /// <summary>Whether the trunk flexor:extensor endurance ratio is above <see cref="ProgressionPolicy.MaxFlexorExtensorRatio"/> (the condition of <see cref="WeakExtensorsFound"/>).</summary>
    internal static bool HasWeakExtensors(PlanRequest r, ProgressionPolicy policy)
        => r.Client.Assessment?.Trunk is { FlexorSeconds: { } f, ExtensorSeconds: { } e }
           && Ratio(f, e) > policy.MaxFlexorExtensorRatio;

    /// <summary>Whether the side-bridge left:right ratio is outside <see cref="ProgressionPolicy.MinSideBridgeRatio"/>–<see cref="ProgressionPolicy.MaxSideBridgeRatio"/> (the condition of <see cref="LateralAsymmetryFound"/>).</summary>
    internal static bool HasLateralAsymmetry(PlanRequest r, ProgressionPolicy policy)
        => r.Client.Assessment?.Trunk is { SideBridgeLeftSeconds: { } left, SideBridgeRightSeconds: { } right }
           && Ratio(left, right) is var ratio && !double.IsNaN(ratio)
           && (ratio < policy.MinSideBridgeRatio || ratio > policy.MaxSideBridgeRatio);

    /// <summary>
    /// The rung <see cref="UnilateralVariant"/> prescribes for a weaker leg, or −1: the current rung if it is
    /// one-legged; else, for an exercise the client has not started (no progress, so at the ladder's first
    /// rung), the very next rung if it is one-legged and on the same tier, both rungs' equipment is at hand, and
    /// the weaker leg held the single-leg bridge test at all (the test is itself a one-legged bridge, so the
    /// assessment is the evidence). Never a tier up, never two rungs, never down; and a client already on the
    /// ladder keeps the variant and dose they earned: only the progression rules move them.
    /// </summary>
    internal static int UnilateralRung(PlanCandidate c, LimbAsymmetry a)
    {
        var variants = c.Exercise.Variants;
        var current = variants[c.VariantIndex];
        if (!HasEquipment(c.Request.Client, current))
        {
            return -1;
        }

        if (current.IsUnilateral)
        {
            return c.VariantIndex;
        }

        var next = c.VariantIndex + 1;
        return c.Progress is null
               && next < variants.Count
               && variants[next] is { IsUnilateral: true } up
               && up.Tier == current.Tier
               && HasEquipment(c.Request.Client, up)
               && a.WeakerSeconds > 0
            ? next
            : -1;
    }

    /// <summary>A stretch for the hip flexors done one side at a time (the built-in hip-flexor-stretch).</summary>
    internal static bool IsHipFlexorStretch(Exercise e)
        => e.IsStretch && e.IsUnilateral && e.TargetMuscles.Contains(BodySite.HipFlexors);

    /// <summary>Trunk work for the back extensors (the built-in bird-dog).</summary>
    internal static bool IsExtensorEndurance(Exercise e)
        => e.Pattern == MovementPattern.Trunk && e.TargetMuscles.Contains(BodySite.Erectors);

    /// <summary>One-sided trunk work for the quadratus lumborum and obliques (the built-in side-bridge).</summary>
    internal static bool IsSideBridge(Exercise e)
        => e.Pattern == MovementPattern.Trunk && e.IsUnilateral && e.TargetMuscles.Contains(BodySite.QuadratusLumborum);

    /// <summary>a ÷ b; positive infinity when only b is 0, NaN when both are.</summary>
    internal static double Ratio(double a, double b) => b > 0 ? a / b : a > 0 ? double.PositiveInfinity : double.NaN;

    internal static string N(double value) => double.IsPositiveInfinity(value) ? "unbounded" : value.ToString("0.0#", CultureInfo.InvariantCulture);

    internal static string S(double seconds) => seconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";

    internal static string Percent(double fraction) => (fraction * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    internal static string Deg(double degrees) => (degrees > 0 ? "+" : "") + degrees.ToString("0.#", CultureInfo.InvariantCulture) + "°";

    internal static string Lower(Side side) => side == Side.Left ? "left" : "right";

    internal static string Targets(Exercise e)
        => e.TargetMuscles.Where(m => m is BodySite.Hamstrings or BodySite.Glutes).Select(m => m.ToString().ToLowerInvariant()).ToList() is { Count: > 0 } named
            ? string.Join(" and ", named)
            : "back of the hips and thighs";
}
