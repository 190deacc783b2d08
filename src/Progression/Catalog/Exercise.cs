using System.Diagnostics.CodeAnalysis;

namespace Progression;

/// <summary>
/// An exercise and its ladder of variants, easiest first. Build one with the constructor and an object
/// initializer; put it in a catalog with <see cref="ExerciseCatalog.With"/> to have it checked.
/// </summary>
/// <remarks>
/// <code>
/// var stepUp = new Exercise("step-up", "Step-up", MovementPattern.KneeDominant,
///     [BodySite.Quadriceps, BodySite.Glutes],
///     [
///         new ExerciseVariant("step-up.low-box", "Low box", Tier.Bodyweight, DoseMeasure.Reps, Equipment.Step)
///             { Reps = new(8, 15, 1), IsUnilateral = true, Cue = "Drive through the whole foot." },
///         new ExerciseVariant("step-up.dumbbells", "With dumbbells", Tier.Loaded, DoseMeasure.Reps, Equipment.Step, Equipment.Dumbbell)
///             { Reps = new(6, 12, 1), Load = new(4, 30, 2), IsUnilateral = true, Cue = "Same step, dumbbells at your sides." },
///     ])
/// {
///     Region = BackRegion.Below,
///     Source = "Clinic handout, 2026",
/// };
/// var catalog = ExerciseCatalog.BuiltIn.With(stepUp);
/// </code>
/// </remarks>
public sealed class Exercise
{
    private readonly Dictionary<string, int> _indexById;

    /// <summary>Creates an exercise.</summary>
    /// <param name="id">Kebab-case id, unique in the catalog, e.g. "glute-bridge".</param>
    /// <param name="name">A name a client can read.</param>
    /// <param name="pattern">The movement pattern, used to balance a plan.</param>
    /// <param name="targetMuscles">The muscles (body sites) the exercise works or stretches.</param>
    /// <param name="variants">The ladder, easiest first; tiers never go down (checked by the catalog).</param>
    public Exercise(string id, string name, MovementPattern pattern, IEnumerable<BodySite> targetMuscles, IEnumerable<ExerciseVariant> variants)
    {
        Id = CatalogIds.Exercise(id, nameof(Id));
        Name = Preconditions.NotEmpty(name, nameof(Name));
        Pattern = Preconditions.Defined(pattern, nameof(Pattern));
        var targets = Preconditions.List(targetMuscles, nameof(TargetMuscles));
        foreach (var site in targets)
        {
            Preconditions.Defined(site, nameof(TargetMuscles));
        }

        TargetMuscles = targets;
        Variants = Preconditions.List(variants, nameof(Variants));
        _indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Variants.Count; i++)
        {
            _indexById.TryAdd(Variants[i].Id, i);
        }

