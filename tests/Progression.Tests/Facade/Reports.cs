namespace Progression.Tests.Facade;

/// <summary>Builds session reports from prescriptions, as a client would fill them in.</summary>
internal static class Reports
{
    public static ProgressionEngine Engine { get; } = ProgressionEngine.CreateDefault();

    public static DateOnly Day(int n) => new DateOnly(2026, 1, 5).AddDays(n);

    /// <summary>The sets of <paramref name="prescription"/>, each exactly on target at <paramref name="rpe"/>.</summary>
    public static IEnumerable<SetReport> OnTarget(Prescription prescription, int rpe = 7, params Symptom[] symptoms)
        => Enumerable.Range(1, prescription.Dosage.Sets).Select(n => new SetReport
        {
            ExerciseId = prescription.ExerciseId,
            VariantId = prescription.VariantId,
            SetNumber = n,
            Reps = prescription.Dosage.Reps,
            HoldSeconds = prescription.Dosage.HoldSeconds,
            LoadKg = prescription.Dosage.LoadKg,
            Rpe = rpe,
            Symptoms = symptoms,
        });

    /// <summary>The sets of <paramref name="prescription"/>, the last one short of the target.</summary>
    public static IEnumerable<SetReport> ShortOfTarget(Prescription prescription)
        => OnTarget(prescription).Select(s => s.SetNumber < prescription.Dosage.Sets
            ? s
            : s with { Reps = s.Reps is { } r ? Math.Max(0, r - 2) : null, HoldSeconds = s.HoldSeconds is { } h ? Math.Max(0, h - 3) : null });

    public static SessionReport Session(int day, IEnumerable<SetReport> sets, CheckIn? checkIn = null)
        => new(Day(day), sets.ToArray()) { CheckIn = checkIn };

    /// <summary>The client's current prescription for an exercise (its progress, or the ladder's start).</summary>
    public static Prescription Current(ClientState client, string exerciseId)
    {
        var exercise = Engine.Catalog.Find(exerciseId)!;
        if (client.ProgressOf(exerciseId) is { } p)
        {
            return new Prescription(exerciseId, p.VariantId, p.Tier, p.Dosage);
        }

        var start = exercise.Variants[0];
        return new Prescription(exerciseId, start.Id, start.Tier, start.StartingDosage);
    }
}
