using System.Globalization;
using Progression.Facts;

namespace Progression.Packs;

/// <summary>
/// The selection pack: which exercises go into today's session and at what level. Ids start
/// with <c>selection.</c> (plus the two safety rules that act on a plan).
/// The rules themselves are NRules rule classes in <c>Rules/Selection</c> (see <see cref="Rules.BuiltInRules"/>); this class
/// holds their ids, the tests their conditions call, and the wording and arithmetic of their answers.
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

    // The planner's own decisions about the session as a whole (Decisions.Plan), beside the trim to MaxExercises.
    public const string RegionsKept = "selection.regions-kept";
    public const string LumbarLoadingCap = "selection.lumbar-loading-cap";

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

    /// <summary>The limited side of the hamstring:quadriceps set ratio, as the plan's reasons name it.</summary>
    internal const string QuadWork = "knee-dominant (quadriceps-dominant)";

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
    /// "big three" (bird dog, dead bug as the curl-up's gentler cousin, side bridge) hold the middle. The order is the
    /// priority (40 down to 35): the side bridge ranks above the dead bug because it is the session's only work for
    /// the quadratus lumborum ("an important yet often overlooked component", seed 001), so when imbalance work fills
    /// the session, the trim cuts the second anti-extension exercise before the lateral one.
    /// </summary>
    internal static readonly (string Id, string Region)[] Balanced =
    [
        ("hip-flexor-stretch", "below"),
        ("glute-bridge", "below"),
        ("bird-dog", "around"),
        ("side-bridge", "around"),
        ("dead-bug", "around"),
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
    /// The exercise that takes a paused one's place, over the candidates and the choices made so far, as an NRules
    /// rule collects them (every <see cref="PlanCandidate"/> in insertion order, every <see cref="PlanChoice"/>).
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

    /// <summary>The region as a plan's reasons name it: "below the lower back (hips, thighs)".</summary>
    internal static string RegionName(BackRegion region) => region switch
    {
        BackRegion.Below => "below the lower back (hips, thighs)",
        BackRegion.Around => "around the lower back (trunk, quadratus lumborum)",
        _ => "above the lower back (thoracic spine, lats)",
    };

    /// <summary>"1 exercise", "2 exercises".</summary>
    internal static string Exercises(int count) => count == 1 ? "1 exercise" : $"{count} exercises";

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

    // ---- Imbalance facts + candidates → plan choices ------------------------------------------------------

    /// <summary>Whether the single-leg bridge test shows one leg weaker, below <see cref="ProgressionPolicy.MinLimbSymmetryIndex"/> (the condition of <see cref="LimbAsymmetryFound"/>).</summary>
    internal static bool HasLimbAsymmetry(PlanRequest r, ProgressionPolicy policy)
        => r.Client.Assessment is { } a && LimbAsymmetric(a, policy);

    /// <summary>Whether the modified Thomas test puts either hip above <see cref="ProgressionPolicy.MaxHipFlexorAngle"/> (the condition of <see cref="ShortHipFlexorsFound"/>).</summary>
    internal static bool HasShortHipFlexors(PlanRequest r, ProgressionPolicy policy)
        => r.Client.Assessment is { } a && ShortHipFlexors(a, policy);

    /// <summary>Whether the trunk flexor:extensor endurance ratio is above <see cref="ProgressionPolicy.MaxFlexorExtensorRatio"/> (the condition of <see cref="WeakExtensorsFound"/>).</summary>
    internal static bool HasWeakExtensors(PlanRequest r, ProgressionPolicy policy)
        => r.Client.Assessment is { } a && WeakExtensors(a, policy) is not null;

    /// <summary>Whether the side-bridge left:right ratio is outside <see cref="ProgressionPolicy.MinSideBridgeRatio"/>–<see cref="ProgressionPolicy.MaxSideBridgeRatio"/> (the condition of <see cref="LateralAsymmetryFound"/>).</summary>
    internal static bool HasLateralAsymmetry(PlanRequest r, ProgressionPolicy policy)
        => r.Client.Assessment is { } a && LateralAsymmetric(a, policy) is not null;

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

    // ---- Assessment → starting rung and dose (selection.assessed-start) ----------------------------------------

    public const string AssessedStart = "selection.assessed-start";

    /// <summary>
    /// Fires after the equipment swap (800), so a rung the client cannot do is never its start, and before the
    /// imbalance rules (600), so its prescription is the one that stands when they also shape the exercise.
    /// </summary>
    internal const int AssessedStartSalience = 650;

    /// <summary>
    /// Seconds of a test hold one rep of a reps-measured trunk rung stands for: the bird dog and the McGill big three
    /// hold each rep 8–10 s (the catalog's cue), so a rep is counted as 10 s.
    /// </summary>
    internal const double TrunkRepSeconds = 10;

    /// <summary>Seconds of a single-leg bridge hold one bridge rep stands for: about 1 s up, 1 s squeezed at the top, 1 s down.</summary>
    internal const double BridgeRepSeconds = 3;

    /// <summary>The glute bridge: hip-dominant work that names the glutes first and has a one-legged rung (the single-leg bridge test's own movement).</summary>
    internal static bool IsGluteBridge(Exercise e)
        => e.Pattern == MovementPattern.HipDominant && e.TargetMuscles.Count > 0 && e.TargetMuscles[0] == BodySite.Glutes
           && e.Variants.Any(v => v.IsUnilateral);

    /// <summary>
    /// Where a new client starts <paramref name="c"/> according to the matching test of their assessment, or
    /// <see langword="null"/> when the exercise has no matching measurement or the measurement supports no rung
    /// (the exercise then starts at its entry rung, as without an assessment). Tests: the side bridge (both sides
    /// measured; the weaker side counts, as both sides are trained) for the side bridge; the Biering-Sørensen hold
    /// for extensor endurance work; the single-leg bridge hold (weaker leg) for the glute bridge, unless the legs
    /// differ enough for <see cref="LimbAsymmetryFound"/>, whose rule then owns the exercise's start. The budget is
    /// <see cref="ProgressionPolicy.AssessedStartFraction"/> × the hold; the start is the highest rung, not
    /// <see cref="Tier.Loaded"/> (a test hold earns no load) and with its equipment (or stand-in) at hand, whose range
    /// minimum fits the budget (reps counted at <see cref="TrunkRepSeconds"/> or <see cref="BridgeRepSeconds"/> a
    /// rep), at the largest dose on the rung's step that still fits, at most the range's maximum.
    /// </summary>
    internal static AssessedStartChoice? AssessedStartOf(PlanCandidate c, ProgressionPolicy policy)
        => c.Progress is null && c.VariantIndex == 0 ? AssessedStartOf(c.Request.Client, c.Exercise, c.Request.CheckIn, policy) : null;

    /// <summary>
    /// The start <see cref="AssessedStart"/> gives a client with no progress on <paramref name="e"/>, or
    /// <see langword="null"/>: also null when the entry rung needs equipment the client lacks (the equipment swap
    /// decides that start) or when severe morning pain lowers the plan today (a new client's lowering starts from
    /// the entry rung). The plan rule and the review of a first session both read it, so the session is judged
    /// against the dose it was planned at.
    /// </summary>
    internal static AssessedStartChoice? AssessedStartOf(ClientState client, Exercise e, CheckIn? checkIn, ProgressionPolicy policy)
    {
        var assessment = client.Assessment;
        if (assessment is null || client.ProgressOf(e.Id) is not null || !HasEquipment(client, e.Variants[0])
            || checkIn?.MorningPain >= policy.SevereMorningPain)
        {
            return null;
        }

        string test;
        double seconds;
        double repSeconds;
        if (IsSideBridge(e) && assessment.Trunk is { SideBridgeLeftSeconds: { } left, SideBridgeRightSeconds: { } right })
        {
            (test, seconds, repSeconds) = (left == right ? "Side-bridge test" : "Side-bridge test (weaker side)", Math.Min(left, right), TrunkRepSeconds);
        }
        else if (IsExtensorEndurance(e) && assessment.Trunk is { ExtensorSeconds: { } extensor })
        {
            (test, seconds, repSeconds) = ("Extensor endurance test (Biering-Sørensen)", extensor, TrunkRepSeconds);
        }
        else if (IsGluteBridge(e) && assessment.SingleLegBridgeSeconds is { } bridge
                 && !(bridge.Smaller is not null && bridge.SymmetryIndex < policy.MinLimbSymmetryIndex))
        {
            (test, seconds, repSeconds) = (bridge.Left == bridge.Right ? "Single-leg bridge test" : "Single-leg bridge test (weaker leg)", Math.Min(bridge.Left, bridge.Right), BridgeRepSeconds);
        }
        else
        {
            return null;
        }

        var budget = policy.AssessedStartFraction * seconds;
        var variants = e.Variants;
        for (var i = variants.Count - 1; i >= 0; i--)
        {
            var v = variants[i];
            if (v.Tier == Tier.Loaded || v.Range is not { } range || !HasEquipment(client, v))
            {
                continue;
            }

            var units = v.Measure == DoseMeasure.Reps ? budget / repSeconds : budget;
            if (units < range.Min)
            {
                continue;
            }

            // The largest dose on the rung's step that fits; the small epsilon keeps 22.5 ÷ 2.5 from landing a step short.
            var value = Math.Min(range.Max, range.Min + (Math.Floor(((units - range.Min) / range.Step) + 1e-9) * range.Step));
            var dose = v.Measure == DoseMeasure.Reps
                ? v.StartingDosage with { Reps = (int)Math.Floor(value) }
                : v.StartingDosage with { HoldSeconds = value };
            return new AssessedStartChoice(test, seconds, budget, repSeconds, i, new Prescription(e.Id, v.Id, v.Tier, dose));
        }

        return null;
    }

    // ---- Accessory rotation (selection.accessory-rotation) -------------------------------------------------

    public const string AccessoryRotation = "selection.accessory-rotation";

    /// <summary>
    /// Fires after every rule that chooses (the stand-in for a paused exercise at 50 among them), so the choices it
    /// reads say which exercises are held by something other than continuing, and before the filler (no priority).
    /// </summary>
    internal const int RotationSalience = 40;

    /// <summary>
    /// Whether the candidate has stayed its stint: started by the engine (<see cref="ExerciseProgress.Rotates"/>),
    /// unpaused, and done in each of the last <see cref="ProgressionPolicy.AccessoryRotationSessions"/> sessions, the
    /// last one included (never when that is 0). Whether it is an accessory (nothing but continuing keeps it in the
    /// plan) is for <see cref="RotationIn"/> to say.
    /// </summary>
    internal static bool StintServed(PlanCandidate c, ProgressionPolicy policy)
        => policy.AccessoryRotationSessions > 0
           && c.Progress is { Paused: false, Rotates: true } p
           && p.SessionsInStint >= policy.AccessoryRotationSessions
           && c.Exercise.Region is not null
           && c.Request.Client.LastSessionExercises.Contains(c.ExerciseId);

    /// <summary>
    /// Whether a started exercise is resting: it served a whole stint and was not done at the last session (it was
    /// rotated out, or left out that day). It is not continued; it comes back when <see cref="RotationIn"/> picks it, at
    /// its stored level.
    /// </summary>
    internal static bool Resting(PlanCandidate c, ProgressionPolicy policy)
        => policy.AccessoryRotationSessions > 0
           && c.Progress is { Paused: false, Rotates: true } p
           && p.SessionsInStint >= policy.AccessoryRotationSessions
           && !c.Request.Client.LastSessionExercises.Contains(c.ExerciseId);

    /// <summary>
    /// The rotation of <paramref name="region"/> today (the accessory whose turn it is, and what takes its slot), or
    /// <see langword="null"/>. An accessory is a candidate
    /// whose only choices are <see cref="ContinueProgram"/>'s (and this rule's own): an imbalance rule (core work, kept
    /// until a re-assessment removes the finding), a safety rule, missing equipment or a stored-state repair holds it.
    /// At most one accessory a region rotates a session: the one with the longest stint (then the last in catalog order), so a
    /// session changes a little at a time. Its slot goes to a candidate of the same region that no rule has chosen or
    /// left out (a filler's offer aside), is not paused, has its equipment at hand on the rung it would be planned at,
    /// and would not put a second lumbar-loading exercise into the plan where the accessory loads none (counting,
    /// in a session that needs fillers, a lumbar-loading filler as planned); among
    /// them the one rested longest (never done first, in filler order; then the oldest last session). The last trunk
    /// endurance exercise planned (done last session) gives its slot only to another trunk endurance exercise. With no such candidate the
    /// accessory stays: rotation never empties a region, nor a plan of its trunk endurance work.
    /// </summary>
    internal static (PlanCandidate Out, PlanCandidate In)? RotationIn(BackRegion region, IEnumerable<PlanCandidate> candidates, IEnumerable<PlanChoice> choices, ProgressionPolicy policy)
    {
        var byExercise = choices.Where(ch => !ch.Reserve).ToLookup(ch => ch.ExerciseId, StringComparer.Ordinal);
        bool OnlyContinued(PlanCandidate c) => byExercise[c.ExerciseId].All(ch => ch.Reason.RuleId is ContinueProgram or AccessoryRotation);

        // Longest stint first; at equal stints the one the trim would cut first (all continue at one priority: the
        // last in catalog order). Deterministic, so the region has one accessory whose turn it is.
        PlanCandidate? due = null;
        foreach (var c in candidates)
        {
            if (c.Exercise.Region == region && StintServed(c, policy) && OnlyContinued(c)
                && (due is null || c.Progress!.SessionsInStint >= due.Progress!.SessionsInStint))
            {
                due = c;
            }
        }

        if (due is null)
        {
            return null;
        }

        var all = candidates.Where(c => c.Request == due.Request).ToList();

        // A lumbar-loading stand-in must not push another out under the cap: one chosen already, or, in a session that
        // needs fillers, one offered as a filler (the cap would drop it, and with it maybe its region's only work).
        var offers = choices.ToLookup(ch => ch.ExerciseId, StringComparer.Ordinal);
        bool Chosen(PlanCandidate c) => byExercise[c.ExerciseId].Any(ch => ch.Priority is not null) && !byExercise[c.ExerciseId].Any(ch => ch.Exclude);
        // The filler rule fires after this one, so its offers are read from its condition, not from its choices.
        bool OfferedAsFiller(PlanCandidate c) => (c.Progress is null && IndexOf(Balanced, c.ExerciseId) < 0) || Resting(c, policy);
        var needsFillers = all.Count(Chosen) < policy.MinExercises;
        bool LumbarPlannedBesides(PlanCandidate r) => all.Any(c => !ReferenceEquals(c, due) && !ReferenceEquals(c, r) && c.Exercise.LoadsLumbarSpine
                                                                   && (Chosen(c) || (needsFillers && OfferedAsFiller(c) && !offers[c.ExerciseId].Any(ch => ch.Exclude))));
        // Trunk endurance work (McGill's bird dog, dead bug and side bridge) is swapped for other work only while more
        // of it stays: chosen today and done last session (one chosen but trimmed every session does not count). A plan
        // with none of it is not a lighter week but a missing part of the program.
        var lastTrunk = due.Exercise.Pattern == MovementPattern.Trunk
                        && !all.Any(c => !ReferenceEquals(c, due) && c.Exercise.Pattern == MovementPattern.Trunk && Chosen(c)
                                         && c.Request.Client.LastSessionExercises.Contains(c.ExerciseId));
        var replacement = all
            .Where(c => !ReferenceEquals(c, due) && c.Exercise.Region == region
                        && (!lastTrunk || c.Exercise.Pattern == MovementPattern.Trunk)
                        && c.Progress is not { Paused: true }
                        && !c.Request.Client.LastSessionExercises.Contains(c.ExerciseId)
                        && byExercise[c.ExerciseId].All(ch => ch.Reason.RuleId == AssessedStart)
                        && HasEquipment(c.Request.Client, c.Exercise.Variants[c.VariantIndex])
                        && !(c.Exercise.LoadsLumbarSpine && !due.Exercise.LoadsLumbarSpine && LumbarPlannedBesides(c)))
            .OrderBy(c => c.Progress?.LastPerformed ?? DateOnly.MinValue)
            .ThenBy(c => IndexOf(Reserve, c.ExerciseId) is var i and >= 0 ? i : int.MaxValue)
            .FirstOrDefault();
        return replacement is null ? null : (due, replacement);
    }

    /// <summary>The rotated-out exercise's reason: the sessions, the one that takes its place, and the level it keeps.</summary>
    internal static string RotatedOut(PlanCandidate gone, PlanCandidate comes, ProgressionPolicy policy)
    {
        var p = gone.Progress!;
        var variant = gone.Exercise.Variants[gone.VariantIndex];
        return $"{gone.Exercise.Name} has been in {p.SessionsInStint} sessions in a row, and accessory work changes every {policy.AccessoryRotationSessions}: "
               + $"{comes.Exercise.Name} takes its place {RegionName(gone.Exercise.Region!.Value)} today. "
               + $"{gone.Exercise.Name} keeps {gone.Prescription.Dosage} on {variant.Name} for when it comes back.";
    }

    /// <summary>The reason of the exercise that takes the slot: new to the client, or back where it left off.</summary>
    internal static string RotatedIn(PlanCandidate comes, PlanCandidate gone, ProgressionPolicy policy)
    {
        var region = RegionName(comes.Exercise.Region!.Value);
        if (comes.Progress is not { } p)
        {
            return $"{comes.Exercise.Name} takes the place of {gone.Exercise.Name} {region}: accessory work changes every {policy.AccessoryRotationSessions} sessions, and it is new to you.";
        }

        var variant = comes.Exercise.Variants[comes.VariantIndex];
        var last = p.LastPerformed is { } day ? FormattableString.Invariant($" (last done {day:yyyy-MM-dd})") : "";
        return $"{comes.Exercise.Name} comes back in the place of {gone.Exercise.Name} {region}, where it left off: {comes.Prescription.Dosage} on {variant.Name}{last}.";
    }

    // ---- Re-assessment: findings that are gone (selection.reassessment.finding-gone) -------------------------

    public const string FindingGone = "selection.reassessment.finding-gone";

    /// <summary>
    /// The findings of <paramref name="previous"/> that <paramref name="current"/> no longer shows, each as a sentence
    /// with both measurements; the same thresholds as the finding rules (<see cref="QuadDominance"/>,
    /// <see cref="LimbAsymmetryFound"/>, <see cref="ShortHipFlexorsFound"/>, <see cref="WeakExtensorsFound"/>,
    /// <see cref="LateralAsymmetryFound"/>). A finding whose test the new assessment leaves out is gone as well:
    /// without the measurement it shapes nothing, and the sentence says it was not measured.
    /// </summary>
    internal static List<string> GoneFindings(Assessment previous, Assessment? current, ProgressionPolicy policy)
    {
        var gone = new List<string>();
        var now = current ?? new Assessment();
        if (previous.HamstringQuadRatio < policy.MinHamstringQuadRatio && !(now.HamstringQuadRatio < policy.MinHamstringQuadRatio))
        {
            gone.Add($"Re-assessment: quadriceps dominance is gone (H:Q {N(previous.HamstringQuadRatio.Value)} before, {Now(now.HamstringQuadRatio, N)}, threshold {N(policy.MinHamstringQuadRatio)}); hip work is no longer favoured.");
        }

        if (LimbAsymmetric(previous, policy) && !LimbAsymmetric(now, policy))
        {
            var b = previous.SingleLegBridgeSeconds!;
            gone.Add($"Re-assessment: the limb asymmetry is gone (single-leg bridge {S(b.Left)} left, {S(b.Right)} right before, LSI {Percent(b.SymmetryIndex)}; {(now.SingleLegBridgeSeconds is { } n ? $"now {S(n.Left)} left, {S(n.Right)} right, LSI {Percent(n.SymmetryIndex)}" : "not measured now")}, threshold {Percent(policy.MinLimbSymmetryIndex)}); no weaker-leg emphasis.");
        }

        if (ShortHipFlexors(previous, policy) && !ShortHipFlexors(now, policy))
        {
            var a = previous.HipFlexorAngle!;
            gone.Add($"Re-assessment: the short hip flexors are gone (Thomas test {Deg(a.Left)} left, {Deg(a.Right)} right before; {(now.HipFlexorAngle is { } n ? $"now {Deg(n.Left)} left, {Deg(n.Right)} right" : "not measured now")}, threshold {Deg(policy.MaxHipFlexorAngle)}); the hip flexor stretch is no longer put first.");
        }

        if (WeakExtensors(previous, policy) is { } before && WeakExtensors(now, policy) is not > 0)
        {
            var after = now.Trunk is { FlexorSeconds: { } f, ExtensorSeconds: { } e } ? $"now {N(Ratio(f, e))}" : "not measured now";
            gone.Add($"Re-assessment: the weak extensors are gone (flexor:extensor {N(before)} before, {after}, threshold {N(policy.MaxFlexorExtensorRatio)}); extensor endurance no longer opens the strength work.");
        }

        if (LateralAsymmetric(previous, policy) is { } was && LateralAsymmetric(now, policy) is null)
        {
            var after = now.Trunk is { SideBridgeLeftSeconds: { } l, SideBridgeRightSeconds: { } r } ? $"now {S(l)} left, {S(r)} right" : "not measured now";
            gone.Add($"Re-assessment: the lateral asymmetry is gone (side bridge {S(previous.Trunk!.SideBridgeLeftSeconds!.Value)} left, {S(previous.Trunk.SideBridgeRightSeconds!.Value)} right before, ratio {N(was)}; {after}, range {N(policy.MinSideBridgeRatio)}–{N(policy.MaxSideBridgeRatio)}); the side bridge gets no weaker-side emphasis.");
        }

        return gone;
    }

    private static string Now(double? value, Func<double, string> format) => value is { } v ? "now " + format(v) : "not measured now";

    // The finding rules (Has… above) and the re-assessment read the same four tests, so a finding and its "gone"
    // can never disagree about a threshold.
    private static bool LimbAsymmetric(Assessment a, ProgressionPolicy policy)
        => a.SingleLegBridgeSeconds is { } s && s.Smaller is not null && s.SymmetryIndex < policy.MinLimbSymmetryIndex;

    private static bool ShortHipFlexors(Assessment a, ProgressionPolicy policy)
        => a.HipFlexorAngle is { } h && (h.Left > policy.MaxHipFlexorAngle || h.Right > policy.MaxHipFlexorAngle);

    /// <summary>The flexor:extensor ratio when it finds weak extensors, else null.</summary>
    private static double? WeakExtensors(Assessment a, ProgressionPolicy policy)
        => a.Trunk is { FlexorSeconds: { } f, ExtensorSeconds: { } e } && Ratio(f, e) is var ratio && ratio > policy.MaxFlexorExtensorRatio ? ratio : null;

    /// <summary>The side-bridge ratio when it finds a lateral asymmetry, else null.</summary>
    private static double? LateralAsymmetric(Assessment a, ProgressionPolicy policy)
        => a.Trunk is { SideBridgeLeftSeconds: { } l, SideBridgeRightSeconds: { } r } && Ratio(l, r) is var ratio && !double.IsNaN(ratio)
           && (ratio < policy.MinSideBridgeRatio || ratio > policy.MaxSideBridgeRatio) ? ratio : null;
}

/// <summary>What <see cref="SelectionRules.AssessedStartOf(ClientState, Exercise, CheckIn, ProgressionPolicy)"/> found: the test, its hold, the budget and the start it supports.</summary>
/// <param name="Test">The test, as a reason names it.</param>
/// <param name="Seconds">The hold that counts (the weaker side for a two-sided test).</param>
/// <param name="Budget">The share of the hold the first working set may ask for, seconds.</param>
/// <param name="RepSeconds">Seconds a rep stands for on a reps-measured rung.</param>
/// <param name="Rung">The chosen rung.</param>
/// <param name="Prescription">The start.</param>
internal sealed record AssessedStartChoice(string Test, double Seconds, double Budget, double RepSeconds, int Rung, Prescription Prescription);
