namespace Progression;

/// <summary>Why an answer is what it is: the id of the rule that shaped it and a sentence a person can read.</summary>
/// <param name="RuleId">The stable id of the rule, e.g. <c>safety.joint-pain-stops-exercise</c>.</param>
/// <param name="Message">A sentence for the client or coach, e.g. "Stopped: knee joint pain 3/10 — never push through joint pain".</param>
public sealed record Reason(string RuleId, string Message)
{
    /// <summary>The stable id of the rule that produced this reason; never empty.</summary>
    public string RuleId { get; init => field = Preconditions.NotEmpty(value, nameof(RuleId)); } = Preconditions.NotEmpty(RuleId, nameof(RuleId));

    /// <summary>A sentence a person can read; never empty.</summary>
    public string Message { get; init => field = Preconditions.NotEmpty(value, nameof(Message)); } = Preconditions.NotEmpty(Message, nameof(Message));

    /// <inheritdoc />
    public override string ToString() => $"[{RuleId}] {Message}";
}
