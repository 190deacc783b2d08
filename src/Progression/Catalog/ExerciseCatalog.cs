using System.Diagnostics.CodeAnalysis;

namespace Progression;

/// <summary>
/// An immutable, ordered, validated set of exercises. <see cref="BuiltIn"/> holds the exercises from the seeds and
/// references; <see cref="With"/>, <see cref="WithExercises"/> and <see cref="Without"/> make new catalogs with host
/// exercises added, replaced or removed. Every catalog was checked as a whole when it was made.
/// </summary>
public sealed class ExerciseCatalog
{
    private readonly Dictionary<string, Exercise> _byId;
    private readonly Dictionary<string, (Exercise Exercise, ExerciseVariant Variant)> _byVariantId;
    private readonly Dictionary<string, int> _orderById;

    private ExerciseCatalog(IReadOnlyList<Exercise> exercises)
    {
        Exercises = exercises;
        _byId = exercises.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _orderById = new Dictionary<string, int>(exercises.Count, StringComparer.Ordinal);
        for (var i = 0; i < exercises.Count; i++)
        {
            _orderById.Add(exercises[i].Id, i);
        }
        _byVariantId = exercises
            .SelectMany(e => e.Variants.Select(v => (Exercise: e, Variant: v)))
            .ToDictionary(p => p.Variant.Id, StringComparer.Ordinal);
    }

    /// <summary>The built-in catalog: every exercise the design names, with ladders from the seeds and references.</summary>
    public static ExerciseCatalog BuiltIn { get; } = Create(BuiltInCatalog.Exercises);

    /// <summary>A catalog with no exercises.</summary>
    public static ExerciseCatalog Empty { get; } = Create([]);

    /// <summary>The exercises, in catalog order.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>Makes a catalog, checking everything at once.</summary>
    /// <param name="exercises">The exercises, in the order to keep.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CatalogException">One or more problems; the message lists them all.</exception>
    public static ExerciseCatalog Create(IEnumerable<Exercise> exercises)
    {
        var list = Preconditions.NotNull(exercises, nameof(exercises)).ToArray();
        var problems = Validate(list);
        return problems.Count == 0 ? new ExerciseCatalog(list.AsReadOnly()) : throw new CatalogException(problems);
    }

    /// <summary>
    /// Every problem that would stop <paramref name="exercises"/> from forming a catalog (empty when there is none),
    /// so a builder can report them together with its own.
    /// </summary>
    /// <param name="exercises">The exercises to check.</param>
    /// <returns>One sentence per problem.</returns>
    public static IReadOnlyList<string> Validate(IEnumerable<Exercise> exercises)
    {
        var list = Preconditions.NotNull(exercises, nameof(exercises)).ToList();
        var problems = new List<string>();
        var exerciseIds = new HashSet<string>(StringComparer.Ordinal);
        var variantOwners = new Dictionary<string, string>(StringComparer.Ordinal);

        for (var i = 0; i < list.Count; i++)
        {
            var exercise = list[i];
            if (exercise is null)
            {
                problems.Add($"exercises[{i}] is null.");
                continue;
            }

            if (!exerciseIds.Add(exercise.Id))
            {
                problems.Add($"Exercise id '{exercise.Id}' is used more than once; exercise ids must be unique.");
            }

            if (exercise.Region is null)
            {
                problems.Add($"Exercise '{exercise.Id}' has no Region; set it to Below (hips, thighs), Around (trunk, quadratus lumborum) or Above (thoracic spine, lats) the lower back, so that plans keep work in every region.");
            }

            if (exercise.Variants.Count == 0)
            {
                problems.Add($"Exercise '{exercise.Id}' has no variants; a ladder needs at least one.");
            }

            ExerciseVariant? previous = null;
            foreach (var variant in exercise.Variants)
            {
                if (variantOwners.TryGetValue(variant.Id, out var owner))
                {
                    problems.Add($"Variant id '{variant.Id}' is used more than once (in '{owner}' and '{exercise.Id}'); variant ids must be unique in the whole catalog.");
                }
                else
                {
                    variantOwners.Add(variant.Id, exercise.Id);
                }

                if (previous is not null && variant.Tier < previous.Tier)
                {
                    problems.Add($"Exercise '{exercise.Id}': variant '{variant.Id}' ({variant.Tier}) comes after '{previous.Id}' ({previous.Tier}); tiers must never go down along a ladder.");
                }

                CheckVariant(variant, problems);
                previous = variant;
            }
        }

        return problems.AsReadOnly();
    }

