namespace Progression.Rules;

/// <summary>
/// Thrown by <see cref="RuleSetBuilder.Build"/> when rule definitions are invalid.
/// Lists every problem found, not just the first.
/// </summary>
public sealed class RuleDefinitionException : Exception
{
    /// <summary>Creates the exception from the list of problems.</summary>
    /// <param name="errors">One sentence per problem, each saying what is wrong and how to fix it.</param>
    public RuleDefinitionException(IReadOnlyList<string> errors)
        : base(FormatMessage(errors))
    {
        Errors = errors.ToArray();
    }

    /// <summary>Every problem found, one sentence each.</summary>
    public IReadOnlyList<string> Errors { get; }

    private static string FormatMessage(IReadOnlyList<string> errors)
        => $"The rule set is invalid ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}):"
           + string.Concat(errors.Select(e => Environment.NewLine + " - " + e));
}
