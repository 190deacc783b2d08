using Microsoft.Data.Sqlite;

namespace Progression.Coach.Data;

/// <summary>
/// Opens connections to the coaching database and brings its schema up to date at start-up.
/// Every connection waits up to five seconds for a lock instead of failing with "database is locked",
/// and the file runs in WAL mode so readers never block the one writer.
/// </summary>
public sealed class CoachDatabase(string connectionString)
{
    private const int BusyTimeoutMilliseconds = 5_000;

    /// <summary>The connection string, from <c>ConnectionStrings:Coach</c>.</summary>
    public string ConnectionString { get; } = connectionString;

    /// <summary>The connection string with a relative database file taken from <paramref name="folder"/>.</summary>
    public static string InFolder(string connectionString, string folder)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && !file.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && !Path.IsPathRooted(file))
        {
            builder.DataSource = Path.Combine(folder, file);
        }

        return builder.ToString();
    }

    /// <summary>An open connection with the per-connection settings applied.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA foreign_keys = ON;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    /// <summary>
    /// Creates the schema or runs the migrations it has not run yet, in order, each in its own transaction,
    /// recording each in <c>schema_version</c>.
    /// </summary>
    /// <returns>The schema version after migrating.</returns>
    public int Migrate()
    {
        using var connection = Open();
        using (var wal = connection.CreateCommand())
        {
            // WAL is a property of the file, so setting it once is enough; it survives restarts.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL);";
            create.ExecuteNonQuery();
        }

        int current;
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
            current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var migration in Migrations.All.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            using var transaction = connection.BeginTransaction();
            using (var step = connection.CreateCommand())
            {
                step.Transaction = transaction;
                step.CommandText = migration.Sql;
                step.ExecuteNonQuery();
            }

            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES (@version, @at);";
                record.Parameters.AddWithValue("@version", migration.Version);
                record.Parameters.AddWithValue("@at", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
            current = migration.Version;
        }

        return current;
    }
}
