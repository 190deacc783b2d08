namespace Progression;

/// <summary>Why an answer is what it is: the id of the rule that shaped it and a sentence a person can read.</summary>
/// <remarks>
/// The built-in rules write their sentences when <see cref="Message"/> is first read, not when the rule fires:
/// a host that re-plans a whole population and reads few of the answers does not pay for formatting the rest.
/// The sentence is the same either way, and reading it from several threads at once is safe.
/// </remarks>
public sealed record Reason
{
    private string? _message;

    // What the sentence is made of, until it is written; then dropped so the facts it captured can be collected.
    private Func<string>? _compose;

    /// <summary>Creates a reason.</summary>
    /// <param name="ruleId">The stable id of the rule, e.g. <c>safety.joint-pain-stops-exercise</c>.</param>
    /// <param name="message">A sentence for the client or coach, e.g. "Stopped: knee joint pain 3/10 — never push through joint pain".</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> or <paramref name="message"/> is null or blank.</exception>
    public Reason(string ruleId, string message)
    {
        RuleId = ruleId;
        Message = message;
    }

    /// <summary>A reason whose sentence <paramref name="compose"/> writes on first read.</summary>
    internal Reason(string ruleId, Func<string> compose)
    {
        RuleId = ruleId;
        _compose = Preconditions.NotNull(compose, nameof(compose));
    }

    /// <summary>The stable id of the rule that produced this reason; never empty.</summary>
    public string RuleId { get; init => field = Preconditions.NotEmpty(value, nameof(RuleId)); }

    /// <summary>A sentence a person can read; never empty.</summary>
    public string Message
    {
        get => LazyText.Get(ref _message, ref _compose, "The reason of rule", RuleId);
        init
        {
            _message = Preconditions.NotEmpty(value, nameof(Message));
            _compose = null;
        }
    }

    /// <summary>Splits the reason into its rule id and sentence.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="message">The sentence.</param>
    public void Deconstruct(out string ruleId, out string message)
    {
        ruleId = RuleId;
        message = Message;
    }

    /// <inheritdoc />
    public bool Equals(Reason? other)
        => other is not null && (ReferenceEquals(this, other) || (RuleId == other.RuleId && Message == other.Message));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleId, Message);

    /// <inheritdoc />
    public override string ToString() => $"[{RuleId}] {Message}";
}
