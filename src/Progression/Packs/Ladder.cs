using System.Globalization;

namespace Progression.Packs;

/// <summary>A move on an exercise's ladder: the step and where it lands, with a phrase for the reason (written only when a reason is read).</summary>
internal readonly record struct Move(ProgressionStep Step, Prescription To, Func<string> Describe);

/// <summary>
/// The arithmetic of a ladder: dose up within a variant, then the next variant; load steps
/// clamped to the policy's percentages; deloads; one level down. Pure functions; the rules
/// decide <em>when</em>, this decides <em>to what</em>.
/// </summary>
internal static class Ladder
{
    /// <summary>
    /// The next level up: one range <see cref="DoseRange.Step"/> of reps or seconds; at the top of the range, a load
    /// step (2–10 % where the increments allow; else the smallest increment with the reps or seconds chosen so the
    /// set's work stays within −15 %/+10 %, extending reps or seconds at the lighter load first when the range floor
    /// would push it higher); at the top load, the next variant.
    /// </summary>
    public static Move Up(Exercise exercise, int variantIndex, Dosage dosage, ProgressionPolicy policy, Assessment? assessment = null)
    {
        var variant = exercise.Variants[variantIndex];
        var range = Range(variant);
        var current = Primary(variant, dosage);
        var here = new Prescription(exercise.Id, variant.Id, variant.Tier, dosage);

        if (current < range.Max)
        {
            var to = WithPrimary(variant, dosage, Math.Min(range.Max, current + range.Step));
            return new Move(ProgressionStep.Increase, here with { Dosage = to }, () => $"{Change(variant, dosage, to)}");
        }

        if (variant.Load is { } load && dosage.LoadKg is { } kg && LoadStep(variant, load, dosage, kg, policy) is { } stepped)
        {
            return new Move(ProgressionStep.Increase, here with { Dosage = stepped.To }, stepped.Describe);
        }

        if (variantIndex + 1 < exercise.Variants.Count)
        {
            var next = exercise.Variants[variantIndex + 1];
            if (!SelectionRules.HasEquipment(assessment, next))
            {
                return new Move(ProgressionStep.Hold, here, () => $"the next step, {next.Name}, needs {next.MissingFrom(assessment!.Equipment)}, which you do not have; keep {variant.Name} at {dosage}");
            }

            var to = new Prescription(exercise.Id, next.Id, next.Tier, next.StartingDosage);
            return new Move(ProgressionStep.Advance, to, () => $"move on to {next.Name} at {next.StartingDosage}");
        }

        return new Move(ProgressionStep.Hold, here, () => $"{variant.Name} at {dosage} is the top of this ladder; keep it there");
    }

