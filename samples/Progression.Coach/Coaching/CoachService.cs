using System.Text.Json;
using Progression.Coach.Data;

namespace Progression.Coach.Coaching;

/// <summary>A client as a page or the API sees it: the row and its state, read together.</summary>
public sealed record ClientView(ClientRow Row, ClientState State)
{
    /// <summary>The version the state was read at; a change sends it back.</summary>
    public long Version => Row.Version;
}

/// <summary>What a check-in made: the session, the client's version afterwards, and the plan.</summary>
public sealed record CheckInResult(long SessionId, long Version, PlanView Plan);

/// <summary>A logged set and its verdict.</summary>
public sealed record SetResult(long SetId, int SetNumber, VerdictView Verdict);

/// <summary>A finished session: the client's new version and the review.</summary>
public sealed record FinishResult(long Version, ReviewView Review);

/// <summary>
/// The coaching flows, shared by the pages and the JSON API: the engine answers, the store remembers.
/// The engine keeps nothing and reads no clock, so every call reads the stored state, passes today's date, and
/// stores what comes back under the version it read.
/// </summary>
/// <remarks>
/// Bad input surfaces as the library's <see cref="ArgumentException"/> (or one of ours in the same words);
/// <see cref="NotFoundException"/> for another coach's client; <see cref="ConflictException"/> for a stale version.
/// </remarks>
public sealed class CoachService(IProgressionEngine engine, CoachStore store, TimeProvider time)
{
    private const int MaxNameLength = 200;

    /// <summary>The engine, for the catalog's names.</summary>
    public IProgressionEngine Engine => engine;

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The coach's client, or <see cref="NotFoundException"/>.</summary>
    public ClientView Client(long coachId, long clientId)
    {
        var row = store.Client(coachId, clientId) ?? throw new NotFoundException();
        return new ClientView(row, JsonSerializer.Deserialize<ClientState>(row.StateJson)!);
    }

    /// <summary>The coach's client's session, or <see cref="NotFoundException"/>.</summary>
    public SessionRow Session(ClientView client, long sessionId)
        => store.Session(client.Row.Id, sessionId) ?? throw new NotFoundException();

    /// <summary>The session's sets in the order they were logged.</summary>
    public IReadOnlyList<SetRow> Sets(SessionRow session) => store.Sets(session.Id);

    /// <summary>The client's sessions, oldest first.</summary>
    public IReadOnlyList<SessionRow> Sessions(ClientView client) => store.Sessions(client.Row.Id);

    /// <summary>The client's decision log, oldest first.</summary>
    public IReadOnlyList<DecisionRow> Decisions(ClientView client) => store.Decisions(client.Row.Id);

