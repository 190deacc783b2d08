using System.Globalization;
using Microsoft.Data.Sqlite;
using Progression.Coach.Coaching;

namespace Progression.Coach.Data;

/// <summary>
/// Every SQL statement the host runs, each with parameters (no value is ever pasted into SQL text).
/// Reads of a client always name the coach, so another coach's client is simply not found.
/// Writes that change a client's state go through one guarded <c>UPDATE … WHERE version = @expected</c>.
/// </summary>
public sealed class CoachStore(CoachDatabase database, TimeProvider time)
{
    private string Now => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The coach with this email (case-insensitive), if any.</summary>
    public CoachRow? FindCoach(string email)
    {
        using var connection = database.Open();
        using var command = Command(connection, null, "SELECT id, email, password_hash FROM coaches WHERE email = @email;", ("@email", email));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new CoachRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    /// <summary>Adds a coach; the hash comes from ASP.NET Core Identity's password hasher.</summary>
    public long AddCoach(string email, string passwordHash)
    {
        using var connection = database.Open();
        using var command = Command(connection, null,
            "INSERT INTO coaches (email, password_hash) VALUES (@email, @hash) RETURNING id;", ("@email", email), ("@hash", passwordHash));
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The coach's clients, by name.</summary>
    public IReadOnlyList<ClientRow> Clients(long coachId)
    {
        using var connection = database.Open();
        using var command = Command(connection, null, ClientSelect + " WHERE coach_id = @coach ORDER BY name COLLATE NOCASE, id;", ("@coach", coachId));
        return ReadAll(command, ReadClient);
    }

    /// <summary>The client if it is this coach's; otherwise null, whether it exists or not.</summary>
    public ClientRow? Client(long coachId, long clientId)
    {
        using var connection = database.Open();
        using var command = Command(connection, null, ClientSelect + " WHERE id = @id AND coach_id = @coach;", ("@id", clientId), ("@coach", coachId));
        return ReadAll(command, ReadClient).SingleOrDefault();
    }

    /// <summary>
    /// Adds a client at version 1. The state names the client by its row id, which exists only after the insert,
    /// so both happen in one transaction.
    /// </summary>
    public long AddClient(long coachId, string name, string? assessmentJson, string? equipmentJson, Func<long, string> stateJson)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        long id;
        using (var insert = Command(connection, transaction, """
            INSERT INTO clients (coach_id, name, assessment, equipment, state_json, version, created_at)
            VALUES (@coach, @name, @assessment, @equipment, '', 1, @at) RETURNING id;
            """, ("@coach", coachId), ("@name", name), ("@assessment", assessmentJson), ("@equipment", equipmentJson), ("@at", Now)))
        {
            id = (long)insert.ExecuteScalar()!;
        }

        using (var state = Command(connection, transaction, "UPDATE clients SET state_json = @state WHERE id = @id;", ("@state", stateJson(id)), ("@id", id)))
        {
            state.ExecuteNonQuery();
        }

        transaction.Commit();
        return id;
    }

    /// <summary>
    /// Stores a new session with its plan and log lines; with <paramref name="newStateJson"/> (a referral to remember)
    /// also updates the client from <paramref name="expectedVersion"/>, in the same transaction.
    /// </summary>
    /// <returns>The session id and the client's version afterwards.</returns>
    /// <exception cref="ConflictException">The client is no longer at <paramref name="expectedVersion"/>.</exception>
    public (long SessionId, long Version) AddSession(
        long clientId, DateOnly date, string checkInJson, string planJson, IEnumerable<DecisionEntry> log, string? newStateJson, long expectedVersion)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var version = newStateJson is null ? expectedVersion : UpdateState(connection, transaction, clientId, expectedVersion, newStateJson);
        long sessionId;
        using (var insert = Command(connection, transaction,
            "INSERT INTO sessions (client_id, date, check_in, plan, finished) VALUES (@client, @date, @checkIn, @plan, 0) RETURNING id;",
            ("@client", clientId), ("@date", date.ToString("O", CultureInfo.InvariantCulture)), ("@checkIn", checkInJson), ("@plan", planJson)))
        {
            sessionId = (long)insert.ExecuteScalar()!;
        }

        AddLog(connection, transaction, clientId, sessionId, log);
        transaction.Commit();
        return (sessionId, version);
    }

    /// <summary>Stores a set at the next sequence number of its session, with its log lines.</summary>
    /// <returns>The set's id and its sequence number in the session.</returns>
    public (long SetId, int Seq) AddSet(long clientId, long sessionId, string reportJson, string verdictJson, IEnumerable<DecisionEntry> log)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using (var open = Command(connection, transaction, "SELECT finished FROM sessions WHERE id = @id;", ("@id", sessionId)))
        {
            if (Convert.ToInt64(open.ExecuteScalar(), CultureInfo.InvariantCulture) != 0)
            {
                throw new ConflictException("This session is finished; a set can no longer be added to it.");
            }
        }

        int seq;
        long setId;
        using (var insert = Command(connection, transaction, """
            INSERT INTO sets (session_id, seq, report, verdict)
            VALUES (@session, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sets WHERE session_id = @session), @report, @verdict)
            RETURNING id, seq;
            """, ("@session", sessionId), ("@report", reportJson), ("@verdict", verdictJson)))
        using (var reader = insert.ExecuteReader())
        {
            reader.Read();
            setId = reader.GetInt64(0);
            seq = reader.GetInt32(1);
        }