    /// <summary>The dose after a load step at the top of the range, or <see langword="null"/> when nothing heavier fits the variant.</summary>
    private static (Dosage To, Func<string> Describe)? LoadStep(ExerciseVariant variant, LoadRange load, Dosage dosage, double kg, ProgressionPolicy policy)
    {
        var range = Range(variant);
        var current = Primary(variant, dosage);
        if (LoadIncrement(kg, load.SmallestStepKg, policy) is { } increment)
        {
            // Near the top load the usual step may not fit; a smaller one still counts if it is at least the minimum.
            var heavier = Round(kg + increment);
            while (heavier > load.MaxKg + Tolerance && increment - load.SmallestStepKg >= (kg * policy.MinLoadIncreasePercent / 100) - Tolerance)
            {
                increment = Round(increment - load.SmallestStepKg);
                heavier = Round(kg + increment);
            }

            if (heavier > load.MaxKg + Tolerance)
            {
                return null;
            }

            // Double progression: reps go back to the floor at the heavier load; a hold keeps its time.
            var to = variant.Measure == DoseMeasure.Reps
                ? WithPrimary(variant, dosage with { LoadKg = heavier }, range.Min)
                : dosage with { LoadKg = heavier };
            return (to, () => $"{Change(variant, dosage, to)}");
        }

        // The smallest increment is more than the largest step (a 4 kg kettlebell step on 8 kg is 50 %).
        var next = Round(kg + load.SmallestStepKg);
        if (next > load.MaxKg + Tolerance)
        {
            return null;
        }

        var work = current * kg;
        if (HeldWork(variant, work, next, policy) is { } held)
        {
            var to = WithPrimary(variant, dosage with { LoadKg = next }, held);
            return (to, () => $"the smallest load step, {Kg(load.SmallestStepKg)}, is more than {Pct(policy.MaxLoadIncreasePercent)} of {Kg(kg)}, so the {Unit(variant)} are set to hold the set's work: {Change(variant, dosage, to)}");
        }

        // Even the range floor at the heavier load adds too much work: first extend at the lighter load.
        var extended = current + range.Step;
        if (extended > MaxPrimary(variant))
        {
            return null;
        }

        var longer = WithPrimary(variant, dosage, extended);
        var floorWork = range.Min * next;
        return floorWork > work * (1 + (policy.MaxWorkGainPercent / 100)) + Tolerance
            ? (longer, () => $"{Kg(next)} at the floor of {Number(range.Min)} {Unit(variant)} would change the set's work {Number(work)} → {Number(floorWork)} {WorkUnit(variant)} ({SignedPct(Percent(work, floorWork))}), more than {SignedPct(policy.MaxWorkGainPercent)}; extend at {Kg(kg)} first: {Change(variant, dosage, longer)}")
            : (longer, () => $"no whole number of {Unit(variant)} at {Kg(next)} keeps the set's work within {SignedPct(-policy.MaxWorkLossPercent)}/{SignedPct(policy.MaxWorkGainPercent)} of {Number(work)} {WorkUnit(variant)}; extend at {Kg(kg)} first: {Change(variant, dosage, longer)}");
    }

    /// <summary>
    /// The reps or seconds at <paramref name="heavier"/> that hold <paramref name="work"/> within the policy's window
    /// (−15 %/+10 % by default), no lower than the range floor and, where the window allows, no higher than its top:
    /// the closest to equal work, fewer on a tie; <see langword="null"/> when even the floor adds too much.
    /// </summary>
    private static double? HeldWork(ExerciseVariant variant, double work, double heavier, ProgressionPolicy policy)
    {
        var range = Range(variant);
        var lowest = Math.Max(Math.Ceiling(range.Min - Tolerance), Math.Ceiling((work * (1 - (policy.MaxWorkLossPercent / 100)) / heavier) - Tolerance));
        var highest = Math.Floor((work * (1 + (policy.MaxWorkGainPercent / 100)) / heavier) + Tolerance);
        highest = Math.Min(highest, MaxPrimary(variant));
        if (lowest > highest)
        {
            return null;
        }

        // Inside the range where the window allows it: above its top is a dose of this variant only as an extension.
        if (lowest <= range.Max)
        {
            highest = Math.Min(highest, Math.Floor(range.Max + Tolerance));
        }

        var best = lowest;
        for (var value = lowest + 1; value <= highest; value++)
        {
            if (Math.Abs((value * heavier) - work) < Math.Abs((best * heavier) - work) - Tolerance)
            {
                best = value;
            }
        }

        return best;
    }

    /// <summary>
    /// One level down: the nearest lower variant whose equipment the client has, at its top dose; when there is none
    /// (the first rung, or no lower one can be done), one dose step back on the current variant (see
    /// <see cref="StepBack"/>); a <see cref="ProgressionStep.Pause"/> when the variant is already at its starting dose.
    /// </summary>
    public static Move Down(Exercise exercise, int variantIndex, Dosage dosage, Assessment? assessment, ProgressionPolicy? policy = null)
    {
        if (Previous(exercise, variantIndex, assessment) is { } previous)
        {
            return previous;
        }

        var variant = exercise.Variants[variantIndex];
        var here = new Prescription(exercise.Id, variant.Id, variant.Tier, dosage);
        if (StepBack(variant, dosage, policy ?? ProgressionPolicy.Default) is { } back)
        {
            return new Move(ProgressionStep.Regress, here with { Dosage = back }, () => $"one dose step back on {variant.Name}, the easiest level you can do: {Change(variant, dosage, back)}");
        }

        return new Move(ProgressionStep.Pause, here, () => $"{variant.Name} at {dosage} is already the easiest level");
    }

