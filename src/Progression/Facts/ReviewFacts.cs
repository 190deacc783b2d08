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

    // How the facade read the performance (set once, before the rules run): the variant was taken from the plan's
    // entry rung because none was named and no usable progress exists; the stored variant the catalog no longer has;
    // the stored dose the catalog's range no longer fits.
    internal bool VariantAssumed { get; init; }

    internal bool AssumedFromAssessment { get; init; }

    internal string? UnknownStoredVariantId { get; init; }

    internal Dosage? StoredDosageOutOfRange { get; init; }

    // ProgressionRules.Shortfall's answer for this performance, once it has been worked out (the fact is only
    // read on the thread of the call that made it).
    internal bool ShortfallKnown { get; set; }

    internal Packs.ProgressionRules.Miss? CachedShortfall { get; set; }

    // ProgressionRules.FindObstacle's answer, and the policy it was worked out for.
    internal ProgressionPolicy? ObstaclePolicy { get; set; }

    internal Packs.ProgressionRules.Obstacle? CachedObstacle { get; set; }
}

/// <summary>Inserted by a classification rule: how the session went for one exercise, and why.</summary>
public sealed record ExerciseOutcome
{
    private string? _detail;
    private Func<string>? _describe;

    /// <summary>Creates an outcome.</summary>
    /// <param name="exerciseId">The exercise.</param>
    /// <param name="outcome">Success, neither, or failure.</param>
    /// <param name="detail">A phrase saying what happened, e.g. "set 2 reached 10 of 12 reps".</param>
    public ExerciseOutcome(string exerciseId, SessionOutcome outcome, string detail)
    {
        ExerciseId = exerciseId;
        Outcome = outcome;
        Detail = detail;
    }

    /// <summary>
    /// The outcome of <paramref name="performance"/>, whose phrase <paramref name="describe"/> writes when first read
    /// (the built-in rules read it only to word a reason).
    /// </summary>
    internal ExerciseOutcome(ExercisePerformance performance, SessionOutcome outcome, Func<string> describe)
    {
        ExerciseId = performance.ExerciseId;
        Outcome = outcome;
        Performance = performance;
        _describe = Preconditions.NotNull(describe, nameof(describe));
    }

    /// <summary>The exercise.</summary>
    public string ExerciseId { get; init; }

    /// <summary>Success, neither, or failure.</summary>
    public SessionOutcome Outcome { get; init; }

    /// <summary>
    /// The performance this outcome classifies. The built-in classification rules always set it, and the built-in
    /// streak rules (2-for-2, holds, deloads) act only on outcomes that carry one, reading the progress from it; a
    /// host rule that classifies a session itself sets it too.
    /// </summary>
    public ExercisePerformance? Performance { get; init; }

    /// <summary>A phrase saying what happened, e.g. "set 2 reached 10 of 12 reps".</summary>
    public string Detail
    {
        get => LazyText.Get(ref _detail, ref _describe, "The outcome of exercise", ExerciseId);
        init
        {
            _detail = value;
            _describe = null;
        }
    }

    /// <summary>Splits the outcome into its parts.</summary>
    /// <param name="exerciseId">The exercise.</param>
    /// <param name="outcome">Success, neither, or failure.</param>
    /// <param name="detail">The phrase.</param>
    public void Deconstruct(out string exerciseId, out SessionOutcome outcome, out string detail)
    {
        exerciseId = ExerciseId;
        outcome = Outcome;
        detail = Detail;
    }

    /// <inheritdoc />
    public bool Equals(ExerciseOutcome? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (ExerciseId == other.ExerciseId && Outcome == other.Outcome && ReferenceEquals(Performance, other.Performance) && Detail == other.Detail));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ExerciseId, Outcome, Performance, Detail);
}

/// <summary>
/// A reason about one exercise's review that proposes no step: how the report was read (the variant taken from the
/// plan), or stored state brought back into the catalog. It is listed after the proposals' reasons.
/// </summary>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="Reason">The rule and the sentence for the client.</param>
public sealed record ReviewNote(string ExerciseId, Reason Reason);

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

    /// <summary>
    /// Whether the proposal answers joint pain that stopped the exercise; the review counts such sessions in a row in
    /// <see cref="ExerciseProgress.JointPainStreak"/>, so a rule can tell pain that comes back from a first twinge.
    /// </summary>
    public bool JointPainStopped { get; init; }

    /// <summary>
    /// When this proposal stands, the client's stored progress is kept exactly as it is — variant, dose and streaks —
    /// and only <see cref="ExerciseProgress.SessionsCompleted"/> and <see cref="ExerciseProgress.LastPerformed"/>
    /// record the session (a day on another variant because equipment was missing); <see langword="null"/> for a
    /// proposal that moves the progress as usual.
    /// </summary>
    public ExerciseProgress? KeepsProgress { get; init; }
}
