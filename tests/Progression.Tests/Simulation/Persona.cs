namespace Progression.Tests.Simulation;

/// <summary>What a persona is asked to do for one set: the session (1-based), the prescription and the set number.</summary>
/// <param name="Session">The session number, from 1.</param>
/// <param name="Week">The week of the program, from 0 (three sessions a week).</param>
/// <param name="Prescription">What was planned for the exercise.</param>
/// <param name="SetNumber">The set, from 1.</param>
/// <param name="Random">The persona's own seeded random source.</param>
internal sealed record SetContext(int Session, int Week, Prescription Prescription, int SetNumber, Random Random)
{
    /// <summary>The set exactly on target (reps or seconds, and load) at <paramref name="rpe"/>, with the given symptoms.</summary>
    public SetReport OnTarget(int rpe, params Symptom[] symptoms) => new()
    {
        ExerciseId = Prescription.ExerciseId,
        VariantId = Prescription.VariantId,
        SetNumber = SetNumber,
        Reps = Prescription.Dosage.Reps,
        HoldSeconds = Prescription.Dosage.HoldSeconds,
        LoadKg = Prescription.Dosage.LoadKg,
        Rpe = rpe,
        Symptoms = symptoms,
    };

    /// <summary>The set short of target by two reps or three seconds (a failed set), at RPE 9.</summary>
    public SetReport Short() => OnTarget(9) with
    {
        Reps = Prescription.Dosage.Reps is { } reps ? Math.Max(0, reps - 2) : null,
        HoldSeconds = Prescription.Dosage.HoldSeconds is { } hold ? Math.Max(0, hold - 3) : null,
    };

    /// <summary>Whether this is the last planned set of the exercise.</summary>
    public bool IsLastSet => SetNumber == Prescription.Dosage.Sets;

    /// <summary>An easy-to-moderate effort, RPE 6–8: every such set counts toward a success.</summary>
    public int ModerateRpe() => Random.Next(6, 9);
}

/// <summary>
/// A simulated client: who they are (engine, assessment, equipment by session), when they train, how they feel in
/// the morning and how every set goes. Everything random comes from <see cref="Seed"/>, so a persona always tells
/// the same story.
/// </summary>
/// <param name="Name">The persona's name, printed with every failure.</param>
/// <param name="Seed">Seeds the persona's random source.</param>
internal sealed record Persona(string Name, int Seed)
{
    /// <summary>Days after a referral at which a simulated clinician clears the client (<see cref="ClientState.ClearReferral"/>).</summary>
    public int ClinicianClearsAfterDays { get; init; } = 14;

    /// <summary>Sessions in a history.</summary>
    public int Sessions { get; init; } = 120;

    /// <summary>The engine the persona's host uses (a custom catalog for the equipment personas).</summary>
    public ProgressionEngine Engine { get; init; } = Facade.Reports.Engine;

    /// <summary>The state the host holds before the first session (with the session-1 assessment); a new client unless changed.</summary>
    public Func<Assessment?, ClientState> Start { get; init; } = assessment => ClientState.New("simulated", assessment);

    /// <summary>The assessment for a session (1-based), e.g. the equipment the client has that day; null = none.</summary>
    public Func<int, Assessment?> AssessmentOn { get; init; } = _ => null;

    /// <summary>Days from the previous session to this one (1-based, from session 2): Monday, Wednesday, Friday by default.</summary>
    public Func<int, int> DaysBefore { get; init; } = session => (session - 1) % 3 == 0 ? 3 : 2;

    /// <summary>Morning and baseline pain reported at the check-in before a session (1-based).</summary>
    public Func<int, (int Morning, int Baseline)> MorningPain { get; init; } = _ => (1, 1);

    /// <summary>
    /// Whether the history must plan every exercise of the catalog (the variety invariant): true for a client who can do
    /// them all — every piece of equipment, no imbalance finding holding work in place, nothing seeded by the host.
    /// </summary>
    public bool SeesEveryExercise { get; init; }

    /// <summary>How one set goes; on target at RPE 6–8 unless changed.</summary>
    public Func<SetContext, SetReport> Perform { get; init; } = set => set.OnTarget(set.ModerateRpe());

    /// <inheritdoc />
    public override string ToString() => $"persona '{Name}' (seed {Seed})";
}
