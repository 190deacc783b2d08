using System.Text.RegularExpressions;

namespace Progression;

/// <summary>The shape of catalog ids: exercises are kebab-case, variants are kebab-case parts joined by dots.</summary>
internal static partial class CatalogIds
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ExercisePattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex VariantPattern();

    public static string Exercise(string? id, string paramName) =>
        ExercisePattern().IsMatch(Preconditions.NotEmpty(id, paramName))
            ? id!
            : throw new ArgumentException($"{paramName} must be kebab-case (lowercase letters and digits joined by '-', e.g. \"glute-bridge\"); was \"{id}\".", paramName);

    public static string Variant(string? id, string paramName) =>
        VariantPattern().IsMatch(Preconditions.NotEmpty(id, paramName))
            ? id!
            : throw new ArgumentException($"{paramName} must be kebab-case parts joined by '.' (e.g. \"atg-split-squat.chair\"); was \"{id}\".", paramName);
}
