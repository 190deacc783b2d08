namespace Progression;

/// <summary>The review's decision for one exercise: which step, from what to what, and why.</summary>
/// <param name="ExerciseId">The catalog id of the exercise.</param>
/// <param name="Step">The progression step taken.</param>
/// <param name="From">The prescription before the session.</param>
/// <param name="To">The prescription for next time.</param>
/// <param name="Reasons">The rules that decided it.</param>
public sealed record ExerciseDecision(string ExerciseId, ProgressionStep Step, Prescription From, Prescription To, IReadOnlyList<Reason> Reasons)
{
    /// <summary>The catalog id of the exercise; never empty.</summary>
    public string ExerciseId { get; init => field = Preconditions.NotEmpty(value, nameof(ExerciseId)); } = Preconditions.NotEmpty(ExerciseId, nameof(ExerciseId));

    /// <summary>The progression step taken.</summary>
    public ProgressionStep Step { get; init => field = Preconditions.Defined(value, nameof(Step)); } = Preconditions.Defined(Step, nameof(Step));

    /// <summary>The prescription before the session.</summary>
    public Prescription From { get; init => field = Preconditions.NotNull(value, nameof(From)); } = Preconditions.NotNull(From, nameof(From));

    /// <summary>The prescription for next time.</summary>
    public Prescription To { get; init => field = Preconditions.NotNull(value, nameof(To)); } = Preconditions.NotNull(To, nameof(To));

    /// <summary>The rules that decided it; never null.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = Preconditions.List(value, nameof(Reasons)); } = Preconditions.List(Reasons, nameof(Reasons));

    /// <inheritdoc />
    public bool Equals(ExerciseDecision? other) =>
        other is not null && ExerciseId == other.ExerciseId && Step == other.Step
        && From == other.From && To == other.To && ValueEquality.SequenceEqual(Reasons, other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ExerciseId, Step, From, To, ValueEquality.SequenceHash(Reasons));

    /// <summary>Reads as "glute-bridge: Increase glute-bridge.double-leg (Bodyweight) 3 × 10 → glute-bridge.double-leg (Bodyweight) 3 × 12 — [rule] message".</summary>
    /// <returns>The decision in one line.</returns>
    public override string ToString() => $"{ExerciseId}: {Step} {From} → {To}{Wording.Reasons(Reasons)}";
}

/// <summary>The end-of-session review: one decision per exercise performed, and the client's new state.</summary>
/// <param name="Decisions">One decision per exercise performed.</param>
/// <param name="Next">The new client state for the host to store.</param>
public sealed record SessionReview(IReadOnlyList<ExerciseDecision> Decisions, ClientState Next)
{
    /// <summary>One decision per exercise performed; never null.</summary>
    public IReadOnlyList<ExerciseDecision> Decisions { get; init => field = Preconditions.List(value, nameof(Decisions)); } = Preconditions.List(Decisions, nameof(Decisions));

    /// <summary>The new client state for the host to store.</summary>
    public ClientState Next { get; init => field = Preconditions.NotNull(value, nameof(Next)); } = Preconditions.NotNull(Next, nameof(Next));

    /// <summary>Whether the client should see a professional (default <see cref="Referral.None"/>).</summary>
    public Referral Referral { get; init => field = Preconditions.Defined(value, nameof(Referral)); }

    /// <summary>Session-wide reasons (for example a referral's); empty by default.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = Preconditions.List(value, nameof(Reasons)); } = [];

    /// <inheritdoc />
    public bool Equals(SessionReview? other) =>
        other is not null && ValueEquality.SequenceEqual(Decisions, other.Decisions) && Next == other.Next
        && Referral == other.Referral && ValueEquality.SequenceEqual(Reasons, other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ValueEquality.SequenceHash(Decisions), Next, Referral, ValueEquality.SequenceHash(Reasons));
}

/// <summary>The answer after one set: go on or stop, whether to see a professional, and why.</summary>
/// <param name="Action">Continue, stop the exercise or stop the session.</param>
/// <param name="Referral">Whether, and how soon, to see a professional.</param>
/// <param name="Reasons">The rules that decided it.</param>
public sealed record SetVerdict(SetAction Action, Referral Referral, IReadOnlyList<Reason> Reasons)
{
    /// <summary>Continue, stop the exercise or stop the session.</summary>
    public SetAction Action { get; init => field = Preconditions.Defined(value, nameof(Action)); } = Preconditions.Defined(Action, nameof(Action));

    /// <summary>Whether, and how soon, to see a professional.</summary>
    public Referral Referral { get; init => field = Preconditions.Defined(value, nameof(Referral)); } = Preconditions.Defined(Referral, nameof(Referral));

