using System.Globalization;
using Progression.Facts;

namespace Progression.Packs;

/// <summary>
/// The break rule: after 14 or more days away, each exercise steps back one dose step per
/// <see cref="ProgressionPolicy.BreakDaysPerStep"/> days, at most one variant (detraining). The plan rule says so
/// for the day; the review judges a session after a break against the stepped-back dose and stores that
/// (see <see cref="Detrained"/>). Ids start with <c>progression.</c>.
/// </summary>
internal static class BreakRules
{
    public const string BreakStepsBack = "progression.break-steps-back";

    // Above the morning-pain and equipment rules (900, 800): the stepped-back dose is where the client stands today.
    internal const int BreakSalience = 950;

    /// <summary>
    /// The days since the client's last session: <see cref="CheckIn.Date"/> − <see cref="ClientState.LastSessionDate"/>
    /// when both are known, else <see cref="CheckIn.DaysSinceLastSession"/>; <see langword="null"/> when unknown.
    /// </summary>
    /// <exception cref="ArgumentException">The date is before the last session, or the two ways of giving the days disagree.</exception>
    public static int? DaysAway(ClientState client, CheckIn? checkIn, string parameter = "checkIn")
    {
        if (checkIn is null)
        {
            return null;
        }

        if (checkIn.Date is not { } date || client.LastSessionDate is not { } last)
        {
            return checkIn.DaysSinceLastSession;
        }

        var byDate = date.DayNumber - last.DayNumber;
        if (byDate < 0)
        {
            throw new ArgumentException(
                $"CheckIn.Date {Iso(date)} is before ClientState.LastSessionDate {Iso(last)}; the session's day must be on or after the last session's.",
                parameter);
        }

        if (checkIn.DaysSinceLastSession is { } days && days != byDate)
        {
            throw new ArgumentException(
                $"CheckIn.DaysSinceLastSession {days} does not agree with CheckIn.Date {Iso(date)}, which is {byDate} days after ClientState.LastSessionDate {Iso(last)}; give one of them, or make them agree.",
                parameter);
        }

        return byDate;
    }

    /// <summary>
    /// Checks a review's check-in: its <see cref="CheckIn.Date"/>, when given, is the report's own day, and it agrees
    /// with <see cref="CheckIn.DaysSinceLastSession"/> (see <see cref="DaysAway(ClientState, CheckIn?, string)"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The dates or the days disagree.</exception>
    public static void CheckReport(ClientState client, SessionReport report, string parameter)
    {
        if (report.CheckIn is { Date: { } date } && date != report.Date)
        {
            throw new ArgumentException(
                $"SessionReport.CheckIn.Date {Iso(date)} is not SessionReport.Date {Iso(report.Date)}; both name the day of the session, so give the same day or leave CheckIn.Date out.",
                parameter);
        }

        DaysAway(client, report.CheckIn, parameter);
    }

    /// <summary>The dose steps a break of <paramref name="days"/> costs: one per <see cref="ProgressionPolicy.BreakDaysPerStep"/> days, 0 for a shorter break.</summary>
    public static int StepsAway(int? days, ProgressionPolicy policy) => days is { } d ? d / policy.BreakDaysPerStep : 0;

    /// <summary>
    /// Whether the days since the last session cost <paramref name="c"/> at least one dose step: the break rule's last
    /// test, kept here because <see cref="DaysAway(ClientState, CheckIn?, string)"/> has an optional argument, which a
    /// condition (an expression tree) cannot leave out.
    /// </summary>
    internal static bool StepsBackToday(PlanCandidate c, ProgressionPolicy policy)
        => StepsAway(DaysAway(c.Request.Client, c.Request.CheckIn), policy) > 0;

