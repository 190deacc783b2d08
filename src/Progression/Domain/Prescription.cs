namespace Progression;

/// <summary>What to do: an exercise, the variant on its ladder, that variant's tier, and the target dose.</summary>
/// <param name="ExerciseId">The catalog id of the exercise.</param>
/// <param name="VariantId">The catalog id of the variant.</param>
/// <param name="Tier">The tier of the variant.</param>
/// <param name="Dosage">The target dose.</param>
public sealed record Prescription(string ExerciseId, string VariantId, Tier Tier, Dosage Dosage)
{
    /// <summary>The catalog id of the exercise; never empty.</summary>
    public string ExerciseId { get; init => field = Preconditions.NotEmpty(value, nameof(ExerciseId)); } = Preconditions.NotEmpty(ExerciseId, nameof(ExerciseId));

    /// <summary>The catalog id of the variant; never empty.</summary>
    public string VariantId { get; init => field = Preconditions.NotEmpty(value, nameof(VariantId)); } = Preconditions.NotEmpty(VariantId, nameof(VariantId));

    /// <summary>The tier of the variant.</summary>
    public Tier Tier { get; init => field = Preconditions.Defined(value, nameof(Tier)); } = Preconditions.Defined(Tier, nameof(Tier));

    /// <summary>The target dose; never null.</summary>
    public Dosage Dosage { get; init => field = Preconditions.NotNull(value, nameof(Dosage)); } = Preconditions.NotNull(Dosage, nameof(Dosage));

    /// <inheritdoc />
    public override string ToString() => $"{VariantId} ({Tier}) {Dosage}";
}