    /// <summary>
    /// One dose step lower without leaving the variant when it can (see <see cref="StepBack"/>), else the previous
    /// variant the client can do at its top dose; a <see cref="ProgressionStep.Hold"/> when neither exists.
    /// </summary>
    public static Move StepDown(Exercise exercise, int variantIndex, Dosage dosage, ProgressionPolicy policy, Assessment? assessment)
    {
        var variant = exercise.Variants[variantIndex];
        var here = new Prescription(exercise.Id, variant.Id, variant.Tier, dosage);
        if (StepBack(variant, dosage, policy) is { } back)
        {
            return new Move(ProgressionStep.Regress, here with { Dosage = back }, () => $"one dose step back: {Change(variant, dosage, back)}");
        }

        return Previous(exercise, variantIndex, assessment)
            ?? new Move(ProgressionStep.Hold, here, () => $"{variant.Name} at {dosage} is already the lowest dose; stay there");
    }

    /// <summary>
    /// One dose step back on the same variant, the inverse of <see cref="Up"/> inside a variant: one range
    /// <see cref="DoseRange.Step"/> fewer reps or seconds, never below the range floor; at the floor of a loaded
    /// variant, one load step lighter (the increment <see cref="LoadIncrement"/> would add, else the smallest
    /// increment), never below the variant's lightest load, with the most reps in the range that do less work than
    /// before (a hold keeps its time): a step back never adds work. <see langword="null"/> at the variant's starting dose.
    /// </summary>
    public static Dosage? StepBack(ExerciseVariant variant, Dosage dosage, ProgressionPolicy policy)
    {
        var range = Range(variant);
        var current = Primary(variant, dosage);
        if (current > range.Min + Tolerance)
        {
            return WithPrimary(variant, dosage, Math.Max(range.Min, current - range.Step));
        }

        if (variant.Load is { } load && dosage.LoadKg is { } kg && kg > load.StartKg + Tolerance)
        {
            var increment = LoadIncrement(kg, load.SmallestStepKg, policy) ?? load.SmallestStepKg;
            var lighter = Round(Math.Max(load.StartKg, kg - increment));
            if (variant.Measure != DoseMeasure.Reps)
            {
                return dosage with { LoadKg = lighter };
            }

            // A step back never adds work: at the lighter load, the most reps in the range that do less than now
            // (the range floor always does, as it is lighter at the same reps).
            var work = current * kg;
            var reps = Math.Max(range.Min, Math.Min(range.Max, Math.Ceiling((work / lighter) - Tolerance) - 1));
            return WithPrimary(variant, dosage with { LoadKg = lighter }, reps);
        }

        return null;
    }

    /// <summary>The nearest lower variant whose equipment the client has, at the top of its range; <see langword="null"/> when none.</summary>
    private static Move? Previous(Exercise exercise, int variantIndex, Assessment? assessment)
    {
        for (var i = variantIndex - 1; i >= 0; i--)
        {
            var previous = exercise.Variants[i];
            if (SelectionRules.HasEquipment(assessment, previous))
            {
                var top = WithPrimary(previous, previous.StartingDosage, Range(previous).Max);
                return new Move(ProgressionStep.Regress, new Prescription(exercise.Id, previous.Id, previous.Tier, top), () => $"back to {previous.Name} at {top}");
            }
        }

        return null;
    }

