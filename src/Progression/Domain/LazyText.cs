namespace Progression;

/// <summary>
/// A sentence written on first read, for answers whose text most hosts never read: the text and the function that
/// writes it live in the owner's fields, and this reads them safely from any thread.
/// </summary>
internal static class LazyText
{
    /// <summary>The text, writing it first if it has not been written.</summary>
    /// <param name="text">The owner's text field; set once written.</param>
    /// <param name="compose">The owner's composer field; dropped once the text is written, so what it captured can be collected.</param>
    /// <param name="owner">What the text belongs to, e.g. "The reason of rule", for the exception when a composer writes nothing.</param>
    /// <param name="id">The owner's id, for the same exception.</param>
    /// <returns>The text; never blank.</returns>
    public static string Get(ref string? text, ref Func<string>? compose, string owner, string id)
    {
        if (Volatile.Read(ref text) is { } written)
        {
            return written;
        }

        // Two threads may both write it; they write the same text. Both stores are releases, so the text is visible
        // before the composer is seen dropped, and a reader that finds no composer finds the text.
        var write = Volatile.Read(ref compose);
        if (write is null)
        {
            return Volatile.Read(ref text)!;
        }

        var result = write();
        if (string.IsNullOrWhiteSpace(result))
        {
            throw new InvalidOperationException($"{owner} '{id}' was given an empty sentence.");
        }

        Volatile.Write(ref text, result);
        Volatile.Write(ref compose, null);
        return result;
    }
}
