using Progression.Facts;
using Progression.Packs;
using Progression.Rules;

namespace Progression;

/// <summary>
/// The progression engine: the built-in (or host-configured) catalog, policy and rules, compiled
/// once. Immutable and thread-safe; share one instance (for example as a singleton through
/// <see cref="ProgressionServiceCollectionExtensions.AddProgression"/>).
/// </summary>
public sealed class ProgressionEngine : IProgressionEngine
{
    private readonly RuleSet _rules;

    internal ProgressionEngine(ExerciseCatalog catalog, ProgressionPolicy policy, RuleSet rules)
    {
        Catalog = catalog;
        Policy = policy;
        _rules = rules;
    }

    /// <summary>The exercises the engine plans from.</summary>
    public ExerciseCatalog Catalog { get; }

    /// <summary>The thresholds the rules use.</summary>
    public ProgressionPolicy Policy { get; }

    /// <summary>The rules the engine runs, in declaration order, with id, description and salience.</summary>
    public IReadOnlyList<RuleInfo> Rules => _rules.Rules;

    /// <summary>An exercise's ladder as a Mermaid flowchart: each variant with its tier, dose range, load and equipment.</summary>
    /// <param name="exerciseId">An exercise of the catalog.</param>
    /// <returns>Mermaid source, e.g. to paste into a Markdown <c>```mermaid</c> block.</returns>
    /// <exception cref="ArgumentException">The catalog has no such exercise.</exception>
    public string LadderDiagram(string exerciseId) => Diagrams.Ladder(Catalog.Get(exerciseId));

    /// <summary>The rules as a Mermaid flowchart: one box per rule, grouped by pack, with the facts each rule matches.</summary>
    /// <returns>Mermaid source.</returns>
    public string RulesDiagram() => Diagrams.Rules(Rules);

    /// <summary>An engine with the built-in catalog, the built-in rules and <see cref="ProgressionPolicy.Default"/>.</summary>
    /// <returns>A new engine.</returns>
    public static ProgressionEngine CreateDefault() => CreateBuilder().Build();

    /// <summary>A builder to change the policy, the catalog or the rules.</summary>
    /// <returns>A new builder.</returns>
    public static ProgressionEngineBuilder CreateBuilder() => new();

    /// <inheritdoc />
    public SetVerdict EvaluateSet(ClientState client, SetReport set)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(set);
        // A safety verdict needs only the symptoms: a set without a variant, a measure or progress is still answered.
        var (exercise, variantIndex, _) = Resolve(client, set, nameof(set));
        var fact = new SetUnderReview(client, set, exercise, exercise.Variants[variantIndex]);
        var session = _rules.Rent();
        session.InsertNew(fact);
        var symptoms = set.Symptoms;
        for (var i = 0; i < symptoms.Count; i++)
        {
            session.InsertNew(new ReportedSymptom(symptoms[i], fact));
        }

        session.Fire();
        var verdict = Decisions.Verdict(session.ResultSpan);
        _rules.Return(session);
        return verdict;
    }

    /// <inheritdoc />
    public SessionReview ReviewSession(ClientState client, SessionReport report)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(report);
        ReportChecks.CheckSession(client, report);
        // After a break the session is judged against the stepped-back dose the plan prescribed (BreakRules).
        BreakRules.CheckReport(client, report, nameof(report));
        client = BreakRules.Detrained(Catalog, client, report, Policy);

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

        var performances = new ExercisePerformance[grouped.Length];
        for (var g = 0; g < grouped.Length; g++)
        {
            var group = grouped[g];
            var (exercise, variantIndex, source) = Resolve(client, group[0], nameof(report));
            for (var i = 1; i < group.Length; i++)
            {
                ReportChecks.CheckSameVariant(exercise, variantIndex, Resolve(client, group[i], nameof(report)).VariantIndex, report, group[i]);
            }

            var variant = exercise.Variants[variantIndex];
            ReportChecks.CheckSets(exercise, variant, report, group);
            performances[g] = Perform(client, exercise, variantIndex, source, Policy, new OwnedList<SetReport>(group), report);
        }

        var session = _rules.Rent();
        for (var i = 0; i < performances.Length; i++)
        {
            session.InsertNew(performances[i]);
        }

        session.Fire();
        var review = Decisions.Review(client, report, performances, session);
        _rules.Return(session);
        return review;
    }

    /// <summary>
    /// The performance the rules judge: the stored progress when the variant performed is the stored one (its dose
    /// brought inside the variant's range), else the variant performed at its starting dose. Notes for the rules what
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
            VariantAssumed = source == VariantSource.Entry,
            UnknownStoredVariantId = stored is not null && storedIndex < 0 ? stored.VariantId : null,
            StoredDosageOutOfRange = outOfRange,
        };
    }

    /// <inheritdoc />
    public SessionPlan PlanSession(ClientState client, CheckIn? checkIn = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        BreakRules.DaysAway(client, checkIn, nameof(checkIn)); // the two ways of giving the days away must agree
        var request = new PlanRequest(client, checkIn);
        var session = _rules.Rent();
        session.InsertNew(request);
        if (checkIn is { RedFlags.Count: > 0 })
        {
            foreach (var flag in checkIn.RedFlags.OrderBy(f => f))
            {
                session.InsertNew(new ReportedRedFlag(flag));
            }
        }

        var exercises = Catalog.Exercises;
        var candidates = new PlanCandidate[exercises.Count];
        for (var i = 0; i < candidates.Length; i++)
        {
            // A stored variant the catalog no longer has starts the ladder over.
            var exercise = exercises[i];
            var progress = client.ProgressOf(exercise.Id);
            var known = progress is null ? -1 : exercise.IndexOf(progress.VariantId);
            var candidate = new PlanCandidate(request, exercise, Math.Max(0, known), known >= 0 ? progress : null, progress);
            candidates[i] = candidate;
            session.InsertNew(candidate);
        }

        session.Fire();
        var plan = Decisions.Plan(candidates, Catalog, session, Policy);
        _rules.Return(session);
        return plan;
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
    }

    /// <summary>
    /// Finds the exercise and the variant a set was done at: the one named, else the client's stored one (or, when
    /// its equipment is missing, the rung today's plan took instead), else the entry rung a plan would prescribe this client (the first whose equipment they have; the first rung when none).
    /// Throws naming the field only when an id the set names is unknown.
    /// </summary>
    private (Exercise Exercise, int VariantIndex, VariantSource Source) Resolve(ClientState client, SetReport set, string parameter)
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

        return (exercise, Math.Max(0, SelectionRules.PlannableRung(client, exercise, 0)), VariantSource.Entry);
    }
}
