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

    private const int FindingSalience = 700;
    private const int ImbalanceSalience = 600;

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
                    () => $"{c.Exercise.Name} is paused: {c.Progress!.PauseReason ?? "it was stopped for pain"}. Leave it out until a professional clears it."))
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
                ctx.Record(Lowered(c, ctx.Rule.Id, $"Morning pain {checkIn.MorningPain}/10 against a baseline of {checkIn.BaselinePain}/10 after the last session", loadedAllowed: true));
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
                ctx.Record(Lowered(c, ctx.Rule.Id, $"Morning pain {c.Request.CheckIn!.MorningPain}/10 ({policy.SevereMorningPain} or more)", loadedAllowed: false));
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
                ctx.Record(Lowered(c, ctx.Rule.Id,
                    $"{Wording.Capital(ProgressionRules.Describe(soreness))} still there {c.Request.CheckIn!.DaysSinceLastSession} days after the last session", loadedAllowed: true));
            });
        }

        {
            var rule = rules.Rule(EquipmentAvailable)
                .Describe("Only variants whose equipment the client has are planned: the highest such variant at or below the client's level, or none.")
                .Salience(800);
            var candidate = rule.Match<PlanCandidate>(c => !HasEquipment(c.Request.Client, c.Exercise.Variants[c.VariantIndex]));
            rule.Then(ctx =>
            {
                var c = ctx.Get(candidate);
                var variant = c.Exercise.Variants[c.VariantIndex];
                var missing = c.Request.Client.Assessment!.Missing(variant.Equipment);
                for (var i = c.VariantIndex - 1; i >= 0; i--)
                {
                    var lower = c.Exercise.Variants[i];
                    if (HasEquipment(c.Request.Client, lower))
                    {
                        ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id, () => $"{variant.Name} needs {missing}, which you do not have: {lower.Name} at {lower.StartingDosage} instead."))
                        {
                            Prescription = new Prescription(c.ExerciseId, lower.Id, lower.Tier, lower.StartingDosage),
                        });
                        return;
                    }
                }

                ctx.Record(new PlanChoice(c.ExerciseId, new Reason(ctx.Rule.Id, () => $"{c.Exercise.Name} needs {missing}, which you do not have.")) { Exclude = true });
            });
        }

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

    private static int IndexOf((string Id, string Region)[] list, string exerciseId)
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
        => client.Assessment?.Has(variant.Equipment) ?? true;

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
    private static PlanChoice Lowered(PlanCandidate c, string ruleId, string cause, bool loadedAllowed)
    {
        var move = Ladder.Down(c.Exercise, c.VariantIndex, c.Prescription.Dosage, c.Request.Client.Assessment);
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
    {
        var candidates = session.Query<PlanCandidate>();
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
        foreach (var result in session.Results)
        {
            if (result is PlanChoice { Reserve: false } choice && (choice.Priority is not null || choice.Exclude))
            {
                chosen.Add(choice.ExerciseId);
            }
        }

        var standIns = candidates
            .Where(c => c.Request == paused.Request && c.Progress is null && c.Exercise.Pattern == pattern
                        && !chosen.Contains(c.ExerciseId) && HasEquipment(c.Request.Client, c.Exercise.Variants[c.VariantIndex]))
            .OrderBy(c => IndexOf(Reserve, c.ExerciseId) is var i and >= 0 ? i : int.MaxValue)
            .ToList();
        return rank < standIns.Count ? standIns[rank] : null;
    }

    private static string PatternName(MovementPattern pattern) => pattern switch
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
    private static double Ratio(double a, double b) => b > 0 ? a / b : a > 0 ? double.PositiveInfinity : double.NaN;

    private static string N(double value) => double.IsPositiveInfinity(value) ? "unbounded" : value.ToString("0.0#", CultureInfo.InvariantCulture);

    private static string S(double seconds) => seconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";

    private static string Percent(double fraction) => (fraction * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    private static string Deg(double degrees) => (degrees > 0 ? "+" : "") + degrees.ToString("0.#", CultureInfo.InvariantCulture) + "°";

    private static string Lower(Side side) => side == Side.Left ? "left" : "right";

    private static string Targets(Exercise e)
        => e.TargetMuscles.Where(m => m is BodySite.Hamstrings or BodySite.Glutes).Select(m => m.ToString().ToLowerInvariant()).ToList() is { Count: > 0 } named
            ? string.Join(" and ", named)
            : "back of the hips and thighs";
}
