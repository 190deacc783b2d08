namespace Progression;

/// <summary>One problem in a JSON document: where it is and what is wrong there.</summary>
/// <param name="Path">The JSON path of the value, e.g. <c>$.Exercises[2].Variants[0].Reps.Min</c>; <c>$</c> is the whole document.</param>
/// <param name="Message">What is wrong: the value found and what is allowed.</param>
public sealed record JsonProblem(string Path, string Message)
{
    /// <summary>The problem in one line: "<c>$.MaxExercises: MaxExercises must be between 1 and 20 (inclusive); was 40.</c>".</summary>
    /// <returns>The path and the message.</returns>
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>
/// A policy or catalog document could not be loaded (<see cref="ProgressionPolicyJson.Read(string)"/>,
/// <see cref="ExerciseCatalogJson.Read"/>). <see cref="Problems"/> lists every problem found, not just the first,
/// each with its JSON path.
/// </summary>
public sealed class ProgressionJsonException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="document">What the document is, for the message: "policy" or "catalog".</param>
    /// <param name="problems">Every problem found.</param>
    public ProgressionJsonException(string document, IEnumerable<JsonProblem> problems)
        : this(Preconditions.NotEmpty(document, nameof(document)), Preconditions.List(problems, nameof(problems)))
    {
    }

    private ProgressionJsonException(string document, IReadOnlyList<JsonProblem> problems)
        : base(
            $"The {document} document is invalid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):"
            + string.Concat(problems.Select(p => Environment.NewLine + " - " + p)),
            "json") =>
        Problems = problems;

    /// <summary>Every problem found, in document order where the document gives one.</summary>
    public IReadOnlyList<JsonProblem> Problems { get; }
}
