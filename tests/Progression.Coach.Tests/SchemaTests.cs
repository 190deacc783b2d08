using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Progression.Coach.Data;

namespace Progression.Coach.Tests;

/// <summary>The schema is created at start, recorded in schema_version, and migrating again changes nothing.</summary>
public sealed class SchemaTests(CoachHost host) : IClassFixture<CoachHost>
{
    [Fact]
    public void Start_CreatesEveryTable_InWalMode_AndMigratingAgainIsANoOp()
    {
        using var browser = host.Browser();   // starts the host
        var database = host.Services.GetRequiredService<CoachDatabase>();
        var latest = Migrations.All.Max(m => m.Version);

        Assert.Equal(latest, database.Migrate());

        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;";
        var tables = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["clients", "coaches", "decisions", "schema_version", "sessions", "sets"], tables);
        command.CommandText = "SELECT COUNT(*) FROM schema_version;";
        Assert.Equal((long)Migrations.All.Count, (long)command.ExecuteScalar()!);
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string)command.ExecuteScalar()!);
        command.CommandText = "SELECT COUNT(*) FROM coaches WHERE email = @email;";
        command.Parameters.Add(new SqliteParameter("@email", CoachHost.DemoEmail));
        Assert.Equal(1L, (long)command.ExecuteScalar()!);
    }
}
