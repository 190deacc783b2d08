namespace Progression.Facts;

/// <summary>How a session went for one exercise, as the progression rules classify it.</summary>
public enum SessionOutcome
{
    /// <summary>Every prescribed set reached its target at an acceptable effort and without joint pain.</summary>
    Success,

    /// <summary>The target was met but not at an acceptable effort (RPE above the limit), or pain blocked progression: repeat.</summary>
    Neither,

    /// <summary>At least one prescribed set fell short of the target.</summary>
    Failure,
}

/// <summary>
/// The fact <see cref="IProgressionEngine.ReviewSession"/> inserts for each exercise performed in a session.
/// </summary>
public sealed class ExercisePerformance
{
    internal ExercisePerformance(
        ClientState client,
        Exercise exercise,
        int variantIndex,
        ExerciseProgress progress,
        IReadOnlyList<SetReport> sets,
        SessionReport report)
    {
        Client = client;
        Exercise = exercise;
        VariantIndex = variantIndex;
        Progress = progress;
        Sets = sets;
        Report = report;
        Prescribed = new Prescription(exercise.Id, progress.VariantId, progress.Tier, progress.Dosage);
    }

    /// <summary>The client before this session.</summary>
    public ClientState Client { get; }

    /// <summary>The exercise.</summary>
    public Exercise Exercise { get; }

    /// <summary>The exercise id.</summary>
    public string ExerciseId => Exercise.Id;

    /// <summary>The position of the performed variant on the exercise's ladder.</summary>
    public int VariantIndex { get; }

    /// <summary>The variant performed.</summary>
    public ExerciseVariant Variant => Exercise.Variants[VariantIndex];

    /// <summary>The client's progress on the exercise before the session (the prescription it was done at).</summary>
    public ExerciseProgress Progress { get; }

    /// <summary>What was prescribed.</summary>
    public Prescription Prescribed { get; }

    /// <summary>The sets reported for the exercise, in order.</summary>
    public IReadOnlyList<SetReport> Sets { get; }

    /// <summary>The whole session report.</summary>
    public SessionReport Report { get; }
}

/// <summary>Inserted by a classification rule: how the session went for one exercise, and why.</summary>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="Outcome">Success, neither, or failure.</param>
/// <param name="Detail">A phrase saying what happened, e.g. "set 2 reached 10 of 12 reps".</param>
public sealed record ExerciseOutcome(string ExerciseId, SessionOutcome Outcome, string Detail);

/// <summary>
/// What one rule proposes for an exercise after a session. When several rules propose, the
/// safest step stands (Pause, then Regress, Deload, Hold, Increase, Advance) and every reason is kept.
/// </summary>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="Step">The proposed step.</param>
/// <param name="To">The prescription after the step.</param>
/// <param name="Reason">The rule and the sentence for the client.</param>
public sealed record StepProposal(string ExerciseId, ProgressionStep Step, Prescription To, Reason Reason)
{
    /// <summary>A referral that comes with the proposal (a pause for pain, lingering soreness).</summary>
    public Referral Referral { get; init; }
}