    /// <summary>
    /// <paramref name="steps"/> dose steps back from <paramref name="dosage"/> (<see cref="Ladder.StepBack"/>), moving to
    /// the previous variant's top dose at most once when the variant runs out; a <see cref="ProgressionStep.Hold"/>
    /// when nothing is lower.
    /// </summary>
    public static Move Detrain(Exercise exercise, int variantIndex, Dosage dosage, int steps, ProgressionPolicy policy, Assessment? assessment)
    {
        var index = variantIndex;
        var current = dosage;
        var taken = 0;
        var changedVariant = false;
        for (; taken < steps; taken++)
        {
            if (Ladder.StepBack(exercise.Variants[index], current, policy) is { } back)
            {
                current = back;
                continue;
            }

            if (changedVariant || Ladder.Down(exercise, index, current, assessment, policy) is not { Step: ProgressionStep.Regress } down
                || down.To.VariantId == exercise.Variants[index].Id)
            {
                break;
            }

            index = exercise.IndexOf(down.To.VariantId);
            current = down.To.Dosage;
            changedVariant = true;
        }

        var from = exercise.Variants[variantIndex];
        var to = exercise.Variants[index];
        var here = new Prescription(exercise.Id, from.Id, from.Tier, dosage);
        if (taken == 0)
        {
            return new Move(ProgressionStep.Hold, here, () => $"{from.Name} at {dosage} is already the easiest level, so it stays there");
        }

        var landed = current;
        var stepsTaken = taken;
        return new Move(ProgressionStep.Regress, new Prescription(exercise.Id, to.Id, to.Tier, landed), () => changedVariant
            ? $"{Steps(stepsTaken, steps)} back for detraining, down to {to.Name}: {from.Name} at {dosage} → {to.Name} at {landed}"
            : $"{Steps(stepsTaken, steps)} back for detraining: {Ladder.Change(from, dosage, landed)}");
    }

    /// <summary>
    /// The client as the break left them on <paramref name="report"/>'s day: every exercise the plan stepped back for
    /// the break (not paused, not lowered that day by another rule) stepped back, streaks reset, so a review judges the
    /// session against the dose the plan prescribed. The same client when the
    /// break is shorter than <see cref="ProgressionPolicy.BreakDaysPerStep"/>.
    /// </summary>
    public static ClientState Detrained(ExerciseCatalog catalog, ClientState client, SessionReport report, ProgressionPolicy policy)
    {
        int? days = client.LastSessionDate is { } last ? report.Date.DayNumber - last.DayNumber : report.CheckIn?.DaysSinceLastSession;
        var steps = StepsAway(days, policy);
        if (steps <= 0)
        {
            return client;
        }

        var detrained = client;
        foreach (var (exerciseId, progress) in client.Progress)
        {
            if (progress.Paused || !catalog.TryGet(exerciseId, out var exercise) || exercise.IndexOf(progress.VariantId) is not (>= 0 and var index))
            {
                continue;
            }

            // As in the plan (BreakStepsBack): a flare, lingering soreness or missing equipment already lowers the day by
            // its own rule, and one lowering a day is all the review may store.
            if (SafetyRules.DayLowering(exercise, client, report.CheckIn, policy) is not null
                || !SelectionRules.HasEquipment(client, exercise.Variants[index]))
            {
                continue;
            }

            var move = Detrain(exercise, index, progress.Dosage, steps, policy, client.Assessment);
            if (move.Step == ProgressionStep.Regress)
            {
                detrained = detrained.WithProgress(exerciseId, progress with
                {
                    VariantId = move.To.VariantId,
                    Tier = move.To.Tier,
                    Dosage = move.To.Dosage,
                    SuccessStreak = 0,
                    FailureStreak = 0,
                    HardStreak = 0,
                });
            }
        }

        return detrained;
    }

    private static string Steps(int taken, int wanted) => taken == wanted
        ? (taken == 1 ? "one dose step" : $"{taken} dose steps")
        : $"{taken} of {wanted} dose steps (no lower dose left)";

    internal static string Days(int days) => days.ToString(CultureInfo.InvariantCulture) + " days";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
