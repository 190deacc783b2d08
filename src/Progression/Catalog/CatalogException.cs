namespace Progression;

/// <summary>An exercise catalog is inconsistent. The message lists every problem found, not just the first.</summary>
public sealed class CatalogException : ArgumentException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem, one sentence each.</param>
    public CatalogException(IEnumerable<string> problems)
        : this(Preconditions.List(problems, nameof(problems)))
    {
    }

    private CatalogException(IReadOnlyList<string> problems)
        : base(
            $"The exercise catalog is invalid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):"
            + string.Concat(problems.Select(p => Environment.NewLine + " - " + p)),
            "exercises") =>
        Problems = problems;

    /// <summary>Every problem found, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
