namespace Progression.Rules;

/// <summary>
/// Thrown by <see cref="RuleSession.Fire"/> when a rule's action fails or when rules keep
/// re-activating each other past <see cref="RuleSetOptions.MaxFirings"/>.
/// </summary>
public sealed class RuleExecutionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    /// <param name="ruleIds">The rules involved.</param>
    /// <param name="innerException">The exception an action threw, if any.</param>
    public RuleExecutionException(string message, IReadOnlyList<string> ruleIds, Exception? innerException = null)
        : base(message, innerException)
    {
        RuleIds = ruleIds.ToArray();
    }

    /// <summary>The ids of the rules involved: the rule whose action threw, or the rules that kept firing.</summary>
    public IReadOnlyList<string> RuleIds { get; }
}
