namespace Progression.Coach.Load;

// The JSON shapes of the coach host's API (samples/Progression.Coach/CONTRACT.md), only the fields the load check reads or sends.

internal sealed record LoginRequest(string Email, string Password);

internal sealed record CreateClientRequest(string Name, object? Assessment, IReadOnlyList<string>? Equipment);

internal sealed record CreatedClient(long Id, long Version);

internal sealed record CheckInRequest(int MorningPain, int BaselinePain, IReadOnlyList<string> RedFlags);

internal sealed record PlannedSession(long SessionId, long Version, PlanBody Plan);

internal sealed record PlanBody(string Referral, IReadOnlyList<PlanItem> Items);

internal sealed record PlanItem(
    string ExerciseId,
    string VariantId,
    int Sets,
    int? Reps,
    double? HoldSeconds,
    double? LoadKg,
    string? FirstSide,
    int ExtraSets,
    string? ExtraSetsSide);

internal sealed record SymptomBody(string Kind, string Site, int Intensity);

internal sealed record SetRequest(
    string ExerciseId,
    string VariantId,
    int? Reps,
    double? HoldSeconds,
    double? LoadKg,
    int Rpe,
    string? Side,
    IReadOnlyList<SymptomBody> Symptoms);

internal sealed record SetAnswer(long SetId, int SetNumber, string Action, string Referral);

internal sealed record FinishRequest(long Version);

internal sealed record FinishAnswer(long Version, string Referral);