        IsStretch = pattern == MovementPattern.Mobility;
        IsUnilateral = Variants.Count > 0 && Variants.All(v => v.IsUnilateral);
        HasUnilateralVariant = Variants.Any(v => v.IsUnilateral);
    }

    /// <summary>The kebab-case id, unique in the catalog.</summary>
    public string Id { get; }

    /// <summary>A name a client can read.</summary>
    public string Name { get; }

    /// <summary>The movement pattern.</summary>
    public MovementPattern Pattern { get; }

    /// <summary>The muscles (body sites) the exercise works or stretches.</summary>
    public IReadOnlyList<BodySite> TargetMuscles { get; }

    /// <summary>The ladder, easiest first.</summary>
    public IReadOnlyList<ExerciseVariant> Variants { get; }

    /// <summary>Whether this is stretch or mobility work, planned before strength work (default: the pattern is <see cref="MovementPattern.Mobility"/>).</summary>
    public bool IsStretch { get; init; }

    /// <summary>
    /// Where the exercise works relative to the lower back: below (hips, thighs), around (trunk, quadratus lumborum) or
    /// above (thoracic spine, lats). Required: a catalog rejects an exercise without one
    /// (<see cref="ExerciseCatalog.Validate"/>), because the planner keeps each region's minimum with it.
    /// </summary>
    public BackRegion? Region { get; init => field = value is { } region ? Preconditions.Defined(region, nameof(Region)) : null; }

    /// <summary>
    /// Whether the exercise loads the lumbar spine in flexion or a hinge (a good morning, a hip hinge or deadlift), so
    /// that a session holds at most <see cref="ProgressionPolicy.MaxLumbarLoadingExercises"/> of them. Default
    /// <see langword="false"/>: held mobility positions and trunk work that keeps the spine still do not count.
    /// </summary>
    public bool LoadsLumbarSpine { get; init; }

    /// <summary>Where the ladder comes from: the seed article or published reference.</summary>
    public string Source { get; init => field = Preconditions.NotNull(value, nameof(Source)); } = "";

    /// <summary>Whether every variant is done one side at a time, so side emphasis always applies.</summary>
    public bool IsUnilateral { get; }

    /// <summary>Whether at least one variant is done one side at a time (for example the single-leg glute bridge).</summary>
    public bool HasUnilateralVariant { get; }

    /// <summary>The first (easiest) variant, where a new client starts.</summary>
    /// <exception cref="InvalidOperationException">The ladder is empty (a catalog rejects such an exercise).</exception>
    public ExerciseVariant Entry => Variants.Count > 0
        ? Variants[0]
        : throw new InvalidOperationException($"Exercise '{Id}' has no variants; ExerciseCatalog.Create reports this.");

    /// <summary>Finds a variant of this exercise by id.</summary>
    /// <param name="variantId">The variant id.</param>
    /// <param name="variant">The variant, when found.</param>
    /// <returns><see langword="true"/> when the exercise has the variant.</returns>
    public bool TryGetVariant(string variantId, [NotNullWhen(true)] out ExerciseVariant? variant)
    {
        var index = IndexOf(variantId);
        variant = index >= 0 ? Variants[index] : null;
        return variant is not null;
    }

    /// <summary>The position of a variant on the ladder (0 = easiest), or −1 when the exercise does not have it.</summary>
    /// <param name="variantId">The variant id.</param>
    /// <returns>The index, or −1.</returns>
    public int IndexOf(string variantId) =>
        variantId is not null && _indexById.TryGetValue(variantId, out var index) ? index : -1;

    /// <summary>
    /// The prescription that starts the variant at <paramref name="variantIndex"/> (its starting dose), made once and
    /// shared: a plan asks for it for every exercise a client has not started. Prescriptions are immutable; a race
    /// makes equal copies.
    /// </summary>
    internal Prescription StartAt(int variantIndex)
    {
        var starts = _starts ??= new Prescription?[Variants.Count];
        if (starts[variantIndex] is { } made)
        {
            return made;
        }

        var variant = Variants[variantIndex];
        return starts[variantIndex] = new Prescription(Id, variant.Id, variant.Tier, variant.StartingDosage);
    }

    private Prescription?[]? _starts;

    /// <summary>The variant after <paramref name="variantId"/> on the ladder, or <see langword="null"/> at the top.</summary>
    /// <param name="variantId">A variant of this exercise.</param>
    /// <returns>The next variant, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException">The exercise has no such variant.</exception>
    public ExerciseVariant? NextVariant(string variantId)
    {
        var index = RequireIndex(variantId);
        return index + 1 < Variants.Count ? Variants[index + 1] : null;
    }

    /// <summary>The variant before <paramref name="variantId"/> on the ladder, or <see langword="null"/> at the bottom.</summary>
    /// <param name="variantId">A variant of this exercise.</param>
    /// <returns>The previous variant, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException">The exercise has no such variant.</exception>
    public ExerciseVariant? PreviousVariant(string variantId)
    {
        var index = RequireIndex(variantId);
        return index > 0 ? Variants[index - 1] : null;
    }

    /// <summary>The exercise and its ladder, e.g. "atg-split-squat: chair (Assisted) → flat (Bodyweight) → dumbbells (Loaded)".</summary>
    /// <returns>The ladder in one line.</returns>
    public override string ToString() =>
        $"{Id}: {string.Join(" → ", Variants.Select(v => $"{v.Id} ({v.Tier})"))}";

    private int RequireIndex(string variantId)
    {
        var index = IndexOf(variantId);
        return index >= 0
            ? index
            : throw new ArgumentException(
                $"variantId \"{variantId}\" is not a variant of exercise '{Id}'; known: {string.Join(", ", Variants.Select(v => v.Id))}.",
                nameof(variantId));
    }
}
