namespace Progression.Coach.Data;

/// <summary>One step of the schema, run once, in version order.</summary>
/// <param name="Version">Its number; <c>schema_version</c> records the ones run.</param>
/// <param name="Sql">The statements, run in one transaction.</param>
public sealed record Migration(int Version, string Sql);

/// <summary>
/// The ordered migrations. Add a new one at the end with the next number; never edit one that has shipped,
/// since databases already past it will not run it again.
/// </summary>
public static class Migrations
{
    /// <summary>Every migration, oldest first.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, """
            CREATE TABLE coaches (
                id INTEGER PRIMARY KEY,
                email TEXT NOT NULL UNIQUE COLLATE NOCASE,
                password_hash TEXT NOT NULL
            );

            -- state_json is the library's ClientState as System.Text.Json writes it; version guards every update of it.
            CREATE TABLE clients (
                id INTEGER PRIMARY KEY,
                coach_id INTEGER NOT NULL REFERENCES coaches (id),
                name TEXT NOT NULL,
                assessment TEXT NULL,
                equipment TEXT NULL,
                state_json TEXT NOT NULL,
                version INTEGER NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE INDEX clients_by_coach ON clients (coach_id);

            CREATE TABLE sessions (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES clients (id),
                date TEXT NOT NULL,
                check_in TEXT NOT NULL,
                plan TEXT NOT NULL,
                review TEXT NULL,
                finished INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX sessions_by_client ON sessions (client_id);

            CREATE TABLE sets (
                id INTEGER PRIMARY KEY,
                session_id INTEGER NOT NULL REFERENCES sessions (id),
                seq INTEGER NOT NULL,
                report TEXT NOT NULL,
                verdict TEXT NOT NULL,
                UNIQUE (session_id, seq)
            );

            -- The log a clinician reads: every rule id and sentence that shaped a plan, a set, a review or a referral.
            CREATE TABLE decisions (
                id INTEGER PRIMARY KEY,
                session_id INTEGER NULL REFERENCES sessions (id),
                client_id INTEGER NOT NULL REFERENCES clients (id),
                exercise_id TEXT NULL,
                at TEXT NOT NULL,
                kind TEXT NOT NULL,
                rule_id TEXT NOT NULL,
                message TEXT NOT NULL
            );
            CREATE INDEX decisions_by_client ON decisions (client_id);
            """),
    ];
}
