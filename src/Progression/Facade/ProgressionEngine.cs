using Progression.Facts;
using Progression.Packs;

namespace Progression;

/// <summary>
/// The progression engine: the built-in (or host-configured) catalog, policy and rules, compiled
/// once. Immutable and thread-safe; share one instance (for example as a singleton through
/// <see cref="ProgressionServiceCollectionExtensions.AddProgression"/>).
/// </summary>
public sealed class ProgressionEngine : IProgressionEngine
{
    private readonly CompiledRules _rules;

    // The last client policy found valid: most hosts give every client the same few policies, so the check runs once.
    private ProgressionPolicy? _lastValidClientPolicy;

    internal ProgressionEngine(ExerciseCatalog catalog, ProgressionPolicy policy, CompiledRules rules)
    {
        Catalog = catalog;
        Policy = policy;
        _rules = rules;
    }

    /// <summary>The compiled rules (for the benchmarks, which run bare NRules sessions on the facade's facts).</summary>
    internal CompiledRules CompiledRules => _rules;

    /// <inheritdoc />
    public ExerciseCatalog Catalog { get; }

    /// <inheritdoc />
    public ProgressionPolicy Policy { get; }

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> Rules => _rules.Rules;

    /// <inheritdoc />
    public string LadderDiagram(string exerciseId) => Diagrams.Ladder(Catalog.Get(exerciseId));

    /// <inheritdoc />
    public string RulesDiagram() => Diagrams.Rules(Rules);

    /// <inheritdoc />
    public string NetworkDiagram(string question)
    {
        var which = question switch
        {
            RuleTags.Set => Question.Set,
            RuleTags.Plan => Question.Plan,
            RuleTags.Review => Question.Review,
            _ => throw new ArgumentException($"question '{question}' is not a question the engine answers; use RuleTags.Set (\"set\"), RuleTags.Plan (\"plan\") or RuleTags.Review (\"review\").", nameof(question)),
        };
        return Diagrams.Network(_rules.FactoryOf(which).GetSchema(), question);
    }

    /// <summary>An engine with the built-in catalog, the built-in rules and <see cref="ProgressionPolicy.Default"/>.</summary>
    /// <returns>A new engine.</returns>
    public static ProgressionEngine CreateDefault() => CreateBuilder().Build();

    /// <summary>A builder to change the policy, the catalog or the rules.</summary>
    /// <returns>A new builder.</returns>
    public static ProgressionEngineBuilder CreateBuilder() => new();

    /// <inheritdoc />
    public SetVerdict EvaluateSet(ClientState client, SetReport set)
    {
        var facts = SetFacts(client, set);
        var (memory, count) = _rules.Run(Question.Set, facts);
        var verdict = Decisions.Verdict(memory.AsSpan(0, count));
        CompiledRules.Release(memory, count);
        return verdict;
    }

