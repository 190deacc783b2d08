namespace Progression;

/// <summary>
/// Thrown by <see cref="IProgressionEngine"/> when a rule's condition or action throws, or when rules keep activating
/// each other past the firing limit; the message and <see cref="RuleIds"/> name the rules.
/// </summary>
public sealed class ProgressionRuleException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the rules.</param>
    /// <param name="ruleIds">The rules involved.</param>
    /// <param name="innerException">The exception the rule threw, if any.</param>
    public ProgressionRuleException(string message, IReadOnlyList<string> ruleIds, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        RuleIds = ruleIds.ToArray();
    }

    /// <summary>The ids of the rules involved: the rule whose condition or action threw, or the rules that kept firing.</summary>
    public IReadOnlyList<string> RuleIds { get; }
}
