using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Progression;

/// <summary>
/// Argument checks shared by every domain and catalog type, in the spirit of NodaTime's
/// <c>Preconditions</c>: one place that words the messages, so every rejection names the
/// field, the value and what is allowed.
/// </summary>
internal static class Preconditions
{
    private static string Show(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        double d => Show(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    public static ArgumentOutOfRangeException OutOfRange(object? value, string paramName, string allowed) =>
        new(paramName, value, $"{paramName} must be {allowed}; was {Show(value)}.");

    public static int InRange(int value, int min, int max, string paramName) =>
        value >= min && value <= max ? value : throw OutOfRange(value, paramName, $"between {min} and {max} (inclusive)");

    public static int? InRange(int? value, int min, int max, string paramName) =>
        value is { } v ? InRange(v, min, max, paramName) : null;

    public static double InRange(double value, double min, double max, string paramName) =>
        double.IsFinite(value) && value >= min && value <= max
            ? value
            : throw OutOfRange(value, paramName, $"a finite number between {Show(min)} and {Show(max)} (inclusive)");

    public static double? InRange(double? value, double min, double max, string paramName) =>
        value is { } v ? InRange(v, min, max, paramName) : null;

    /// <summary>Checks <c>min &lt; value ≤ max</c>.</summary>
    public static double AboveAtMost(double value, double min, double max, string paramName) =>
        double.IsFinite(value) && value > min && value <= max
            ? value
            : throw OutOfRange(value, paramName, $"a finite number greater than {Show(min)} and at most {Show(max)}");

    public static double Above(double value, double min, string paramName) =>
        double.IsFinite(value) && value > min
            ? value
            : throw OutOfRange(value, paramName, $"a finite number greater than {Show(min)}");

    public static double? AboveAtMost(double? value, double min, double max, string paramName) =>
        value is { } v ? AboveAtMost(v, min, max, paramName) : null;

    public static int AtLeast(int value, int min, string paramName) =>
        value >= min ? value : throw OutOfRange(value, paramName, $"at least {min}");

    public static int? AtLeast(int? value, int min, string paramName) =>
        value is { } v ? AtLeast(v, min, paramName) : null;

    public static double AtLeast(double value, double min, string paramName) =>
        double.IsFinite(value) && value >= min
            ? value
            : throw OutOfRange(value, paramName, $"a finite number at least {Show(min)}");

    public static double? AtLeast(double? value, double min, string paramName) =>
        value is { } v ? AtLeast(v, min, paramName) : null;

    public static double Finite(double value, string paramName) =>
        double.IsFinite(value) ? value : throw OutOfRange(value, paramName, "a finite number");

    public static T Defined<T>(T value, string paramName)
        where T : struct, Enum
    {
        // Every answer record checks its enums; Enum.IsDefined costs tens of nanoseconds each time. The library's
        // enums are ints numbered from 0, so a bit mask of the defined values answers in one test; other shapes
        // (and the failure path) take the general check.
        var mask = DefinedMask<T>.Value;
        if (Unsafe.SizeOf<T>() == sizeof(int) && mask != 0)
        {
            var number = Unsafe.As<T, int>(ref value);
            if ((uint)number < 64 && (mask & (1UL << number)) != 0)
            {
                return value;
            }
        }
        else if (Enum.IsDefined(value))
        {
            return value;
        }

        throw OutOfRange(value, paramName, $"one of the defined {typeof(T).Name} values ({string.Join(", ", Enum.GetNames<T>())})");
    }

    public static T NotNull<T>(T? value, string paramName)
        where T : class =>
        value ?? throw new ArgumentNullException(paramName, $"{paramName} must not be null.");

    public static string NotEmpty(string? value, string paramName) =>
        value is null
            ? throw new ArgumentNullException(paramName, $"{paramName} must be a non-empty string; was null.")
            : string.IsNullOrWhiteSpace(value)
                ? throw new ArgumentException($"{paramName} must be a non-empty string; was \"{value}\".", paramName)
                : value;

    public static string? NotEmptyOrNull(string? value, string paramName) =>
        value is null ? null : NotEmpty(value, paramName);

    /// <summary>Copies a sequence into a read-only list, rejecting a null sequence or null items.</summary>
    public static IReadOnlyList<T> List<T>(IEnumerable<T>? value, string paramName)
    {
        if (value is OwnedList<T> owned)
        {
            return owned;
        }

        var items = NotNull(value, paramName).ToArray();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException($"{paramName}[{i}] must not be null.", paramName);
            }
        }

        return new ReadOnlyCollection<T>(items);
    }

    /// <summary>Copies a set of enum values into an immutable sorted set (stable order when serialised), rejecting undefined values.</summary>
    public static IReadOnlySet<T> EnumSet<T>(IEnumerable<T>? value, string paramName)
        where T : struct, Enum
    {
        var items = NotNull(value, paramName).ToImmutableSortedSet();
        foreach (var item in items)
        {
            Defined(item, paramName);
        }

        return items;
    }

    public static IReadOnlySet<T>? EnumSetOrNull<T>(IEnumerable<T>? value, string paramName)
        where T : struct, Enum =>
        value is null ? null : EnumSet(value, paramName);
}

/// <summary>The defined values of an int enum numbered within 0–63, as bits; 0 when the enum has another shape.</summary>
internal static class DefinedMask<T>
    where T : struct, Enum
{
    public static readonly ulong Value = Build();

    private static ulong Build()
    {
        if (Unsafe.SizeOf<T>() != sizeof(int))
        {
            return 0;
        }

        var mask = 0UL;
        foreach (var value in Enum.GetValues<T>())
        {
            var copy = value;
            var number = Unsafe.As<T, int>(ref copy);
            if ((uint)number >= 64)
            {
                return 0;
            }

            mask |= 1UL << number;
        }

        return mask;
    }
}

/// <summary>
/// A read-only list over an array the library built itself and never changes again. Public
/// records accept it as it is instead of copying it (hosts cannot make one, so their lists are
/// still copied).
/// </summary>
internal sealed class OwnedList<T>(T[] items) : ReadOnlyCollection<T>(items)
{
    public static readonly OwnedList<T> None = new([]);
}