    /// <summary>The position of the exercise in <see cref="Exercises"/>, or −1 when the catalog has no such exercise.</summary>
    internal int OrderOf(string exerciseId) => _orderById.TryGetValue(exerciseId, out var order) ? order : -1;

    /// <summary>Whether the catalog has an exercise with this id.</summary>
    /// <param name="exerciseId">The exercise id.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(string exerciseId) => exerciseId is not null && _byId.ContainsKey(exerciseId);

    /// <summary>The exercise with this id, or <see langword="null"/>.</summary>
    /// <param name="exerciseId">The exercise id.</param>
    /// <returns>The exercise, or <see langword="null"/>.</returns>
    public Exercise? Find(string exerciseId) => TryGet(exerciseId, out var exercise) ? exercise : null;

    /// <summary>Finds an exercise by id.</summary>
    /// <param name="exerciseId">The exercise id.</param>
    /// <param name="exercise">The exercise, when found.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool TryGet(string exerciseId, [NotNullWhen(true)] out Exercise? exercise)
    {
        exercise = null;
        return exerciseId is not null && _byId.TryGetValue(exerciseId, out exercise);
    }

    /// <summary>The exercise with this id.</summary>
    /// <param name="exerciseId">The exercise id.</param>
    /// <returns>The exercise.</returns>
    /// <exception cref="ArgumentException">The catalog has no such exercise; the message lists the ids it has.</exception>
    public Exercise Get(string exerciseId) =>
        TryGet(exerciseId, out var exercise)
            ? exercise
            : throw new ArgumentException(
                $"exerciseId \"{exerciseId}\" is not in the catalog; known ids: {string.Join(", ", _byId.Keys)}.", nameof(exerciseId));

    /// <summary>Finds a variant, and the exercise it belongs to, by variant id.</summary>
    /// <param name="variantId">The variant id.</param>
    /// <param name="exercise">The exercise, when found.</param>
    /// <param name="variant">The variant, when found.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool TryGetVariant(string variantId, [NotNullWhen(true)] out Exercise? exercise, [NotNullWhen(true)] out ExerciseVariant? variant)
    {
        if (variantId is not null && _byVariantId.TryGetValue(variantId, out var found))
        {
            (exercise, variant) = found;
            return true;
        }

        (exercise, variant) = (null, null);
        return false;
    }

    /// <summary>A variant and the exercise it belongs to.</summary>
    /// <param name="variantId">The variant id.</param>
    /// <returns>The exercise and the variant.</returns>
    /// <exception cref="ArgumentException">The catalog has no such variant.</exception>
    public (Exercise Exercise, ExerciseVariant Variant) GetVariant(string variantId) =>
        TryGetVariant(variantId, out var exercise, out var variant)
            ? (exercise, variant)
            : throw new ArgumentException($"variantId \"{variantId}\" is not in the catalog.", nameof(variantId));

    /// <summary>A new catalog with <paramref name="exercise"/> added at the end, or replacing the exercise with the same id in place.</summary>
    /// <param name="exercise">The exercise to add or replace.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="CatalogException">The result would be invalid.</exception>
    public ExerciseCatalog With(Exercise exercise) => WithExercises([Preconditions.NotNull(exercise, nameof(exercise))]);