    /// <summary>Creates a client with a new state from the assessment (which holds the equipment).</summary>
    public ClientView CreateClient(long coachId, string? name, Assessment? assessment)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            throw new ArgumentException(
                $"Name must be 1 to {MaxNameLength} characters; was {(name is null ? "missing" : $"{name.Length} characters")}.", "Name");
        }

        var assessmentJson = assessment is null ? null : JsonSerializer.Serialize(assessment);
        var equipmentJson = assessment?.Equipment is { } equipment ? Json.Write(equipment.Order().Select(e => e.ToString())) : null;
        var id = store.AddClient(coachId, name, assessmentJson, equipmentJson,
            rowId => JsonSerializer.Serialize(ClientState.New(rowId.ToString(System.Globalization.CultureInfo.InvariantCulture), assessment)));
        return Client(coachId, id);
    }

    /// <summary>
    /// Plans today from the check-in and stores the session. A plan that refers on a red flag stores the referral in
    /// the client's state (the engine says so, the host remembers), so every page shows it until a clinician clears it.
    /// </summary>
    public CheckInResult CheckIn(long coachId, long clientId, CheckInInput input)
    {
        var client = Client(coachId, clientId);
        var today = Today;
        var checkIn = new CheckIn
        {
            MorningPain = input.MorningPain ?? 0,
            BaselinePain = input.BaselinePain ?? 0,
            RedFlags = (input.RedFlags ?? []).Where(f => !string.IsNullOrWhiteSpace(f))
                .Select((f, i) => FormInput.RequiredEnum<RedFlag>(f, $"RedFlags[{i}]")).ToHashSet(),
            Date = today,
        };

        var plan = engine.PlanSession(client.State, checkIn);
        var view = PlanView.From(plan);
        var log = new List<DecisionEntry>();
        log.AddRange(view.Reasons.Select(r => new DecisionEntry("plan", null, r.RuleId, r.Message)));
        log.AddRange(view.Items.SelectMany(i => i.Reasons.Select(r => new DecisionEntry("plan", i.ExerciseId, r.RuleId, r.Message))));

        string? newState = null;
        var expected = input.Version ?? client.Version;
        if (plan.Referral > Referral.None && client.State.OpenReferral is null)
        {
            if (expected != client.Version)
            {
                throw ConflictException.Version(client.Version, expected);
            }

            newState = JsonSerializer.Serialize(client.State.WithReferral(plan, today));
            log.Add(new DecisionEntry("referral", null, "coach.referral-opened", $"Referral ({plan.Referral}) opened at check-in; nothing is planned until a clinician clears it."));
        }

        var (sessionId, version) = store.AddSession(
            client.Row.Id, today, JsonSerializer.Serialize(checkIn), Json.Write(view), log, newState, expected);
        return new CheckInResult(sessionId, version, view);
    }

    /// <summary>
    /// Judges a set at once and stores it with its verdict. The set is also checked as the review will check it, with
    /// the session's earlier sets, so a set the review would refuse (no reps, a load on an unloaded variant…) is
    /// refused now, while the client is still there to correct it, and a finish never fails on a stored set.
    /// </summary>
    public SetResult LogSet(long coachId, long clientId, long sessionId, SetInput input)
    {
        var client = Client(coachId, clientId);
        var session = Session(client, sessionId);
        if (session.Finished)
        {
            throw new ConflictException("This session is finished; a set can no longer be added to it.");
        }

        if (Json.Read<PlanView>(session.PlanJson).Items.Count == 0)
        {
            throw new ArgumentException("This session's plan referred the client and planned nothing, so no set can be logged.", "ExerciseId");
        }

        var stored = store.Sets(session.Id);
        var earlier = stored.Select(s => JsonSerializer.Deserialize<SetReport>(s.ReportJson)!).ToList();
        var draft = ToSetReport(input, setNumber: 1);
        var stops = Stopped(stored);
        if (stops.TryGetValue(draft.ExerciseId, out var stop) || stops.TryGetValue(WholeSession, out stop))
        {
            throw new ConflictException(stop);
        }

        var report = draft with { SetNumber = NextSetNumber(earlier, draft) };

        var verdict = VerdictView.From(engine.EvaluateSet(client.State, report));
        engine.ReviewSession(client.State, Report(session, [.. earlier, report]));   // the review's checks; the answer is not kept

        var log = verdict.Reasons.Select(r => new DecisionEntry("set", report.ExerciseId, r.RuleId, r.Message));
        var (setId, _) = store.AddSet(client.Row.Id, session.Id, JsonSerializer.Serialize(report), Json.Write(verdict), log);
        return new SetResult(setId, report.SetNumber, verdict);
    }

    /// <summary>
    /// Reviews the session's sets against the state at <paramref name="version"/> and stores the review's next state,
    /// only if the client is still at that version: two devices finishing at once never overwrite each other.
    /// </summary>
    public FinishResult Finish(long coachId, long clientId, long sessionId, long version)
    {
        var client = Client(coachId, clientId);
        var session = Session(client, sessionId);
        if (session.Finished)
        {
            throw new ConflictException("This session was finished already (on this or another device); its review stands.");
        }

        if (client.Version != version)
        {
            throw ConflictException.Version(client.Version, version);
        }

        var sets = store.Sets(session.Id).Select(s => JsonSerializer.Deserialize<SetReport>(s.ReportJson)!).ToList();
        if (sets.Count == 0)
        {
            throw new ArgumentException("SessionReport.Sets is empty; log at least one set before finishing the session.", "Sets");
        }

        var review = engine.ReviewSession(client.State, Report(session, sets));
        var view = ReviewView.From(review);
        var log = new List<DecisionEntry>();
        log.AddRange(view.Reasons.Select(r => new DecisionEntry("review", null, r.RuleId, r.Message)));
        log.AddRange(view.Decisions.SelectMany(d => d.Reasons.Select(r => new DecisionEntry("review", d.ExerciseId, r.RuleId, r.Message))));
        if (review.Next.OpenReferral is { } referral && client.State.OpenReferral is null)
        {
            log.Add(new DecisionEntry("referral", null, "coach.referral-opened", $"Referral ({referral.Urgency}) opened by the review; nothing is planned until a clinician clears it."));
        }

        var newVersion = store.FinishSession(client.Row.Id, session.Id, version, JsonSerializer.Serialize(review.Next), Json.Write(view), log);
        return new FinishResult(newVersion, view);
    }

    /// <summary>Records a clinician's clearance of the open referral.</summary>
    /// <returns>The new version.</returns>
    public long ClearReferral(long coachId, long clientId, long version, string clearedBy)
    {
        var client = Client(coachId, clientId);
        if (client.State.OpenReferral is not { } referral)
        {
            throw new ArgumentException("This client has no open referral to clear.", "Version");
        }

        if (client.Version != version)
        {
            throw ConflictException.Version(client.Version, version);
        }

        var log = new[]
        {
            new DecisionEntry("referral-cleared", null, "coach.referral-cleared",
                $"Referral ({referral.Urgency}, open since {referral.Since:yyyy-MM-dd}) cleared by {clearedBy}."),
        };
        return store.ChangeState(client.Row.Id, version, JsonSerializer.Serialize(client.State.ClearReferral()), log);
    }

    /// <summary>Brings a paused exercise back at the level it was paused at.</summary>
    /// <returns>The new version.</returns>
    public long Resume(long coachId, long clientId, string? exerciseId, long version, string resumedBy)
    {
        var client = Client(coachId, clientId);
        if (string.IsNullOrWhiteSpace(exerciseId) || client.State.ProgressOf(exerciseId) is not { Paused: true })
        {
            var paused = client.State.Progress.Where(p => p.Value.Paused).Select(p => p.Key).ToList();
            throw new ArgumentException(
                $"ExerciseId \"{exerciseId}\" is not a paused exercise of this client; paused: {(paused.Count == 0 ? "none" : string.Join(", ", paused))}.",
                "ExerciseId");
        }

        if (client.Version != version)
        {
            throw ConflictException.Version(client.Version, version);
        }

        var log = new[] { new DecisionEntry("resume", exerciseId, "coach.exercise-resumed", $"{exerciseId} resumed by {resumedBy}.") };
        return store.ChangeState(client.Row.Id, version, JsonSerializer.Serialize(client.State.Resume(exerciseId)), log);
    }

    /// <summary>The library's set from the input: its checks (Rpe 1–10, intensity 0–10, …) and their messages.</summary>
    public static SetReport ToSetReport(SetInput input, int setNumber)
    {
        var symptoms = (input.Symptoms ?? []).Select((s, i) => new Symptom(
            FormInput.RequiredEnum<SymptomKind>(s.Kind, $"Symptoms[{i}].Kind"),
            FormInput.RequiredEnum<BodySite>(s.Site, $"Symptoms[{i}].Site"),
            s.Intensity ?? throw new ArgumentException($"Symptoms[{i}].Intensity is missing; allowed: a whole number from 0 to 10.", $"Symptoms[{i}].Intensity")))
            .ToList();
        return new SetReport
        {
            ExerciseId = input.ExerciseId!,
            VariantId = string.IsNullOrWhiteSpace(input.VariantId) ? null : input.VariantId,
            SetNumber = setNumber,
            Reps = input.Reps,
            HoldSeconds = input.HoldSeconds,
            LoadKg = input.LoadKg,
            Rpe = input.Rpe,
            Side = FormInput.Enum<Side>(input.Side, "Side"),
            Symptoms = symptoms,
        };
    }

    /// <summary>The key of <see cref="Stopped"/> that stops every exercise.</summary>
    public const string WholeSession = "*";

    /// <summary>
    /// What the session's verdicts stopped: exercise id → why (or <see cref="WholeSession"/> after a StopSession). A
    /// stop holds for the rest of the session: no further set of that exercise (or of any, after a StopSession) is taken.
    /// </summary>
    public IReadOnlyDictionary<string, string> Stopped(IEnumerable<SetRow> sets)
    {
        var stopped = new Dictionary<string, string>();
        foreach (var set in sets)
        {
            var verdict = Json.Read<VerdictView>(set.VerdictJson);
            var exerciseId = JsonSerializer.Deserialize<SetReport>(set.ReportJson)!.ExerciseId;
            var why = string.Join(" ", verdict.Reasons.Select(r => r.Message));
            if (verdict.Action == SetAction.StopSession)
            {
                stopped.TryAdd(WholeSession, $"The session was stopped at set {set.Seq} ({why}); no more sets today.");
            }
            else if (verdict.Action == SetAction.StopExercise)
            {
                stopped.TryAdd(exerciseId, $"{engine.Catalog.Find(exerciseId)?.Name ?? exerciseId} was stopped for today at set {set.Seq} ({why}); no more sets of it in this session.");
            }
        }

        return stopped;
    }

    // Numbers count per exercise, and per side on one-sided sets; a set without a side counts on both sides.
    private static int NextSetNumber(IEnumerable<SetReport> earlier, SetReport set) => 1 + earlier
        .Where(s => s.ExerciseId == set.ExerciseId && (s.Side is null || set.Side is null || s.Side == set.Side))
        .Select(s => s.SetNumber)
        .DefaultIfEmpty(0)
        .Max();

    private static SessionReport Report(SessionRow session, IReadOnlyList<SetReport> sets) =>
        new(session.Date, sets) { CheckIn = JsonSerializer.Deserialize<CheckIn>(session.CheckInJson) };
}
