namespace Progression.Coach.Data;

/// <summary>A coach who can sign in.</summary>
public sealed record CoachRow(long Id, string Email, string PasswordHash);

/// <summary>A client row: the stored <see cref="ClientState"/> JSON and the version that guards it.</summary>
public sealed record ClientRow(long Id, long CoachId, string Name, string? AssessmentJson, string? EquipmentJson, string StateJson, long Version);

/// <summary>A session: its check-in and plan, and once finished, its review.</summary>
public sealed record SessionRow(long Id, long ClientId, DateOnly Date, string CheckInJson, string PlanJson, string? ReviewJson, bool Finished);

/// <summary>A logged set: the library's <see cref="SetReport"/> JSON and the verdict it got.</summary>
public sealed record SetRow(long Id, long SessionId, int Seq, string ReportJson, string VerdictJson);

/// <summary>One line of the decision log.</summary>
public sealed record DecisionRow(long Id, long? SessionId, string? ExerciseId, string At, string Kind, string RuleId, string Message);

/// <summary>A line to add to the decision log.</summary>
/// <param name="Kind">plan, set, review, referral, referral-cleared or resume.</param>
/// <param name="ExerciseId">The exercise it is about, if one.</param>
/// <param name="RuleId">The rule that wrote it (or <c>coach.*</c> for a coach's own action).</param>
/// <param name="Message">The sentence.</param>
public sealed record DecisionEntry(string Kind, string? ExerciseId, string RuleId, string Message);
