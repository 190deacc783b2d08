namespace Progression.Facts;

/// <summary>The fact <see cref="IProgressionEngine.PlanSession"/> inserts for the client being planned.</summary>
public sealed class PlanRequest
{
    internal PlanRequest(ClientState client, CheckIn? checkIn)
    {
        Client = client;
        CheckIn = checkIn;
    }

    /// <summary>The client.</summary>
    public ClientState Client { get; }

    /// <summary>The check-in before the session, if any.</summary>
    public CheckIn? CheckIn { get; }
}

/// <summary>One red flag from the check-in, as its own fact.</summary>
/// <param name="Flag">The red flag.</param>
public sealed record ReportedRedFlag(RedFlag Flag);

/// <summary>Recorded by a safety rule before a session: see a professional, and plan nothing.</summary>
/// <param name="Referral">How urgently.</param>
/// <param name="Reason">The rule and the sentence for the client.</param>
public sealed record PlanReferral(Referral Referral, Reason Reason);

/// <summary>One exercise of the catalog as a candidate for today's session, at the level the client is at.</summary>
public sealed class PlanCandidate
{
    private readonly ExerciseProgress? _dosedBy;
    private Prescription? _prescription;

    /// <param name="request">The request.</param>
    /// <param name="exercise">The exercise.</param>
    /// <param name="variantIndex">The client's rung (the first when the client has none, or one the ladder no longer has).</param>
    /// <param name="dosedBy">The progress whose dose stands, or <see langword="null"/> to start the rung at its starting dose.</param>
    /// <param name="progress">The client's stored progress, if any.</param>
    internal PlanCandidate(PlanRequest request, Exercise exercise, int variantIndex, ExerciseProgress? dosedBy, ExerciseProgress? progress)
    {
        Request = request;
        Exercise = exercise;
        VariantIndex = variantIndex;
        Progress = progress;
        _dosedBy = dosedBy;
    }

    /// <summary>The request the candidate belongs to.</summary>
    public PlanRequest Request { get; }

    /// <summary>The exercise.</summary>
    public Exercise Exercise { get; }

    /// <summary>The exercise id.</summary>
    public string ExerciseId => Exercise.Id;

    /// <summary>The position of the candidate's variant on the ladder.</summary>
    public int VariantIndex { get; }

    /// <summary>The client's progress on the exercise, or <see langword="null"/> if never done.</summary>
    public ExerciseProgress? Progress { get; }

    /// <summary>The prescription at the client's current level (or the ladder's start).</summary>
    /// <remarks>Made on first read: most candidates of a plan never need it.</remarks>
    public Prescription Prescription => _prescription ??= Prescribe();

    private Prescription Prescribe()
    {
        if (_dosedBy is null)
        {
            return Exercise.StartAt(VariantIndex);
        }

        // A stored dose the variant's range no longer fits is planned inside it (selection.stored-dose-out-of-range says so).
        var variant = Exercise.Variants[VariantIndex];
        return new Prescription(Exercise.Id, variant.Id, variant.Tier, Packs.SelectionRules.DoseInRange(variant, _dosedBy.Dosage) ?? _dosedBy.Dosage);
    }
}

/// <summary>What a selection or safety rule says about one candidate; the planner combines them (an exclusion beats an inclusion).</summary>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="Reason">The rule and the sentence for the client.</param>
public sealed record PlanChoice(string ExerciseId, Reason Reason)
{
    /// <summary>Include the exercise with this priority (higher comes first among strength work); <see langword="null"/> says nothing about inclusion.</summary>
    public int? Priority { get; init; }

    /// <summary>Leave the exercise out today.</summary>
    public bool Exclude { get; init; }

    /// <summary>Prescribe this instead of the current level (a regression, say).</summary>
    public Prescription? Prescription { get; init; }

    /// <summary>Do this side first.</summary>
    public Side? FirstSide { get; init; }

    /// <summary>Extra sets on <see cref="ExtraSetsSide"/>.</summary>
    public int ExtraSets { get; init; }

    /// <summary>The side that gets the extra sets.</summary>
    public Side? ExtraSetsSide { get; init; }

    /// <summary>
    /// The <see cref="Priority"/> only counts when the plan would otherwise hold fewer than
    /// <see cref="ProgressionPolicy.MinExercises"/> exercises: the exercise is a filler, not a choice.
    /// </summary>
    public bool Reserve { get; init; }

    /// <summary>Puts the exercise in a set ratio the plan must keep (see <see cref="PlanSetRatio"/>); <see langword="null"/> for none.</summary>
    public PlanSetRatio? SetRatio { get; init; }
}

/// <summary>Which side of a <see cref="PlanSetRatio"/> an exercise is on.</summary>
public enum SetRatioRole
{
    /// <summary>Its sets count toward what the ratio requires.</summary>
    Supporting,

    /// <summary>It stays in the plan only while the supporting sets cover it.</summary>
    Limited,
}

/// <summary>
/// A ratio of sets a rule asks the plan to keep: the planned sets (prescribed sets plus extra sets) of the
/// <see cref="SetRatioRole.Supporting"/> exercises of <see cref="Group"/> must be at least
/// <see cref="SupportingSetsPerLimitedSet"/> times those of its <see cref="SetRatioRole.Limited"/> exercises.
/// The planner counts; the rules decide which exercise is which. While the ratio fails, the planner leaves out
/// the lowest-priority limited exercise and says so, under the rule id of the choice that made it limited.
/// </summary>
/// <param name="Group">A phrase naming the supporting work, e.g. "hamstring or hip-dominant"; choices with the same group form one ratio.</param>
/// <param name="Role">Which side of the ratio the exercise is on.</param>
/// <param name="SupportingSetsPerLimitedSet">Supporting sets needed for each limited set, 1 or more.</param>
public sealed record PlanSetRatio(string Group, SetRatioRole Role, int SupportingSetsPerLimitedSet);

/// <summary>
/// A region of the body around the lower back in which an exercise has served its rotation stint today, with another
/// exercise of the catalog there to take its slot: what <c>selection.accessory-rotation</c> matches, once a region
/// rather than once per exercise whose stint is served (each match keeps collections NRules updates on every choice).
/// </summary>
/// <param name="Request">The request.</param>
/// <param name="Region">The region.</param>
internal sealed record RotationTurn(PlanRequest Request, BackRegion Region);
