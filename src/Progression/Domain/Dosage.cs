using System.Globalization;

namespace Progression;

/// <summary>
/// One target dose, not a range: sets of reps or of held seconds, optionally at a load ("3 × 10", "3 × 20 s",
/// "3 × 8 at 12 kg"). At least one of <see cref="Reps"/> and <see cref="HoldSeconds"/> is always given.
/// </summary>
public sealed record Dosage
{
    private readonly int? _reps;
    private readonly double? _holdSeconds;

    /// <summary>Creates a dosage; prefer <see cref="OfReps"/> and <see cref="OfHold"/>.</summary>
    /// <param name="sets">Sets, 1–20.</param>
    /// <param name="reps">Repetitions per set, 1–200.</param>
    /// <param name="holdSeconds">Seconds held per set (or per rep when reps are given too), greater than 0 and at most 600.</param>
    /// <param name="loadKg">External load in kilograms, 0–500.</param>
    /// <exception cref="ArgumentException">Neither reps nor hold seconds are given, or a value is out of range.</exception>
    public Dosage(int sets, int? reps = null, double? holdSeconds = null, double? loadKg = null)
    {
        if (reps is null && holdSeconds is null)
        {
            throw new ArgumentException("A Dosage needs Reps or HoldSeconds (or both); both were null.", nameof(reps));
        }

        Sets = sets;
        _reps = Preconditions.InRange(reps, 1, 200, nameof(Reps));
        _holdSeconds = Preconditions.AboveAtMost(holdSeconds, 0, 600, nameof(HoldSeconds));
        LoadKg = loadKg;
    }

    /// <summary>A dosage of repetitions: <paramref name="sets"/> × <paramref name="reps"/>, optionally at a load.</summary>
    /// <param name="sets">Sets, 1–20.</param>
    /// <param name="reps">Repetitions per set, 1–200.</param>
    /// <param name="loadKg">External load in kilograms, 0–500.</param>
    /// <returns>The dosage.</returns>
    public static Dosage OfReps(int sets, int reps, double? loadKg = null) => new(sets, reps, null, loadKg);

    /// <summary>A dosage of holds: <paramref name="sets"/> × <paramref name="seconds"/> s, optionally at a load.</summary>
    /// <param name="sets">Sets, 1–20.</param>
    /// <param name="seconds">Seconds per hold, greater than 0 and at most 600.</param>
    /// <param name="loadKg">External load in kilograms, 0–500.</param>
    /// <returns>The dosage.</returns>
    public static Dosage OfHold(int sets, double seconds, double? loadKg = null) => new(sets, null, seconds, loadKg);

    /// <summary>Number of sets, 1–20.</summary>
    public int Sets { get; init => field = Preconditions.InRange(value, 1, 20, nameof(Sets)); }

    /// <summary>Repetitions per set, 1–200, when the dose counts reps.</summary>
    public int? Reps
    {
        get => _reps;
        init => _reps = value is null && _holdSeconds is null
            ? throw new ArgumentException("Reps can only be null when HoldSeconds is given; use Dosage.OfHold to switch to holds.", nameof(Reps))
            : Preconditions.InRange(value, 1, 200, nameof(Reps));
    }

    /// <summary>Seconds held per set (per rep when <see cref="Reps"/> is given too), greater than 0 and at most 600.</summary>
    public double? HoldSeconds
    {
        get => _holdSeconds;
        init => _holdSeconds = value is null && _reps is null
            ? throw new ArgumentException("HoldSeconds can only be null when Reps is given; use Dosage.OfReps to switch to reps.", nameof(HoldSeconds))
            : Preconditions.AboveAtMost(value, 0, 600, nameof(HoldSeconds));
    }

    /// <summary>External load in kilograms, 0–500, for a loaded variant.</summary>
    public double? LoadKg { get; init => field = Preconditions.InRange(value, 0, 500, nameof(LoadKg)); }

    /// <summary>Reads as "3 × 10", "3 × 20 s", "3 × 8 at 12 kg" or "3 × 6 × 10 s".</summary>
    /// <returns>The dose in words a client can read.</returns>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var text = $"{Sets} ×";
        if (Reps is { } reps)
        {
            text += string.Create(c, $" {reps}");
        }

        if (HoldSeconds is { } hold)
        {
            text += string.Create(c, $"{(Reps is null ? "" : " ×")} {hold:0.##} s");
        }

        if (LoadKg is { } load)
        {
            text += string.Create(c, $" at {load:0.##} kg");
        }

        return text;
    }
}
