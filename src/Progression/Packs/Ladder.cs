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
    /// <summary>The next level up: more reps or seconds, then more load (loaded variants), then the next variant.</summary>
    public static Move Up(Exercise exercise, int variantIndex, Dosage dosage, ProgressionPolicy policy, Assessment? assessment = null)
    {
        var variant = exercise.Variants[variantIndex];
        var range = Range(variant);
        var current = Primary(variant, dosage);
        var here = new Prescription(exercise.Id, variant.Id, variant.Tier, dosage);

        if (current < range.Max)
        {
            var next = Math.Min(range.Max, current + range.Step);
            var to = WithPrimary(variant, dosage, next);
            return new Move(ProgressionStep.Increase, here with { Dosage = to }, () => $"up to {to}");
        }

        if (variant.Load is { } load && dosage.LoadKg is { } kg)
        {
            var increment = LoadIncrement(kg, load.SmallestStepKg, policy);
            if (increment is null)
            {
                // The smallest step is too big a jump for this load (a 4 kg kettlebell step on 8 kg is 50 %).
                // Grow the reps past the ceiling until the heavier load at the bottom of the range adds no
                // more than the policy's largest step to the set's volume (reps × kg); then take the step.
                var heavier = Round(kg + load.SmallestStepKg);
                if (heavier > load.MaxKg + 1e-9)
                {
                    // Nothing heavier on this variant: fall through to the next variant.
                }
                else if (range.Min * heavier <= current * kg * (1 + (policy.MaxLoadIncreasePercent / 100)) + 1e-9)
                {
                    var stepped = WithPrimary(variant, dosage with { LoadKg = heavier }, range.Min);
                    return new Move(ProgressionStep.Increase, here with { Dosage = stepped },
                        () => $"the smallest load step ({Kg(load.SmallestStepKg)}) is more than {Pct(policy.MaxLoadIncreasePercent)} of {Kg(kg)}, but after {current.ToString("0.#", CultureInfo.InvariantCulture)} {Unit(variant)} it adds no more than that to the set's work: {stepped}");
                }
                else
                {
                    var to = WithPrimary(variant, dosage, current + range.Step);
                    return new Move(ProgressionStep.Increase, here with { Dosage = to },
                        () => $"the smallest load step ({Kg(load.SmallestStepKg)}) would add more than {Pct(policy.MaxLoadIncreasePercent)} to {Kg(kg)}, so the ceiling goes up instead: {to}");
                }
            }
            else if (kg + increment.Value <= load.MaxKg + 1e-9)
            {
                var to = WithPrimary(variant, dosage with { LoadKg = Round(kg + increment.Value) }, range.Min);
                return new Move(ProgressionStep.Increase, here with { Dosage = to }, () => $"load up {Kg(increment.Value)} to {to}");
            }
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

    /// <summary>
    /// One level down: the nearest lower variant whose equipment the client has, at its top dose; on the first
    /// variant (or when no lower one can be done), back to the current variant's starting dose; a
    /// <see cref="ProgressionStep.Pause"/> when nothing is lower.
    /// </summary>
    public static Move Down(Exercise exercise, int variantIndex, Dosage dosage, Assessment? assessment)
    {
        var variant = exercise.Variants[variantIndex];
        for (var i = variantIndex - 1; i >= 0; i--)
        {
            var previous = exercise.Variants[i];
            if (SelectionRules.HasEquipment(assessment, previous))
            {
                var top = WithPrimary(previous, previous.StartingDosage, Range(previous).Max);
                return new Move(ProgressionStep.Regress, new Prescription(exercise.Id, previous.Id, previous.Tier, top), () => $"back to {previous.Name} at {top}");
            }
        }

        var here = new Prescription(exercise.Id, variant.Id, variant.Tier, dosage);
        if (Primary(variant, dosage) > Range(variant).Min || dosage.LoadKg > variant.StartingDosage.LoadKg)
        {
            return new Move(ProgressionStep.Regress, here with { Dosage = variant.StartingDosage }, () => $"back to the starting dose, {variant.StartingDosage}");
        }

        return new Move(ProgressionStep.Pause, here, () => $"{variant.Name} at {dosage} is already the easiest level");
    }

    /// <summary>Less load on a loaded variant (by the policy's deload percentage, rounded down to the equipment's step); one level down otherwise.</summary>
    public static Move Deload(Exercise exercise, int variantIndex, Dosage dosage, ProgressionPolicy policy, Assessment? assessment)
    {
        var variant = exercise.Variants[variantIndex];
        if (variant.Load is not { } load || dosage.LoadKg is not { } kg || kg <= 0)
        {
            return Down(exercise, variantIndex, dosage, assessment);
        }

        var target = kg * (1 - (policy.DeloadPercent / 100));
        var steps = Math.Floor((target / load.SmallestStepKg) + 1e-9);
        var lighter = Round(Math.Min(kg - load.SmallestStepKg, steps * load.SmallestStepKg));
        if (lighter <= 0)
        {
            return Down(exercise, variantIndex, dosage, assessment);
        }

        var to = dosage with { LoadKg = lighter };
        return new Move(ProgressionStep.Deload, new Prescription(exercise.Id, variant.Id, variant.Tier, to),
            () => $"deload {Pct(policy.DeloadPercent)} to {to}");
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

    private static double Round(double kg) => Math.Round(kg, 2);
}