        AddLog(connection, transaction, clientId, sessionId, log);
        transaction.Commit();
        return (setId, seq);
    }

    /// <summary>Marks the session finished with its review and stores the review's next state, all or nothing.</summary>
    /// <returns>The client's version afterwards (one more than <paramref name="expectedVersion"/>).</returns>
    /// <exception cref="ConflictException">The client moved on from <paramref name="expectedVersion"/>, or the session was finished already.</exception>
    public long FinishSession(long clientId, long sessionId, long expectedVersion, string newStateJson, string reviewJson, IEnumerable<DecisionEntry> log)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var version = UpdateState(connection, transaction, clientId, expectedVersion, newStateJson);
        using (var finish = Command(connection, transaction,
            "UPDATE sessions SET review = @review, finished = 1 WHERE id = @id AND client_id = @client AND finished = 0;",
            ("@review", reviewJson), ("@id", sessionId), ("@client", clientId)))
        {
            if (finish.ExecuteNonQuery() == 0)
            {
                throw new ConflictException("This session was finished already (on this or another device); its review stands.");
            }
        }

        AddLog(connection, transaction, clientId, sessionId, log);
        transaction.Commit();
        return version;
    }

    /// <summary>Stores a changed state (a cleared referral, a resumed exercise) from <paramref name="expectedVersion"/>.</summary>
    /// <returns>The new version.</returns>
    public long ChangeState(long clientId, long expectedVersion, string newStateJson, IEnumerable<DecisionEntry> log)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var version = UpdateState(connection, transaction, clientId, expectedVersion, newStateJson);
        AddLog(connection, transaction, clientId, null, log);
        transaction.Commit();
        return version;
    }

    /// <summary>The client's session, or null when it is not this client's.</summary>
    public SessionRow? Session(long clientId, long sessionId)
    {
        using var connection = database.Open();
        using var command = Command(connection, null, SessionSelect + " WHERE id = @id AND client_id = @client;", ("@id", sessionId), ("@client", clientId));
        return ReadAll(command, ReadSession).SingleOrDefault();
    }

    /// <summary>The client's sessions, oldest first.</summary>
    public IReadOnlyList<SessionRow> Sessions(long clientId)
    {
        using var connection = database.Open();
        using var command = Command(connection, null, SessionSelect + " WHERE client_id = @client ORDER BY date, id;", ("@client", clientId));
        return ReadAll(command, ReadSession);
    }

    /// <summary>The session's sets in the order they were logged.</summary>
    public IReadOnlyList<SetRow> Sets(long sessionId)
    {
        using var connection = database.Open();
        using var command = Command(connection, null,
            "SELECT id, session_id, seq, report, verdict FROM sets WHERE session_id = @session ORDER BY seq;", ("@session", sessionId));
        return ReadAll(command, r => new SetRow(r.GetInt64(0), r.GetInt64(1), r.GetInt32(2), r.GetString(3), r.GetString(4)));
    }

    /// <summary>The client's decision log, oldest first.</summary>
    public IReadOnlyList<DecisionRow> Decisions(long clientId)
    {
        using var connection = database.Open();
        using var command = Command(connection, null,
            "SELECT id, session_id, exercise_id, at, kind, rule_id, message FROM decisions WHERE client_id = @client ORDER BY id;", ("@client", clientId));
        return ReadAll(command, r => new DecisionRow(
            r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6)));
    }

    private const string ClientSelect = "SELECT id, coach_id, name, assessment, equipment, state_json, version FROM clients";
    private const string SessionSelect = "SELECT id, client_id, date, check_in, plan, review, finished FROM sessions";

    private static ClientRow ReadClient(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5), r.GetInt64(6));

    private static SessionRow ReadSession(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), DateOnly.ParseExact(r.GetString(2), "O", CultureInfo.InvariantCulture),
        r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.GetInt64(6) != 0);

    // The optimistic-concurrency guard: the row changes only if nobody changed it since the caller read it.
    private static long UpdateState(SqliteConnection connection, SqliteTransaction transaction, long clientId, long expectedVersion, string stateJson)
    {
        using (var update = Command(connection, transaction,
            "UPDATE clients SET state_json = @state, version = version + 1 WHERE id = @id AND version = @expected;",
            ("@state", stateJson), ("@id", clientId), ("@expected", expectedVersion)))
        {
            if (update.ExecuteNonQuery() == 1)
            {
                return expectedVersion + 1;
            }
        }

        using var current = Command(connection, transaction, "SELECT version FROM clients WHERE id = @id;", ("@id", clientId));
        throw ConflictException.Version(Convert.ToInt64(current.ExecuteScalar(), CultureInfo.InvariantCulture), expectedVersion);
    }

    private void AddLog(SqliteConnection connection, SqliteTransaction transaction, long clientId, long? sessionId, IEnumerable<DecisionEntry> log)
    {
        using var insert = Command(connection, transaction, """
            INSERT INTO decisions (session_id, client_id, exercise_id, at, kind, rule_id, message)
            VALUES (@session, @client, @exercise, @at, @kind, @rule, @message);
            """, ("@session", sessionId), ("@client", clientId), ("@exercise", null), ("@at", Now), ("@kind", ""), ("@rule", ""), ("@message", ""));
        foreach (var entry in log)
        {
            insert.Parameters["@exercise"].Value = (object?)entry.ExerciseId ?? DBNull.Value;
            insert.Parameters["@kind"].Value = entry.Kind;
            insert.Parameters["@rule"].Value = entry.RuleId;
            insert.Parameters["@message"].Value = entry.Message;
            insert.ExecuteNonQuery();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static List<T> ReadAll<T>(SqliteCommand command, Func<SqliteDataReader, T> read)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
