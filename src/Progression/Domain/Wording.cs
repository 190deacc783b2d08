namespace Progression;

/// <summary>Shared wording for the one-line descriptions of results.</summary>
internal static class Wording
{
    public static string Reasons(IReadOnlyList<Reason> reasons) =>
        reasons.Count == 0 ? "" : " — " + string.Join("; ", reasons);
}
