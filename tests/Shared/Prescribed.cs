namespace Progression.Simulation;

/// <summary>
/// Set reports built from prescriptions, as a client would fill them in. One source file, compiled
/// into both the tests and the benchmarks, so the two simulate clients the same way.
/// </summary>
internal static class Prescribed
{
    /// <summary>The client's current prescription for an exercise: its progress, or the ladder's start.</summary>
    public static Prescription Current(ProgressionEngine engine, ClientState client, string exerciseId)
    {
        if (client.ProgressOf(exerciseId) is { } p)
        {
            return new Prescription(exerciseId, p.VariantId, p.Tier, p.Dosage);
        }

        var start = engine.Catalog.Get(exerciseId).Variants[0];
        return new Prescription(exerciseId, start.Id, start.Tier, start.StartingDosage);
    }

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
}
