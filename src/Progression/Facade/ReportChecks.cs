using System.Globalization;

namespace Progression;

/// <summary>
/// The checks a session report passes before a review judges it (docs/input.md lists them). Each failure is an
/// <see cref="ArgumentException"/> on the <c>report</c> parameter whose message names the field, the value and what is
/// allowed. <see cref="IProgressionEngine.EvaluateSet"/> runs none of them: a safety verdict needs only the symptoms.
/// </summary>
internal static class ReportChecks
{
    private const string Parameter = "report";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static ArgumentException Invalid(string message) => new(message, Parameter);

    /// <summary>A report with sets, dated no earlier than the client's last session.</summary>
    public static void CheckSession(ClientState client, SessionReport report)
    {
        if (report.Sets.Count == 0)
        {
            throw Invalid("SessionReport.Sets is empty; a review needs at least one set. Review a session only when something was done (an empty report would move LastSessionDate).");
        }

        if (client.LastSessionDate is { } last && report.Date < last)
        {
            throw Invalid($"SessionReport.Date {Day(report.Date)} is before ClientState.LastSessionDate {Day(last)}; a report must be dated on or after the client's last reviewed session.");
        }
    }

    /// <summary>Every set of one exercise names (or implies) the same variant: one review judges one variant per exercise.</summary>
    public static void CheckSameVariant(Exercise exercise, int expected, int actual, SessionReport report, SetReport set)
    {
        if (actual != expected)
        {
            throw Invalid($"SessionReport.Sets[{IndexOf(report, set)}].VariantId '{exercise.Variants[actual].Id}' differs from '{exercise.Variants[expected].Id}' of the first set of '{exercise.Id}'; all sets of one exercise in a session must be on one variant.");
        }
    }

    /// <summary>
    /// The sets of one exercise at review: each has the variant's measure, a load only where the variant takes one, a
    /// side only on a one-sided variant, and no two share a set number on the same side (a set without a side counts
    /// on both sides).
    /// </summary>
    public static void CheckSets(Exercise exercise, ExerciseVariant variant, SessionReport report, IReadOnlyList<SetReport> sets)
    {
        for (var i = 0; i < sets.Count; i++)
        {
            var set = sets[i];
            var field = new Field(report, set);
            if (variant.Measure == DoseMeasure.Reps && set.Reps is null)
            {
                throw Invalid($"{field}.Reps is missing for '{variant.Id}', which is measured in reps{(set.HoldSeconds is { } s ? $" (HoldSeconds {Number(s)} was given)" : "")}; a reviewed set must report Reps, 0 or more.");
            }

            if (variant.Measure == DoseMeasure.HoldSeconds && set.HoldSeconds is null)
            {
                throw Invalid($"{field}.HoldSeconds is missing for '{variant.Id}', a hold measured in seconds{(set.Reps is { } r ? $" (Reps {r} was given)" : "")}; a reviewed set must report HoldSeconds, 0 or more.");
            }

            if (variant.Load is null && set.LoadKg is > 0)
            {
                throw Invalid($"{field}.LoadKg {Number(set.LoadKg.Value)} is given for '{variant.Id}', a {variant.Tier} variant that takes no load; allowed: no LoadKg (or 0).");
            }

            if (set.Side is { } side && !variant.IsUnilateral)
            {
                throw Invalid($"{field}.Side {side} is given for '{variant.Id}', which is done on both sides at once; allowed: no Side (null).");
            }

            for (var j = 0; j < i; j++)
            {
                var earlier = sets[j];
                if (earlier.SetNumber == set.SetNumber && (earlier.Side is null || set.Side is null || earlier.Side == set.Side))
                {
                    var sideText = set.Side is { } s1 ? $" on the {s1.ToString().ToLowerInvariant()} side" : "";
                    throw Invalid($"{field}.SetNumber {set.SetNumber}{sideText} repeats set {earlier.SetNumber} of '{exercise.Id}' (SessionReport.Sets[{IndexOf(report, earlier)}]); each set of an exercise needs its own number (per Side on a one-sided variant; a set without a Side counts on both).");
                }
            }
        }
    }

    /// <summary>The counters a review adds one to must have room for it.</summary>
    public static void CheckCounters(Exercise exercise, ExerciseProgress progress)
    {
        Check(progress.SessionsCompleted, nameof(ExerciseProgress.SessionsCompleted));
        Check(progress.SuccessStreak, nameof(ExerciseProgress.SuccessStreak));
        Check(progress.FailureStreak, nameof(ExerciseProgress.FailureStreak));
        Check(progress.HardStreak, nameof(ExerciseProgress.HardStreak));
        Check(progress.JointPainStreak, nameof(ExerciseProgress.JointPainStreak));
        Check(progress.SessionsInStint, nameof(ExerciseProgress.SessionsInStint));

        void Check(int count, string name)
        {
            if (count == int.MaxValue)
            {
                throw Invalid(FormattableString.Invariant(
                    $"ClientState.Progress[\"{exercise.Id}\"].{name} is {count}, the largest count it can hold; a review adds one to it. Allowed: below {int.MaxValue}."));
            }
        }
    }

    /// <summary>"SessionReport.Sets[i]" for a set, worded only when a message needs it (valid reports format nothing).</summary>
    private readonly struct Field(SessionReport report, SetReport set)
    {
        public override string ToString() => $"SessionReport.Sets[{IndexOf(report, set)}]";
    }

    private static int IndexOf(SessionReport report, SetReport set)
    {
        var sets = report.Sets;
        for (var i = 0; i < sets.Count; i++)
        {
            if (ReferenceEquals(sets[i], set))
            {
                return i;
            }
        }

        return -1;
    }
}
