namespace Progression;

/// <summary>Value equality for the collections inside domain records, which records alone compare by reference.</summary>
internal static class ValueEquality
{
    public static bool SequenceEqual<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.SequenceEqual(b));

    public static bool SetEqual<T>(IReadOnlySet<T>? a, IReadOnlySet<T>? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.SetEquals(b));

    public static bool DictionaryEqual<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? a, IReadOnlyDictionary<TKey, TValue>? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !EqualityComparer<TValue>.Default.Equals(value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An order-insensitive hash, so equal sets hash alike whatever their order.</summary>
    public static int SetHash<T>(IEnumerable<T>? items)
    {
        if (items is null)
        {
            return 0;
        }

        var hash = 0;
        foreach (var item in items)
        {
            hash ^= item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item);
        }

        return hash;
    }

    public static int SequenceHash<T>(IEnumerable<T>? items)
    {
        if (items is null)
        {
            return 0;
        }

        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
