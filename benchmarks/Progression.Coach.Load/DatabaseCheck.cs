using Microsoft.Data.Sqlite;

namespace Progression.Coach.Load;

/// <summary>
/// Reads the host's SQLite file after it stopped and compares it with what the clients were told
/// was stored: every session, every set, every finish, and each client's version.
/// </summary>
internal static class DatabaseCheck
{
    public static IReadOnlyList<string> Missing(string databasePath, IReadOnlyList<SimulatedClient> clients)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();

        var problems = new List<string>();
        foreach (var client in clients.Where(c => c.ClientId is not null))
        {
            long id = client.ClientId!.Value;
            Compare(problems, id, "sessions", client.SessionsPlanned,
                Count(connection, "SELECT COUNT(*) FROM sessions WHERE client_id = $id", id));
            Compare(problems, id, "finished sessions", client.SessionsFinished,
                Count(connection, "SELECT COUNT(*) FROM sessions WHERE client_id = $id AND finished = 1", id));
            Compare(problems, id, "sets", client.SetsLogged,
                Count(connection, "SELECT COUNT(*) FROM sets JOIN sessions ON sets.session_id = sessions.id WHERE sessions.client_id = $id", id));
            Compare(problems, id, "version", client.LastVersion ?? 0,
                Count(connection, "SELECT version FROM clients WHERE id = $id", id));
        }

        return problems;
    }

    private static void Compare(List<string> problems, long clientId, string what, long answered, long stored)
    {
        if (answered != stored)
        {
            problems.Add($"client {clientId}: the host answered {answered} {what}, the database holds {stored}.");
        }
    }

    private static long Count(SqliteConnection connection, string sql, long clientId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", clientId);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
