using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Progression;

/// <summary>
/// Everything the engine needs to remember about a client between calls. Immutable: every change makes a new
/// state. The host stores it; it round-trips through <see cref="System.Text.Json.JsonSerializer"/> with default
/// options, and two states compare equal when their contents are equal.
/// </summary>
public sealed record ClientState
{
    /// <summary>The host's id for the client; never empty.</summary>
    public required string ClientId { get; init => field = Preconditions.NotEmpty(value, nameof(ClientId)); }

    /// <summary>The latest assessment, if the client was assessed.</summary>
    public Assessment? Assessment { get; init; }

    /// <summary>
    /// The assessment <see cref="WithAssessment"/> replaced, if any: the plan compares it with <see cref="Assessment"/>
    /// to say which earlier finding no longer shapes the plan (<c>selection.reassessment.finding-gone</c>).
    /// </summary>
    public Assessment? PreviousAssessment { get; init; }

    /// <summary>Progress per exercise id (ordinal keys, sorted); empty for a new client, never null.</summary>
    public IReadOnlyDictionary<string, ExerciseProgress> Progress { get; init => field = ToProgress(value); }
        = ImmutableSortedDictionary.Create<string, ExerciseProgress>(StringComparer.Ordinal);

    /// <summary>The day of the last reviewed session, if any.</summary>
    public DateOnly? LastSessionDate { get; init; }

    /// <summary>The exercise ids done in the last reviewed session (the 24-hour rule regresses these); empty by default.</summary>
    public IReadOnlyList<string> LastSessionExercises
    {
        get;
        init
        {
            var list = Preconditions.List(value, nameof(LastSessionExercises));
            foreach (var id in list)
            {
                Preconditions.NotEmpty(id, nameof(LastSessionExercises));
            }

            field = list;
        }
    } = [];

    /// <summary>
    /// A referral no clinician has cleared yet, or <see langword="null"/>. A review that referred sets it; while it is
    /// set, every plan returns it with its reasons and plans nothing. <see cref="ClearReferral"/> closes it.
    /// </summary>
    public OpenReferral? OpenReferral { get; init; }

    /// <summary>
    /// Red flags a clinician assessed and cleared for this client (a cancer history under follow-up, say): reported at
    /// check-in they no longer stop the session, and every plan still names them in its reasons. Empty by default, never null.
    /// </summary>
    [JsonConverter(typeof(EnumSetJsonConverter<RedFlag>))]
    public IReadOnlySet<RedFlag> ClearedRedFlags { get; init => field = Preconditions.EnumSet(value, nameof(ClearedRedFlags)); }
        = Preconditions.EnumSet<RedFlag>([], nameof(ClearedRedFlags));

    /// <summary>
    /// This client's own policy, or <see langword="null"/> (the default) to follow the engine's
    /// <see cref="ProgressionEngine.Policy"/>: one patient can follow <see cref="ProgressionPolicy.PainMonitoring"/>
    /// while another is strict, on one compiled engine. The rules read every threshold from the policy of the call;
    /// an invalid one is refused by every call with an <see cref="ArgumentException"/> naming the problem.
    /// </summary>
    public ProgressionPolicy? Policy { get; init; }

    /// <summary>A new client with no progress yet.</summary>
    /// <param name="clientId">The host's id for the client; non-empty.</param>
    /// <param name="assessment">The client's assessment, if there is one.</param>
    /// <returns>The new state.</returns>
    public static ClientState New(string clientId, Assessment? assessment = null) =>
        new() { ClientId = clientId, Assessment = assessment };

    /// <summary>Progress on one exercise, if the client has any.</summary>
    /// <param name="exerciseId">The catalog id of the exercise.</param>
    /// <returns>The progress, or <see langword="null"/>.</returns>
    public ExerciseProgress? ProgressOf(string exerciseId) =>
        Progress.TryGetValue(Preconditions.NotEmpty(exerciseId, nameof(exerciseId)), out var progress) ? progress : null;

    /// <summary>A copy with the progress on one exercise added or replaced.</summary>
    /// <param name="exerciseId">The catalog id of the exercise; non-empty.</param>
    /// <param name="progress">The new progress.</param>
    /// <returns>The new state.</returns>
    public ClientState WithProgress(string exerciseId, ExerciseProgress progress)
    {
        Preconditions.NotEmpty(exerciseId, nameof(exerciseId));
        Preconditions.NotNull(progress, nameof(progress));
        return this with { Progress = Sorted(Progress).SetItem(exerciseId, progress) };
    }

    /// <summary>A copy with the progress on one exercise removed (unchanged when there is none).</summary>
    /// <param name="exerciseId">The catalog id of the exercise; non-empty.</param>
    /// <returns>The new state.</returns>
    public ClientState WithoutProgress(string exerciseId) =>
        this with { Progress = Sorted(Progress).Remove(Preconditions.NotEmpty(exerciseId, nameof(exerciseId))) };

    /// <summary>A copy with a new (or no) assessment; the one it replaces becomes <see cref="PreviousAssessment"/>.</summary>
    /// <param name="assessment">The new assessment.</param>
    /// <returns>The new state.</returns>
    public ClientState WithAssessment(Assessment? assessment) => this with { Assessment = assessment, PreviousAssessment = Assessment };