    /// <summary>
    /// About <see cref="ProgressionPolicy.DeloadPercent"/> less work (10 %; anything from half to one and a half
    /// times that counts): by load alone where the increments allow; else by reps or seconds at the same load; else a
    /// lighter load with reps or seconds chosen to land in the window; never below the variant's lightest load. With no
    /// lower dose on the variant, one level down (<see cref="Down"/>).
    /// </summary>
    public static Move Deload(Exercise exercise, int variantIndex, Dosage dosage, ProgressionPolicy policy, Assessment? assessment)
    {
        var variant = exercise.Variants[variantIndex];
        if (variant.Load is not { } load || dosage.LoadKg is not { } kg || kg <= 0)
        {
            return Down(exercise, variantIndex, dosage, assessment, policy);
        }

        var range = Range(variant);
        var current = Primary(variant, dosage);
        var work = current * kg;
        var wanted = work * (1 - (policy.DeloadPercent / 100));
        var least = work * (1 - (policy.DeloadPercent * 1.5 / 100));
        var most = work * (1 - (policy.DeloadPercent * 0.5 / 100));
        bool InWindow(double w) => w >= least - Tolerance && w <= most + Tolerance;

        Dosage? to = null;

        // 1. By load alone: the lighter load on the equipment's grid closest to the wanted work.
        for (var lighter = Round(kg - load.SmallestStepKg); lighter >= load.StartKg - Tolerance; lighter = Round(lighter - load.SmallestStepKg))
        {
            var w = current * lighter;
            if (InWindow(w) && (to is null || Math.Abs(w - wanted) < Math.Abs(Work(variant, to) - wanted)))
            {
                to = dosage with { LoadKg = lighter };
            }
        }

        // 2. By reps or seconds at the same load, never below the range floor.
        if (to is null && Closest(range.Min, current - 1, kg, wanted, InWindow) is { } fewer)
        {
            to = WithPrimary(variant, dosage, fewer);
        }

        // 3. One increment lighter, with reps or seconds set to land in the window.
        var next = Round(kg - load.SmallestStepKg);
        if (to is null && next >= load.StartKg - Tolerance && Closest(range.Min, MaxPrimary(variant), next, wanted, InWindow) is { } matched)
        {
            to = WithPrimary(variant, dosage with { LoadKg = next }, matched);
        }

        if (to is null)
        {
            var down = Down(exercise, variantIndex, dosage, assessment, policy);
            return down with { Describe = () => $"no lower dose of {variant.Name} at or above its lightest load, {Kg(load.StartKg)}, takes about {Pct(policy.DeloadPercent)} of the work off: {down.Describe()}" };
        }

        var deloaded = to;
        return new Move(ProgressionStep.Deload, new Prescription(exercise.Id, variant.Id, variant.Tier, deloaded),
            () => $"deload about {Pct(policy.DeloadPercent)} of the work: {Change(variant, dosage, deloaded)}");
    }

    /// <summary>The whole reps or seconds between <paramref name="low"/> and <paramref name="high"/> at <paramref name="kg"/> closest to <paramref name="wanted"/> work inside the window.</summary>
    private static double? Closest(double low, double high, double kg, double wanted, Func<double, bool> inWindow)
    {
        double? best = null;
        for (var value = Math.Ceiling(low - Tolerance); value <= high + Tolerance; value++)
        {
            var w = value * kg;
            if (inWindow(w) && (best is null || Math.Abs(w - wanted) < Math.Abs((best.Value * kg) - wanted) - Tolerance))
            {
                best = value;
            }
        }

        return best;
    }

    /// <summary>
    /// The load increase closest to the policy's usual percentage that the equipment allows and that
    /// stays between the policy's minimum and maximum; <see langword="null"/> when even one smallest
    /// step is above the maximum.
    /// </summary>
    public static double? LoadIncrement(double kg, double smallestStep, ProgressionPolicy policy)
    {
        if (kg <= 0)
        {
            return smallestStep;
        }

        if (smallestStep / kg * 100 > policy.MaxLoadIncreasePercent + 1e-9)
        {
            return null;
        }

        var wanted = kg * policy.LoadIncreasePercent / 100;
        var steps = Math.Max(1, Math.Round(wanted / smallestStep, MidpointRounding.AwayFromZero));
        while (steps > 1 && steps * smallestStep / kg * 100 > policy.MaxLoadIncreasePercent + 1e-9)
        {
            steps--;
        }

        while (steps * smallestStep / kg * 100 < policy.MinLoadIncreasePercent - 1e-9)
        {
            steps++;
        }

        return Round(steps * smallestStep);
    }

    /// <summary>The variant's range for its measure (reps or seconds).</summary>
    public static DoseRange Range(ExerciseVariant variant)
        => variant.Range ?? throw new InvalidOperationException($"Variant '{variant.Id}' has no range for {variant.Measure}.");

