namespace Progression;

/// <summary>Shared wording for the one-line descriptions of results and the sentences of reasons.</summary>
internal static class Wording
{
    /// <summary>The text with its first letter in upper case, to open a sentence.</summary>
    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Reasons(IReadOnlyList<Reason> reasons) =>
        reasons.Count == 0 ? "" : " — " + string.Join("; ", reasons);
}