    /// <summary>The state after a clinician cleared the client: the open referral is closed; nothing else changes.</summary>
    /// <returns>The new state (this one when no referral is open).</returns>
    public ClientState ClearReferral() => OpenReferral is null ? this : this with { OpenReferral = null };

    /// <summary>
    /// The state to store after a plan that referred (a red flag at check-in): the plan's referral open since
    /// <paramref name="date"/>, so the next plans return it until <see cref="ClearReferral"/>. A plan that did not
    /// refer, or one no more urgent than the referral already open, leaves the state as it is.
    /// </summary>
    /// <param name="plan">The plan <see cref="IProgressionEngine.PlanSession"/> returned for this client.</param>
    /// <param name="date">The day the plan was made (the engine reads no clock).</param>
    /// <returns>The new state.</returns>
    public ClientState WithReferral(SessionPlan plan, DateOnly date)
    {
        Preconditions.NotNull(plan, nameof(plan));
        if (plan.Referral == Referral.None || (OpenReferral is { } open && open.Urgency >= plan.Referral))
        {
            return this;
        }

        return this with { OpenReferral = new OpenReferral(plan.Referral, Decisions.Written(plan.Reasons), date) };
    }

    /// <summary>A copy with these red flags marked as assessed and cleared by a clinician (replacing any cleared before).</summary>
    /// <param name="flags">The cleared flags; none to clear the list.</param>
    /// <returns>The new state.</returns>
    public ClientState WithClearedRedFlags(params RedFlag[] flags) => this with { ClearedRedFlags = Preconditions.EnumSet(flags, nameof(flags)) };

    /// <summary>
    /// A paused exercise back in the program at the level it was paused at (a professional cleared it): the pause and
    /// its reason are lifted and the streaks start again. An exercise that is not paused is left as it is.
    /// </summary>
    /// <param name="exerciseId">The catalog id of a paused exercise; the client must have progress on it.</param>
    /// <returns>The new state.</returns>
    /// <exception cref="ArgumentException"><paramref name="exerciseId"/> is empty, or the client has no progress on it.</exception>
    public ClientState Resume(string exerciseId)
    {
        Preconditions.NotEmpty(exerciseId, nameof(exerciseId));
        if (!Progress.TryGetValue(exerciseId, out var progress))
        {
            var known = Progress.Count == 0 ? "none" : string.Join(", ", Progress.Keys);
            throw new ArgumentException(
                $"exerciseId '{exerciseId}' cannot be resumed: client '{ClientId}' has no progress on it (exercises with progress: {known}).",
                nameof(exerciseId));
        }

        return progress.Paused
            ? WithProgress(exerciseId, progress with { Paused = false, PauseReason = null, SuccessStreak = 0, FailureStreak = 0 })
            : this;
    }

    /// <inheritdoc />
    public bool Equals(ClientState? other) =>
        other is not null
        && ClientId == other.ClientId
        && Equals(Assessment, other.Assessment)
        && Equals(PreviousAssessment, other.PreviousAssessment)
        && ValueEquality.DictionaryEqual(Progress, other.Progress)
        && LastSessionDate == other.LastSessionDate
        && ValueEquality.SequenceEqual(LastSessionExercises, other.LastSessionExercises)
        && Equals(OpenReferral, other.OpenReferral)
        && ValueEquality.SetEqual(ClearedRedFlags, other.ClearedRedFlags)
        && Equals(Policy, other.Policy);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(ClientId, Assessment, ValueEquality.SetHash(Progress), LastSessionDate, ValueEquality.SequenceHash(LastSessionExercises),
            OpenReferral, ValueEquality.SetHash(ClearedRedFlags), HashCode.Combine(Policy, PreviousAssessment));

    private static ImmutableSortedDictionary<string, ExerciseProgress> Sorted(IReadOnlyDictionary<string, ExerciseProgress> progress) =>
        progress as ImmutableSortedDictionary<string, ExerciseProgress> ?? ToProgress(progress);

    private static ImmutableSortedDictionary<string, ExerciseProgress> ToProgress(IReadOnlyDictionary<string, ExerciseProgress>? value)
    {
        var items = Preconditions.NotNull(value, nameof(Progress));
        if (items is ImmutableSortedDictionary<string, ExerciseProgress> sorted && ReferenceEquals(sorted.KeyComparer, StringComparer.Ordinal))
        {
            // Already the stored shape (WithProgress builds these): check it, do not copy it.
            foreach (var (key, progress) in sorted)
            {
                Preconditions.NotEmpty(key, nameof(Progress) + " key");
                _ = progress ?? throw new ArgumentException($"Progress[\"{key}\"] must not be null.", nameof(Progress));
            }

            return sorted;
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, ExerciseProgress>(StringComparer.Ordinal);
        foreach (var (key, progress) in items)
        {
            Preconditions.NotEmpty(key, nameof(Progress) + " key");
            builder[key] = progress ?? throw new ArgumentException($"Progress[\"{key}\"] must not be null.", nameof(Progress));
        }

        return builder.ToImmutable();
    }
}
