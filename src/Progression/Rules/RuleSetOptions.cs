namespace Progression.Rules;

/// <summary>Execution options of a compiled <see cref="RuleSet"/>.</summary>
public sealed record RuleSetOptions
{
    /// <summary>The options used when none are given.</summary>
    public static RuleSetOptions Default { get; } = new();

    /// <summary>The largest value <see cref="MaxFirings"/> may take.</summary>
    public const int MaxFiringsLimit = 100_000_000;

    /// <summary>
    /// How many rule firings one call to <see cref="RuleSession.Fire"/> may perform before the
    /// session decides that rules keep re-activating each other and throws a
    /// <see cref="RuleExecutionException"/> naming them. Between 1 and <see cref="MaxFiringsLimit"/>; default 100,000.
    /// </summary>
    public int MaxFirings { get; init; } = 100_000;

    internal void Validate(List<string> errors)
    {
        if (MaxFirings < 1 || MaxFirings > MaxFiringsLimit)
        {
            errors.Add($"Options: MaxFirings must be between 1 and {MaxFiringsLimit:N0}; was {MaxFirings}.");
        }
    }
}
