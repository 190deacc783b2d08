using System.Text.Json;
using System.Text.Json.Serialization;

namespace Progression.Coach.Coaching;

/// <summary>
/// The host's own shapes for what it stores and returns beside the library's types: camelCase, enums by name.
/// <see cref="ClientState"/>, <see cref="CheckIn"/>, <see cref="Assessment"/> and <see cref="SetReport"/> are stored as
/// the library serialises them; plans, verdicts and reviews as these, since their reasons are what a reader wants.
/// </summary>
public static class Json
{
    /// <summary>Web defaults (camelCase, case-insensitive) with enums as their names.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Serialises with <see cref="Options"/>.</summary>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Deserialises with <see cref="Options"/>.</summary>
    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}

/// <summary>A rule id and its sentence.</summary>
public sealed record ReasonView(string RuleId, string Message)
{
    /// <summary>The library's reasons, as views.</summary>
    public static IReadOnlyList<ReasonView> From(IEnumerable<Reason> reasons) => [.. reasons.Select(r => new ReasonView(r.RuleId, r.Message))];
}

/// <summary>One planned exercise.</summary>
public sealed record PlanItemView(
    string ExerciseId, string VariantId, Tier Tier, int Sets, int? Reps, double? HoldSeconds, double? LoadKg,
    Side? FirstSide, int ExtraSets, Side? ExtraSetsSide, IReadOnlyList<ReasonView> Reasons);

/// <summary>Today's plan: what to do, or a referral and nothing.</summary>
public sealed record PlanView(Referral Referral, IReadOnlyList<ReasonView> Reasons, IReadOnlyList<PlanItemView> Items)
{
    /// <summary>The library's plan as a view.</summary>
    public static PlanView From(SessionPlan plan) => new(
        plan.Referral,
        ReasonView.From(plan.Reasons),
        [.. plan.Items.Select(i => new PlanItemView(
            i.Prescription.ExerciseId, i.Prescription.VariantId, i.Prescription.Tier, i.Prescription.Dosage.Sets,
            i.Prescription.Dosage.Reps, i.Prescription.Dosage.HoldSeconds, i.Prescription.Dosage.LoadKg,
            i.FirstSide, i.ExtraSets, i.ExtraSetsSide, ReasonView.From(i.Reasons)))]);
}

/// <summary>A set's verdict.</summary>
public sealed record VerdictView(SetAction Action, Referral Referral, IReadOnlyList<ReasonView> Reasons)
{
    /// <summary>The library's verdict as a view.</summary>
    public static VerdictView From(SetVerdict verdict) => new(verdict.Action, verdict.Referral, ReasonView.From(verdict.Reasons));

    /// <summary>A stop or a referral: shown so nobody can miss it.</summary>
    [JsonIgnore]
    public bool MustStop => Action != SetAction.Continue || Referral != Referral.None;
}

/// <summary>A prescription before or after a review.</summary>
public sealed record PrescriptionView(string VariantId, Tier Tier, int Sets, int? Reps, double? HoldSeconds, double? LoadKg)
{
    /// <summary>The library's prescription as a view.</summary>
    public static PrescriptionView From(Prescription p) => new(p.VariantId, p.Tier, p.Dosage.Sets, p.Dosage.Reps, p.Dosage.HoldSeconds, p.Dosage.LoadKg);
}

/// <summary>One exercise's decision at review.</summary>
public sealed record DecisionView(string ExerciseId, ProgressionStep Step, PrescriptionView From, PrescriptionView To, IReadOnlyList<ReasonView> Reasons);

/// <summary>A finished session's review.</summary>
public sealed record ReviewView(Referral Referral, IReadOnlyList<ReasonView> Reasons, IReadOnlyList<DecisionView> Decisions)
{
    /// <summary>The library's review as a view.</summary>
    public static ReviewView From(SessionReview review) => new(
        review.Referral,
        ReasonView.From(review.Reasons),
        [.. review.Decisions.Select(d => new DecisionView(
            d.ExerciseId, d.Step, PrescriptionView.From(d.From), PrescriptionView.From(d.To), ReasonView.From(d.Reasons)))]);
}
