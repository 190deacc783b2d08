using System.Globalization;

namespace Progression.Coach.Coaching;

/// <summary>A set as a form or the API sends it, before the library checks it. Enums come as names.</summary>
public sealed record SetInput(
    string? ExerciseId, string? VariantId, int? Reps, double? HoldSeconds, double? LoadKg, int? Rpe, string? Side,
    IReadOnlyList<SymptomInput>? Symptoms);

/// <summary>A reported symptom: kind and site by name, intensity 0–10.</summary>
public sealed record SymptomInput(string? Kind, string? Site, int? Intensity);

/// <summary>
/// Today's check-in as a form or the API sends it; <see cref="Version"/> is the client's version the form was rendered
/// with (optional: it matters only when the check-in stores a referral, the one time a check-in changes the state).
/// </summary>
public sealed record CheckInInput(int? MorningPain, int? BaselinePain, IReadOnlyList<string>? RedFlags, long? Version = null);

/// <summary>
/// Turns text from a form into numbers and enum values, with a message naming the field, the value and what is
/// allowed when it cannot; range checks stay with the library's types, whose messages say the same for the ranges.
/// </summary>
public static class FormInput
{
    /// <summary>A whole number, or null for an empty field.</summary>
    public static int? Int(string? raw, string field)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        return int.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{field} must be a whole number; was \"{raw}\".", field);
    }

    /// <summary>A number (a dot for decimals), or null for an empty field.</summary>
    public static double? Number(string? raw, string field)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        return double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new ArgumentException($"{field} must be a number such as 12 or 12.5; was \"{raw}\".", field);
    }

    /// <summary>An enum value by its name (not its number), or null for an empty field.</summary>
    public static T? Enum<T>(string? raw, string field)
        where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var name = raw.Trim();
        return !char.IsDigit(name[0]) && !name.StartsWith('-') && System.Enum.TryParse<T>(name, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new ArgumentException(
                $"{field} must be one of {string.Join(", ", System.Enum.GetNames<T>())}; was \"{raw}\".", field);
    }

    /// <summary>A required enum value by name.</summary>
    public static T RequiredEnum<T>(string? raw, string field)
        where T : struct, System.Enum
        => Enum<T>(raw, field) ?? throw new ArgumentException(
            $"{field} is missing; allowed: one of {string.Join(", ", System.Enum.GetNames<T>())}.", field);
}
