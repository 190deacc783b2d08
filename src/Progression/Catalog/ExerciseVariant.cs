namespace Progression;

/// <summary>
/// One rung of an exercise ladder: a way of doing the exercise on one <see cref="Tier"/>, with the equipment it
/// needs and the dose range its target moves through.
/// </summary>
/// <remarks>
/// Exactly the range matching <see cref="Measure"/> is given (<see cref="Reps"/> or <see cref="HoldSeconds"/>),
/// and <see cref="Load"/> is given exactly when the tier is <see cref="Tier.Loaded"/>. Those cross-field rules are
/// checked by <see cref="ExerciseCatalog.Create"/>, which reports every problem of a catalog at once.
/// <code>
/// new ExerciseVariant("step-up.low-box", "Low box step-up", Tier.Bodyweight, DoseMeasure.Reps, Equipment.Step)
/// {
///     Reps = new DoseRange(8, 15, 1),
///     IsUnilateral = true,
///     Cue = "Drive through the whole foot on the box and stand tall.",
/// }
/// </code>
/// </remarks>
public sealed class ExerciseVariant
{
    /// <summary>Creates a variant; set the dose range and cue with an object initializer.</summary>
    /// <param name="id">Unique in the whole catalog; by convention "exercise-id.variant", e.g. "atg-split-squat.chair".</param>
    /// <param name="name">A short name a client can read.</param>
    /// <param name="tier">The tier of this rung.</param>
    /// <param name="measure">Whether the dose counts reps or hold seconds.</param>
    /// <param name="equipment">What the variant needs; none means nothing is needed.</param>
    public ExerciseVariant(string id, string name, Tier tier, DoseMeasure measure, params Equipment[] equipment)
    {
        Id = CatalogIds.Variant(id, nameof(Id));
        Name = Preconditions.NotEmpty(name, nameof(Name));
        Tier = Preconditions.Defined(tier, nameof(Tier));
        Measure = Preconditions.Defined(measure, nameof(Measure));
        Equipment = Preconditions.EnumSet(equipment, nameof(Equipment));
    }

    /// <summary>The variant id, unique in the whole catalog.</summary>
    public string Id { get; }

    /// <summary>A short name a client can read.</summary>
    public string Name { get; }

    /// <summary>The tier of this rung.</summary>
    public Tier Tier { get; }

    /// <summary>Whether the dose counts reps or hold seconds.</summary>
    public DoseMeasure Measure { get; }

    /// <summary>The equipment needed; empty when none is.</summary>
    public IReadOnlySet<Equipment> Equipment { get; }

    /// <summary>
    /// Equipment that can stand in for an item the variant needs, where the movement allows it: the key is the item
    /// in <see cref="Equipment"/>, the value what may replace it (a sturdy chair for the bench of a seated good
    /// morning). Empty by default: each item is needed as it is. <see cref="ExerciseCatalog.Create"/> rejects a key
    /// the variant does not need.
    /// </summary>
    public IReadOnlyDictionary<Equipment, Equipment> StandIns
    {
        get;
        init => field = Preconditions.NotNull(value, nameof(StandIns)).ToDictionary(pair => Preconditions.Defined(pair.Key, nameof(StandIns)), pair => Preconditions.Defined(pair.Value, nameof(StandIns)));
    } = new Dictionary<Equipment, Equipment>();

    /// <summary>Target sets, 1–20 (default 3).</summary>
    public int Sets { get; init => field = Preconditions.InRange(value, 1, 20, nameof(Sets)); } = 3;

    /// <summary>The reps range, for a <see cref="DoseMeasure.Reps"/> variant (whole numbers).</summary>
    public DoseRange? Reps { get; init; }

    /// <summary>The hold range in seconds, for a <see cref="DoseMeasure.HoldSeconds"/> variant.</summary>
    public DoseRange? HoldSeconds { get; init; }

    /// <summary>The load range, for a <see cref="Tier.Loaded"/> variant.</summary>
    public LoadRange? Load { get; init; }

    /// <summary>Whether the variant is done one side at a time, so side emphasis (weaker side first, extra sets) applies.</summary>
    public bool IsUnilateral { get; init; }

    /// <summary>A one-sentence coaching cue a client can read.</summary>
    public string Cue { get; init => field = Preconditions.NotNull(value, nameof(Cue)); } = "";

    /// <summary>The range of the variant's <see cref="Measure"/>: <see cref="Reps"/> or <see cref="HoldSeconds"/>.</summary>
    public DoseRange? Range => Measure == DoseMeasure.Reps ? Reps : HoldSeconds;

    /// <summary>
    /// Where a client starts on this variant: <see cref="Sets"/> × the bottom of <see cref="Range"/>, at
    /// <see cref="LoadRange.StartKg"/> when loaded.
    /// </summary>
    /// <exception cref="InvalidOperationException">The variant has no range for its measure (a catalog rejects such a variant).</exception>
    public Dosage StartingDosage => _startingDosage ??= Start();

    // Made once, on first read (after the object initializer has run); Dosage is immutable, so a race makes equal copies.
    private Dosage? _startingDosage;

    private Dosage Start()
    {
        var range = Range ?? throw new InvalidOperationException(
            $"Variant '{Id}' measures {Measure} but has no {Measure} range; ExerciseCatalog.Create reports this.");
        return Measure == DoseMeasure.Reps
            ? Dosage.OfReps(Sets, (int)range.Min, Load?.StartKg)
            : Dosage.OfHold(Sets, range.Min, Load?.StartKg);
    }

    /// <summary>Whether a client with <paramref name="available"/> can do the variant: every item needed, or its stand-in (null = no restriction).</summary>
    internal bool CanBeDoneWith(IReadOnlySet<Equipment>? available)
    {
        if (available is null || Equipment.Count == 0)
        {
            return true;
        }

        foreach (var item in Equipment)
        {
            if (!available.Contains(item) && !(StandIns.TryGetValue(item, out var standIn) && available.Contains(standIn)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What a client with <paramref name="available"/> lacks for the variant, for a reason: "Bench (or Chair), Barbell".</summary>
    internal string MissingFrom(IReadOnlySet<Equipment>? available)
        => string.Join(", ", Equipment
            .Where(item => available is not null && !available.Contains(item) && !(StandIns.TryGetValue(item, out var s) && available.Contains(s)))
            .Select(item => StandIns.TryGetValue(item, out var s) ? $"{item} (or {s})" : item.ToString()));

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Tier})";
}