    /// <summary>The reps or seconds of <paramref name="dosage"/>, by the variant's measure.</summary>
    public static double Primary(ExerciseVariant variant, Dosage dosage)
        => variant.Measure == DoseMeasure.Reps
            ? dosage.Reps ?? Range(variant).Min
            : dosage.HoldSeconds ?? Range(variant).Min;

    /// <summary>What one set achieved, in the variant's measure; <see langword="null"/> when not reported.</summary>
    public static double? Achieved(ExerciseVariant variant, SetReport set)
        => variant.Measure == DoseMeasure.Reps ? set.Reps : set.HoldSeconds;

    public static string Kg(double kg) => kg.ToString("0.##", CultureInfo.InvariantCulture) + " kg";

    public static string Pct(double percent) => percent.ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static Dosage WithPrimary(ExerciseVariant variant, Dosage dosage, double value)
        => variant.Measure == DoseMeasure.Reps
            ? dosage with { Reps = (int)Math.Round(value), HoldSeconds = null }
            : dosage with { HoldSeconds = value, Reps = null };

    private static string Unit(ExerciseVariant variant) => variant.Measure == DoseMeasure.Reps ? "reps" : "seconds";

    private static string WorkUnit(ExerciseVariant variant) => variant.Measure == DoseMeasure.Reps ? "kg·reps" : "kg·s";

    /// <summary>The work of one set: reps or seconds × kg; reps or seconds alone when unloaded.</summary>
    internal static double Work(ExerciseVariant variant, Dosage dosage) => Primary(variant, dosage) * (dosage.LoadKg ?? 1);

    /// <summary>The change from <paramref name="before"/> to <paramref name="after"/> in percent (0 when both are 0).</summary>
    internal static double Percent(double before, double after) => before == 0 ? 0 : (after - before) / before * 100;

    /// <summary>
    /// The real change between two doses of a variant, as a reason states it: "load 8 → 12 kg (+50 %), 3 × 12 → 3 × 8
    /// reps, work 96 → 96 kg·reps (0 %)"; the load part is left out when the load is unchanged (then "at 12 kg"),
    /// the work part when the variant is unloaded.
    /// </summary>
    internal static string Change(ExerciseVariant variant, Dosage before, Dosage after)
    {
        // Reps read "3 × 12 → 3 × 8 reps"; holds carry their unit on both sides, "2 × 20 s → 2 × 25 s", as a dose prints.
        var dose = variant.Measure == DoseMeasure.Reps
            ? $"{before.Sets} × {Number(Primary(variant, before))} → {after.Sets} × {Number(Primary(variant, after))} reps"
            : $"{before.Sets} × {Number(Primary(variant, before))} s → {after.Sets} × {Number(Primary(variant, after))} s";
        if (before.LoadKg is not { } fromKg || after.LoadKg is not { } toKg)
        {
            return $"{dose} ({SignedPct(Percent(Primary(variant, before) * before.Sets, Primary(variant, after) * after.Sets))})";
        }

        var from = Work(variant, before);
        var to = Work(variant, after);
        var load = Math.Abs(fromKg - toKg) < Tolerance
            ? $"at {Kg(fromKg)}"
            : $"load {Number(fromKg)} → {Kg(toKg)} ({SignedPct(Percent(fromKg, toKg))})";
        return $"{load}, {dose}, work {Number(from)} → {Number(to)} {WorkUnit(variant)} ({SignedPct(Percent(from, to))})";
    }

    /// <summary>A signed percentage: "+50 %", "−10 %", "0 %".</summary>
    internal static string SignedPct(double percent)
    {
        var rounded = Math.Round(percent, 1);
        return rounded switch
        {
            > 0 => "+" + Pct(rounded),
            < 0 => "−" + Pct(-rounded),
            _ => "0 %",
        };
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The most reps or seconds a dosage can hold (Dosage's own limits).</summary>
    private static double MaxPrimary(ExerciseVariant variant) => variant.Measure == DoseMeasure.Reps ? 200 : 600;

    private const double Tolerance = 1e-9;

    private static double Round(double kg) => Math.Round(kg, 2);
}