    /// <summary>A new catalog with each exercise added at the end, or replacing the exercise with the same id in place.</summary>
    /// <param name="exercises">The exercises to add or replace.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="CatalogException">The result would be invalid.</exception>
    public ExerciseCatalog WithExercises(IEnumerable<Exercise> exercises)
    {
        var result = Exercises.ToList();
        foreach (var exercise in Preconditions.List(exercises, nameof(exercises)))
        {
            var index = result.FindIndex(e => e.Id == exercise.Id);
            if (index >= 0)
            {
                result[index] = exercise;
            }
            else
            {
                result.Add(exercise);
            }
        }

        return Create(result);
    }

    /// <summary>A new catalog without the exercise with this id.</summary>
    /// <param name="exerciseId">The exercise id.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentException">The catalog has no such exercise.</exception>
    public ExerciseCatalog Without(string exerciseId)
    {
        var removed = Get(exerciseId);
        return new ExerciseCatalog(Exercises.Where(e => !ReferenceEquals(e, removed)).ToArray().AsReadOnly());
    }

    /// <summary>Every ladder, one line per exercise.</summary>
    /// <returns>The catalog as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Exercises);

    private static void CheckVariant(ExerciseVariant variant, List<string> problems)
    {
        var id = variant.Id;
        var (range, rangeName, other, otherName) = variant.Measure == DoseMeasure.Reps
            ? (variant.Reps, nameof(ExerciseVariant.Reps), variant.HoldSeconds, nameof(ExerciseVariant.HoldSeconds))
            : (variant.HoldSeconds, nameof(ExerciseVariant.HoldSeconds), variant.Reps, nameof(ExerciseVariant.Reps));

        if (range is null)
        {
            problems.Add($"Variant '{id}' measures {variant.Measure} but has no {rangeName} range.");
        }

        if (other is not null)
        {
            problems.Add($"Variant '{id}' measures {variant.Measure} but also has a {otherName} range; give only the range of its measure.");
        }

        if (variant.Reps is { } reps)
        {
            if (!IsWhole(reps.Min) || !IsWhole(reps.Max) || !IsWhole(reps.Step))
            {
                problems.Add($"Variant '{id}': the Reps range must be whole numbers; was {reps}.");
            }

            if (reps.Max > 200)
            {
                problems.Add($"Variant '{id}': the Reps range must stay within 1–200 reps; was {reps}.");
            }
        }

        if (variant.HoldSeconds is { } hold && hold.Max > 600)
        {
            problems.Add($"Variant '{id}': the HoldSeconds range must stay within 0–600 s; was {hold}.");
        }

        if (variant.Tier == Tier.Loaded && variant.Load is null)
        {
            problems.Add($"Variant '{id}' is Loaded but has no Load range.");
        }

        if (variant.Tier != Tier.Loaded && variant.Load is not null)
        {
            problems.Add($"Variant '{id}' is {variant.Tier} but has a Load range; only Loaded variants carry load.");
        }

        foreach (var (needed, standIn) in variant.StandIns.OrderBy(pair => pair.Key))
        {
            if (!variant.Equipment.Contains(needed))
            {
                problems.Add($"Variant '{id}': StandIns names {needed}, which the variant does not need; its equipment: {(variant.Equipment.Count == 0 ? "none" : string.Join(", ", variant.Equipment))}.");
            }
            else if (standIn == needed || variant.Equipment.Contains(standIn))
            {
                problems.Add($"Variant '{id}': StandIns lets {standIn} stand in for {needed}, but {standIn} is already needed; a stand-in must be other equipment.");
            }
        }

        if (variant.Tier == Tier.Loaded && variant.Equipment.Count == 0)
        {
            problems.Add($"Variant '{id}' is Loaded but declares no equipment to carry the load.");
        }
    }

    private static bool IsWhole(double value) => Math.Abs(value - Math.Round(value)) < 1e-9;
}
