using Progression.Simulation;

namespace Progression.Tests.Facade;

/// <summary>Builds session reports from prescriptions, as a client would fill them in.</summary>
internal static class Reports
{
    public static ProgressionEngine Engine { get; } = ProgressionEngine.CreateDefault();

    public static DateOnly Day(int n) => new DateOnly(2026, 1, 5).AddDays(n);

    /// <summary>The sets of <paramref name="prescription"/>, each exactly on target at <paramref name="rpe"/>.</summary>
    public static IEnumerable<SetReport> OnTarget(Prescription prescription, int rpe = 7, params Symptom[] symptoms)
        => Prescribed.OnTarget(prescription, rpe, symptoms);

    /// <summary>The sets of <paramref name="prescription"/>, the last one short of the target.</summary>
    public static IEnumerable<SetReport> ShortOfTarget(Prescription prescription) => Prescribed.ShortOfTarget(prescription);

    public static SessionReport Session(int day, IEnumerable<SetReport> sets, CheckIn? checkIn = null)
        => new(Day(day), sets.ToArray()) { CheckIn = checkIn };

    /// <summary>The client's current prescription for an exercise (its progress, or the ladder's start).</summary>
    public static Prescription Current(ClientState client, string exerciseId) => Prescribed.Current(Engine, client, exerciseId);
}