    /// <summary>The rules that decided it; never null.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = Preconditions.List(value, nameof(Reasons)); } = Preconditions.List(Reasons, nameof(Reasons));

    /// <inheritdoc />
    public bool Equals(SetVerdict? other) =>
        other is not null && Action == other.Action && Referral == other.Referral && ValueEquality.SequenceEqual(Reasons, other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Action, Referral, ValueEquality.SequenceHash(Reasons));

    /// <summary>Reads as "StopExercise, referral None — [rule] message".</summary>
    /// <returns>The verdict in one line.</returns>
    public override string ToString() => $"{Action}, referral {Referral}{Wording.Reasons(Reasons)}";
}

/// <summary>One exercise in a plan: the prescription, why it was chosen, and the side emphasis selection chose.</summary>
/// <param name="Prescription">What to do.</param>
/// <param name="Reasons">The rules that chose and shaped it.</param>
public sealed record PlannedExercise(Prescription Prescription, IReadOnlyList<Reason> Reasons)
{
    /// <summary>What to do.</summary>
    public Prescription Prescription { get; init => field = Preconditions.NotNull(value, nameof(Prescription)); } = Preconditions.NotNull(Prescription, nameof(Prescription));

    /// <summary>The rules that chose and shaped it; never null.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = Preconditions.List(value, nameof(Reasons)); } = Preconditions.List(Reasons, nameof(Reasons));

    /// <summary>For a unilateral exercise, the side to start with (the weaker one); <see langword="null"/> when it does not matter.</summary>
    public Side? FirstSide { get; init => field = value is { } side ? Preconditions.Defined(side, nameof(FirstSide)) : null; }

    /// <summary>The side that gets <see cref="ExtraSets"/>; <see langword="null"/> when there are none.</summary>
    public Side? ExtraSetsSide { get; init => field = value is { } side ? Preconditions.Defined(side, nameof(ExtraSetsSide)) : null; }

    /// <summary>Sets added on <see cref="ExtraSetsSide"/> only, on top of the prescription's sets; 0 or more (default 0).</summary>
    public int ExtraSets { get; init => field = Preconditions.AtLeast(value, 0, nameof(ExtraSets)); }

    /// <inheritdoc />
    public bool Equals(PlannedExercise? other) =>
        other is not null && Prescription == other.Prescription && ValueEquality.SequenceEqual(Reasons, other.Reasons)
        && FirstSide == other.FirstSide && ExtraSetsSide == other.ExtraSetsSide && ExtraSets == other.ExtraSets;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Prescription, ValueEquality.SequenceHash(Reasons), FirstSide, ExtraSetsSide, ExtraSets);

    /// <summary>Reads as "atg-split-squat.flat (Bodyweight) 3 × 6, Left first, +1 set Left — [rule] message".</summary>
    /// <returns>The planned exercise in one line.</returns>
    public override string ToString() =>
        $"{Prescription}{(FirstSide is { } first ? $", {first} first" : "")}"
        + $"{(ExtraSets > 0 ? $", +{ExtraSets} set{(ExtraSets == 1 ? "" : "s")}{(ExtraSetsSide is { } side ? $" {side}" : "")}" : "")}"
        + Wording.Reasons(Reasons);
}

/// <summary>What the client should do today, in order, whether to see a professional, and why.</summary>
/// <param name="Items">The exercises, in the order to do them.</param>
/// <param name="Referral">Whether, and how soon, to see a professional.</param>
/// <param name="Reasons">Plan-wide reasons.</param>
public sealed record SessionPlan(IReadOnlyList<PlannedExercise> Items, Referral Referral, IReadOnlyList<Reason> Reasons)
{
    /// <summary>The exercises, in the order to do them; never null (empty when the session should not happen).</summary>
    public IReadOnlyList<PlannedExercise> Items { get; init => field = Preconditions.List(value, nameof(Items)); } = Preconditions.List(Items, nameof(Items));

    /// <summary>Whether, and how soon, to see a professional.</summary>
    public Referral Referral { get; init => field = Preconditions.Defined(value, nameof(Referral)); } = Preconditions.Defined(Referral, nameof(Referral));

    /// <summary>Plan-wide reasons; never null.</summary>
    public IReadOnlyList<Reason> Reasons { get; init => field = Preconditions.List(value, nameof(Reasons)); } = Preconditions.List(Reasons, nameof(Reasons));

    /// <inheritdoc />
    public bool Equals(SessionPlan? other) =>
        other is not null && ValueEquality.SequenceEqual(Items, other.Items) && Referral == other.Referral && ValueEquality.SequenceEqual(Reasons, other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ValueEquality.SequenceHash(Items), Referral, ValueEquality.SequenceHash(Reasons));
}