    /// <summary>Checks the call's input and makes the facts the set rules see: the policy, the set, its symptoms.</summary>
    internal object[] SetFacts(ClientState client, SetReport set)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(set);
        // A safety verdict needs only the symptoms: a set without a variant, a measure or progress is still answered.
        var policy = PolicyOf(client);
        var (exercise, variantIndex, _) = Resolve(client, set, nameof(set), null, policy);
        var fact = new SetUnderReview(client, set, exercise, exercise.Variants[variantIndex]);
        var symptoms = set.Symptoms;
        var facts = new object[2 + symptoms.Count];
        facts[0] = policy;
        facts[1] = fact;
        for (var i = 0; i < symptoms.Count; i++)
        {
            facts[2 + i] = new ReportedSymptom(symptoms[i], fact);
        }
        return facts;
    }

    /// <inheritdoc />
    public SessionReview ReviewSession(ClientState client, SessionReport report)
    {
        var facts = ReviewFacts(ref client, report, out var performances);
        var (memory, count) = _rules.Run(Question.Review, facts);
        var review = Decisions.Review(client, report, performances, memory.AsSpan(0, count));
        CompiledRules.Release(memory, count);
        return review;
    }

    /// <summary>
    /// Checks the call's input and makes the facts the review rules see: the policy and one performance per exercise;
    /// <paramref name="client"/> becomes the client the review starts from (detrained after a break).
    /// </summary>
    internal object[] ReviewFacts(ref ClientState client, SessionReport report, out ExercisePerformance[] performances)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(report);
        var policy = PolicyOf(client);
        ReportChecks.CheckSession(client, report);
        // After a break the session is judged against the stepped-back dose the plan prescribed (BreakRules).
        BreakRules.CheckReport(client, report, nameof(report));
        client = BreakRules.Detrained(Catalog, client, report, policy);

        // Group the sets by exercise, in the order each exercise first appears: count, then fill exact arrays.
        var sets = report.Sets;
        var ids = new List<(string ExerciseId, int Count)>();
        for (var i = 0; i < sets.Count; i++)
        {
            var group = GroupOf(ids, sets[i].ExerciseId);
            if (group < 0)
            {
                ids.Add((sets[i].ExerciseId, 1));
            }
            else
            {
                ids[group] = (ids[group].ExerciseId, ids[group].Count + 1);
            }
        }

        var grouped = new SetReport[ids.Count][];
        var filled = new int[ids.Count];
        for (var i = 0; i < sets.Count; i++)
        {
            var group = GroupOf(ids, sets[i].ExerciseId);
            (grouped[group] ??= new SetReport[ids[group].Count])[filled[group]++] = sets[i];
        }

        performances = new ExercisePerformance[grouped.Length];
        for (var g = 0; g < grouped.Length; g++)
        {
            var group = grouped[g];
            var (exercise, variantIndex, source) = Resolve(client, group[0], nameof(report), report.CheckIn, policy);
            for (var i = 1; i < group.Length; i++)
            {
                ReportChecks.CheckSameVariant(exercise, variantIndex, Resolve(client, group[i], nameof(report), report.CheckIn, policy).VariantIndex, report, group[i]);
            }

            var variant = exercise.Variants[variantIndex];
            ReportChecks.CheckSets(exercise, variant, report, group);
            performances[g] = Perform(client, exercise, variantIndex, source, policy, new OwnedList<SetReport>(group), report);
        }

        var facts = new object[1 + performances.Length];
        facts[0] = policy;
        performances.CopyTo(facts, 1);
        return facts;
    }

    /// <summary>
    /// The performance the rules judge: the stored progress when the variant performed is the stored one (its dose
    /// brought inside the variant's range); for an exercise not started, the assessed start when that is
    /// the variant performed (selection.assessed-start); else the variant performed at its starting dose. Notes for the rules what
    /// was read in place of what.
    /// </summary>
    private static ExercisePerformance Perform(ClientState client, Exercise exercise, int variantIndex, VariantSource source, ProgressionPolicy policy, IReadOnlyList<SetReport> sets, SessionReport report)
    {
        var variant = exercise.Variants[variantIndex];
        var stored = client.ProgressOf(exercise.Id);
        var storedIndex = stored is null ? -1 : exercise.IndexOf(stored.VariantId);
        ExerciseProgress progress;
        Dosage? outOfRange = null;
        if (stored is not null && storedIndex == variantIndex)
        {
            var inRange = SelectionRules.DoseInRange(variant, stored.Dosage);
            outOfRange = inRange is null ? null : stored.Dosage;
            progress = inRange is null ? stored : stored with { Dosage = inRange };
        }
        else if (stored is null && SelectionRules.AssessedStartOf(client, exercise, report.CheckIn, policy) is { } start && start.Rung == variantIndex)
        {
            // A first session at the start the assessment set (selection.assessed-start) is judged against that dose.
            progress = new ExerciseProgress { VariantId = variant.Id, Tier = variant.Tier, Dosage = start.Prescription.Dosage };
        }
        else
        {
            progress = new ExerciseProgress { VariantId = variant.Id, Tier = variant.Tier, Dosage = variant.StartingDosage };
        }

        if (SafetyRules.DayLowering(exercise, client, report.CheckIn, policy) is { Step: not ProgressionStep.Pause } lowered
            && lowered.To.VariantId == variant.Id)
        {
            // Today's plan lowered this exercise (a flare, lingering soreness) and it was done at that rung: the session is
            // judged against what was planned, not against the stored level, so one flare lowers once.
            progress = stored! with { VariantId = lowered.To.VariantId, Tier = lowered.To.Tier, Dosage = lowered.To.Dosage };
            if (lowered.To.VariantId != stored.VariantId || lowered.To.Dosage != stored.Dosage)
            {
                // The streaks were earned at the stored level, not at the lowered one: counting them here said "3 (of 2
                // needed) successful sessions at 3 × 30 s" after one, and undid the flare's lowering two days later.
                progress = progress with { SuccessStreak = 0, FailureStreak = 0, HardStreak = 0 };
            }
        }

        // The review adds one to these counters, on this progress or (when a rule keeps it) on the stored one.
        ReportChecks.CheckCounters(exercise, progress);
        if (stored is not null)
        {
            ReportChecks.CheckCounters(exercise, stored);
        }

        return new ExercisePerformance(client, exercise, variantIndex, progress, sets, report)
        {
            VariantAssumed = source is VariantSource.Entry or VariantSource.Assessed,
            AssumedFromAssessment = source == VariantSource.Assessed,
            UnknownStoredVariantId = stored is not null && storedIndex < 0 ? stored.VariantId : null,
            StoredDosageOutOfRange = outOfRange,
        };
    }

    /// <inheritdoc />
    public SessionPlan PlanSession(ClientState client, CheckIn? checkIn = null)
    {
        var facts = PlanFacts(client, checkIn, out var candidates, out var policy);
        var (memory, count) = _rules.Run(Question.Plan, facts);
        var plan = Decisions.Plan(candidates, Catalog, memory.AsSpan(0, count), policy);
        CompiledRules.Release(memory, count);
        return plan;
    }

    /// <summary>Checks the call's input and makes the facts the plan rules see: the policy, the request, its red flags, one candidate per exercise, one rotation turn per region that has one.</summary>
    internal object[] PlanFacts(ClientState client, CheckIn? checkIn, out PlanCandidate[] candidates, out ProgressionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(client);
        policy = PolicyOf(client);
        BreakRules.DaysAway(client, checkIn, nameof(checkIn)); // the two ways of giving the days away must agree
        var request = new PlanRequest(client, checkIn);
        var flags = checkIn?.RedFlags.Count ?? 0;
        var exercises = Catalog.Exercises;
        candidates = new PlanCandidate[exercises.Count];
        for (var i = 0; i < candidates.Length; i++)
        {
            // A stored variant the catalog no longer has starts the ladder over.
            var exercise = exercises[i];
            var progress = client.ProgressOf(exercise.Id);
            var known = progress is null ? -1 : exercise.IndexOf(progress.VariantId);
            candidates[i] = new PlanCandidate(request, exercise, Math.Max(0, known), known >= 0 ? progress : null, progress);
        }

        var turns = RotationRegions(candidates, policy);
        var facts = new object[2 + flags + exercises.Count + System.Numerics.BitOperations.PopCount((uint)turns)];
        facts[0] = policy;
        facts[1] = request;
        var next = 2;
        if (flags > 0)
        {
            foreach (var flag in checkIn!.RedFlags.Order())
            {
                facts[next++] = new ReportedRedFlag(flag);
            }
        }

        foreach (var candidate in candidates)
        {
            facts[next++] = candidate;
        }

        // One rotation turn a region in which a stint is served and another exercise could take the slot.
        for (var region = BackRegion.Below; region <= BackRegion.Above; region++)
        {
            if ((turns & (1 << (int)region)) != 0)
            {
                facts[next++] = new RotationTurn(request, region);
            }
        }

        return facts;
    }

    /// <summary>The regions (a bit each) in which an exercise has served its stint and another exercise is a candidate.</summary>
    private static int RotationRegions(PlanCandidate[] candidates, ProgressionPolicy policy)
    {
        if (policy.AccessoryRotationSessions == 0)
        {
            return 0;
        }

        int served = 0, seen = 0, twice = 0;
        foreach (var c in candidates)
        {
            if (c.Exercise.Region is not { } region)
            {
                continue;
            }

            var bit = 1 << (int)region;
            twice |= seen & bit;
            seen |= bit;
            served |= SelectionRules.StintServed(c, policy) ? bit : 0;
        }

        return served & twice;
    }

    /// <summary>The policy the rules read for <paramref name="client"/>: their own, checked, else the engine's.</summary>
    private ProgressionPolicy PolicyOf(ClientState client)
    {
        var own = client.Policy;
        if (own is null || ReferenceEquals(own, Policy) || ReferenceEquals(own, _lastValidClientPolicy))
        {
            return own ?? Policy;
        }

        var errors = new List<string>();
        own.Validate(errors);
        if (errors.Count > 0)
        {
            throw new ArgumentException(
                $"ClientState.Policy is invalid ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}): {string.Join(" ", errors)}",
                nameof(client));
        }

        _lastValidClientPolicy = own;
        return own;
    }

    /// <summary>The index of <paramref name="exerciseId"/> in <paramref name="ids"/>, or −1.</summary>
    private static int GroupOf(List<(string ExerciseId, int Count)> ids, string exerciseId)
    {
        for (var g = 0; g < ids.Count; g++)
        {
            if (ids[g].ExerciseId == exerciseId)
            {
                return g;
            }
        }

        return -1;
    }

    /// <summary>Where the variant a set is judged at came from.</summary>
    private enum VariantSource
    {
        /// <summary>The set named it.</summary>
        Named,

        /// <summary>The client's stored progress.</summary>
        Stored,

        /// <summary>Neither: the entry rung a plan would prescribe (the first the client's equipment allows).</summary>
        Entry,

        /// <summary>Neither, for a client with no progress whose assessment sets the start: the rung a plan prescribes.</summary>
        Assessed,
    }

    /// <summary>
    /// Finds the exercise and the variant a set was done at: the one named, else the client's stored one (or, when
    /// its equipment is missing, the rung today's plan took instead), else the start a plan would prescribe this client: the one their assessment sets (selection.assessed-start), or the entry rung (the first whose equipment they have; the first rung when none).
    /// Throws naming the field only when an id the set names is unknown.
    /// </summary>
    private (Exercise Exercise, int VariantIndex, VariantSource Source) Resolve(ClientState client, SetReport set, string parameter, CheckIn? checkIn, ProgressionPolicy policy)
    {
        if (!Catalog.TryGet(set.ExerciseId, out var exercise))
        {
            throw new ArgumentException(
                $"SetReport.ExerciseId '{set.ExerciseId}' is not in the catalog. Known exercises: {string.Join(", ", Catalog.Exercises.Select(e => e.Id))}.",
                parameter);
        }

        if (set.VariantId is { } variantId)
        {
            var index = exercise.IndexOf(variantId);
            if (index < 0)
            {
                throw new ArgumentException(
                    $"SetReport.VariantId '{variantId}' is not a variant of '{exercise.Id}'. Its variants: {string.Join(", ", exercise.Variants.Select(v => v.Id))}.",
                    parameter);
            }

            return (exercise, index, VariantSource.Named);
        }

        if (client.ProgressOf(exercise.Id) is { } progress && exercise.IndexOf(progress.VariantId) is var current and >= 0)
        {
            // Without the stored variant's equipment, today's plan prescribed the rung the equipment allows: that one.
            return SelectionRules.HasEquipment(client, exercise.Variants[current]) || SelectionRules.PlannableRung(client, exercise, current) is not (var today and >= 0)
                ? (exercise, current, VariantSource.Stored)
                : (exercise, today, VariantSource.Stored);
        }

        // A client with no progress was planned the start their assessment set (selection.assessed-start), if any.
        return SelectionRules.AssessedStartOf(client, exercise, checkIn, policy) is { } start
            ? (exercise, start.Rung, VariantSource.Assessed)
            : (exercise, Math.Max(0, SelectionRules.PlannableRung(client, exercise, 0)), VariantSource.Entry);
    }
}
