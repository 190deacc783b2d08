using System.Text;
using System.Text.Json;

namespace Progression;

/// <summary>
/// An <see cref="ExerciseCatalog"/> as a JSON document a coach can edit: <c>{ "Exercises": [ … ] }</c>, each exercise
/// with its ladder of variants, every property named as in C#. <see cref="Write"/> exports a catalog (start from
/// <see cref="ExerciseCatalog.BuiltIn"/>); <see cref="Read"/> loads one, listing every problem at once with its JSON
/// path. The document's schema is <see cref="Schema"/>, also shipped in the package as
/// <c>schemas/exercise-catalog.schema.json</c>.
/// </summary>
/// <remarks>
/// Reading and writing are pure: text in, text out. The host reads and writes files.
/// </remarks>
public static class ExerciseCatalogJson
{
    private const string CatalogDocument = "catalog";
    private const string ExercisesProperty = "Exercises";
    private static readonly Lazy<string> SchemaText = new(() => EmbeddedJsonSchema.Read("exercise-catalog.schema.json"));

    private static readonly string[] RootProperties = [JsonReading.SchemaProperty, ExercisesProperty];

    private static readonly string[] ExerciseProperties =
    [
        nameof(Exercise.Id), nameof(Exercise.Name), nameof(Exercise.Pattern), nameof(Exercise.Region), nameof(Exercise.LoadsLumbarSpine), nameof(Exercise.TargetMuscles),
        nameof(Exercise.IsStretch), nameof(Exercise.Source), nameof(Exercise.Variants),
    ];

    private static readonly string[] VariantProperties =
    [
        nameof(ExerciseVariant.Id), nameof(ExerciseVariant.Name), nameof(ExerciseVariant.Tier), nameof(ExerciseVariant.Measure),
        nameof(ExerciseVariant.Equipment), nameof(ExerciseVariant.StandIns), nameof(ExerciseVariant.Sets),
        nameof(ExerciseVariant.Reps), nameof(ExerciseVariant.HoldSeconds), nameof(ExerciseVariant.Load),
        nameof(ExerciseVariant.IsUnilateral), nameof(ExerciseVariant.Cue),
    ];

    private static readonly string[] DoseRangeProperties = [nameof(DoseRange.Min), nameof(DoseRange.Max), nameof(DoseRange.Step)];

    private static readonly string[] LoadRangeProperties =
        [nameof(LoadRange.StartKg), nameof(LoadRange.MaxKg), nameof(LoadRange.SmallestStepKg)];

    /// <summary>The JSON Schema (draft 2020-12) of a catalog document, for editors and for checking files before a deploy.</summary>
    public static string Schema => SchemaText.Value;

    /// <summary>
    /// The catalog as an indented JSON document, in catalog order. Every property is written except
    /// <see cref="ExerciseVariant.StandIns"/> when empty and the range a variant does not have.
    /// </summary>
    /// <param name="catalog">The catalog, e.g. <see cref="ExerciseCatalog.BuiltIn"/>.</param>
    /// <returns>The document.</returns>
    public static string Write(ExerciseCatalog catalog)
    {
        Preconditions.NotNull(catalog, nameof(catalog));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonReading.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray(ExercisesProperty);
            foreach (var exercise in catalog.Exercises)
            {
                WriteExercise(writer, exercise);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Loads a catalog document; an exercise needs its <c>Region</c>. Optional properties: an exercise's <c>LoadsLumbarSpine</c> (false), <c>IsStretch</c> (default: its pattern is
    /// Mobility) and <c>Source</c>; a variant's <c>Equipment</c> (none), <c>StandIns</c> (none), <c>Sets</c> (3),
    /// <c>IsUnilateral</c> (false), <c>Cue</c> (empty), and the ranges, which
    /// <see cref="ExerciseCatalog.Validate"/> requires as the measure and tier need them. Comments and trailing
    /// commas are allowed.
    /// </summary>
    /// <param name="json">The document.</param>
    /// <returns>The catalog, checked as <see cref="ExerciseCatalog.Create"/> checks it.</returns>
    /// <exception cref="ProgressionJsonException">
    /// Every problem at once: invalid JSON, an unknown or missing property, a value of the wrong type or out of
    /// range, and every problem <see cref="ExerciseCatalog.Validate"/> finds, each at the path of what it concerns.
    /// </exception>
    public static ExerciseCatalog Read(string json)
    {
        Preconditions.NotNull(json, nameof(json));
        var reading = new JsonReading();
        using var document = reading.Parse(json);
        var exercises = new List<Exercise>();
        if (document is not null && reading.Object(document.RootElement, "$", RootProperties)
            && reading.Property(document.RootElement, ExercisesProperty, "$", required: true) is { } array)
        {
            const string arrayPath = "$." + ExercisesProperty;
            if (array.ValueKind != JsonValueKind.Array)
            {
                reading.Add(arrayPath, $"{ExercisesProperty} must be an array of exercises; was {JsonReading.Show(array)}.");
            }
            else
            {
                var index = 0;
                var reported = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in array.EnumerateArray())
                {
                    if (ReadExercise(reading, item, JsonReading.Item(arrayPath, index++), reported) is { } exercise)
                    {
                        exercises.Add(exercise);
                    }
                }

                // What is left is between exercises (an id used twice); the sentence names both. Every exercise whose
                // ladder could be read takes part, even one with problems of its own.
                foreach (var problem in ExerciseCatalog.Validate(exercises).Where(reported.Add))
                {
                    reading.Add(arrayPath, problem);
                }
            }
        }

        return reading.Problems.Count == 0
            ? ExerciseCatalog.Create(exercises)
            : throw new ProgressionJsonException(CatalogDocument, reading.Problems);
    }

    /// <summary>
    /// The exercise, or <see langword="null"/> when its id, name or ladder could not be read; every problem is
    /// reported. An exercise is returned with problems of its own (for the checks between exercises): the catalog is
    /// made only when there is no problem at all.
    /// </summary>
    private static Exercise? ReadExercise(JsonReading reading, JsonElement element, string path, HashSet<string> reported)
    {
        if (!reading.Object(element, path, ExerciseProperties))
        {
            return null;
        }

        var id = reading.String(element, nameof(Exercise.Id), path, required: true);
        var name = reading.String(element, nameof(Exercise.Name), path, required: true);
        var pattern = reading.Enum<MovementPattern>(element, nameof(Exercise.Pattern), path, required: true);
        var region = reading.Enum<BackRegion>(element, nameof(Exercise.Region), path, required: true);
        var lumbar = reading.Bool(element, nameof(Exercise.LoadsLumbarSpine), path);
        var targets = reading.EnumArray<BodySite>(element, nameof(Exercise.TargetMuscles), path, required: true);
        var isStretch = reading.Bool(element, nameof(Exercise.IsStretch), path);
        var source = reading.String(element, nameof(Exercise.Source), path, required: false);
        var variants = ReadVariants(reading, element, path, reported);
        if (id is null || name is null)
        {
            return null;
        }

        // Made even when another part is wrong (with stand-ins for what could not be read), so that a bad id or name
        // is reported too.
        var exercise = reading.Construct(path, () => new Exercise(id, name, pattern ?? MovementPattern.Mobility, targets ?? [], variants ?? [])
        {
            IsStretch = isStretch ?? pattern == MovementPattern.Mobility,
            Region = region ?? BackRegion.Below,
            LoadsLumbarSpine = lumbar ?? false,
            Source = source ?? "",
        });
        if (exercise is null || variants is null)
        {
            return null;
        }

        // The ladder as a whole: no variants, tiers going down, a variant id used twice in it. Each variant's own
        // problems were reported at the variant's path already.
        foreach (var problem in ExerciseCatalog.Validate([exercise]).Where(reported.Add))
        {
            reading.Add(JsonReading.Child(path, nameof(Exercise.Variants)), problem);
        }

        return exercise;
    }

    private static List<ExerciseVariant>? ReadVariants(JsonReading reading, JsonElement exercise, string exercisePath, HashSet<string> reported)
    {
        if (reading.Property(exercise, nameof(Exercise.Variants), exercisePath, required: true) is not { } array)
        {
            return null;
        }

        var path = JsonReading.Child(exercisePath, nameof(Exercise.Variants));
        if (array.ValueKind != JsonValueKind.Array)
        {
            reading.Add(path, $"{nameof(Exercise.Variants)} must be an array of variants, easiest first; was {JsonReading.Show(array)}.");
            return null;
        }

        var variants = new List<ExerciseVariant>();
        var complete = true;
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var variantPath = JsonReading.Item(path, index++);
            if (ReadVariant(reading, item, variantPath) is { } variant)
            {
                // The variant's own rules (its measure's range, load on the loaded tier, stand-ins), checked alone in
                // a one-rung ladder so that each problem is reported at this variant's path.
                var probe = new Exercise("probe", "probe", MovementPattern.Mobility, [], [variant]) { Region = BackRegion.Below };
                foreach (var problem in ExerciseCatalog.Validate([probe]))
                {
                    reported.Add(problem);
                    reading.Add(variantPath, problem);
                }

                variants.Add(variant);
            }
            else
            {
                complete = false;
            }
        }

        return complete ? variants : null;
    }

    private static ExerciseVariant? ReadVariant(JsonReading reading, JsonElement element, string path)
    {
        if (!reading.Object(element, path, VariantProperties))
        {
            return null;
        }

        var before = reading.Problems.Count;
        var id = reading.String(element, nameof(ExerciseVariant.Id), path, required: true);
        var name = reading.String(element, nameof(ExerciseVariant.Name), path, required: true);
        var tier = reading.Enum<Tier>(element, nameof(ExerciseVariant.Tier), path, required: true);
        var measure = reading.Enum<DoseMeasure>(element, nameof(ExerciseVariant.Measure), path, required: true);
        var equipment = reading.EnumArray<Equipment>(element, nameof(ExerciseVariant.Equipment), path, required: false) ?? [];
        var standIns = ReadStandIns(reading, element, path);
        var sets = reading.Property(element, nameof(ExerciseVariant.Sets), path, required: false) is { } setsValue
            ? reading.Whole(setsValue, nameof(ExerciseVariant.Sets), JsonReading.Child(path, nameof(ExerciseVariant.Sets)))
            : 3;
        var reps = ReadDoseRange(reading, element, nameof(ExerciseVariant.Reps), path);
        var hold = ReadDoseRange(reading, element, nameof(ExerciseVariant.HoldSeconds), path);
        var load = ReadLoadRange(reading, element, path);
        var isUnilateral = reading.Bool(element, nameof(ExerciseVariant.IsUnilateral), path);
        var cue = reading.String(element, nameof(ExerciseVariant.Cue), path, required: false);

        // Sets is checked on its own (an initializer stops at the first bad value), so a bad id and a bad Sets are
        // both reported; the variant is made even when another part is wrong, for the checks of its constructor.
        var setsChecked = sets is { } count
            && reading.Construct(path, () => new ExerciseVariant("probe", "probe", Tier.Assisted, DoseMeasure.Reps) { Sets = count }) is not null;
        if (id is null || name is null || tier is null || measure is null)
        {
            return null;
        }

        var variant = reading.Construct(path, () => new ExerciseVariant(id, name, tier.Value, measure.Value, [.. equipment])
        {
            StandIns = standIns,
            Sets = setsChecked ? sets!.Value : 3,
            Reps = reps,
            HoldSeconds = hold,
            Load = load,
            IsUnilateral = isUnilateral ?? false,
            Cue = cue ?? "",
        });
        return reading.Problems.Count == before ? variant : null;
    }

    private static Dictionary<Equipment, Equipment> ReadStandIns(JsonReading reading, JsonElement variant, string variantPath)
    {
        var standIns = new Dictionary<Equipment, Equipment>();
        if (reading.Property(variant, nameof(ExerciseVariant.StandIns), variantPath, required: false) is not { } element)
        {
            return standIns;
        }

        var path = JsonReading.Child(variantPath, nameof(ExerciseVariant.StandIns));
        if (element.ValueKind != JsonValueKind.Object)
        {
            reading.Add(path, $"{nameof(ExerciseVariant.StandIns)} must be an object from needed equipment to what may replace it, e.g. {{ \"Bench\": \"Chair\" }}; was {JsonReading.Show(element)}.");
            return standIns;
        }

        foreach (var property in element.EnumerateObject())
        {
            var itemPath = JsonReading.Child(path, property.Name);
            var needed = Enum.TryParse<Equipment>(property.Name, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
                && !int.TryParse(property.Name, out _)
                ? parsed
                : (Equipment?)null;
            if (needed is null)
            {
                reading.Add(itemPath, $"{nameof(ExerciseVariant.StandIns)} keys must be one of {string.Join(", ", Enum.GetNames<Equipment>())}; was \"{property.Name}\".");
            }

            var standIn = reading.Enum<Equipment>(property.Value, nameof(ExerciseVariant.StandIns), itemPath);
            if (needed is { } key && standIn is { } value)
            {
                standIns[key] = value;
            }
        }

        return standIns;
    }

    private static DoseRange? ReadDoseRange(JsonReading reading, JsonElement variant, string name, string variantPath)
    {
        if (reading.Property(variant, name, variantPath, required: false) is not { } element)
        {
            return null;
        }

        var path = JsonReading.Child(variantPath, name);
        if (!reading.Object(element, path, DoseRangeProperties))
        {
            return null;
        }

        var min = RangeNumber(reading, element, nameof(DoseRange.Min), path);
        var max = RangeNumber(reading, element, nameof(DoseRange.Max), path);
        var step = RangeNumber(reading, element, nameof(DoseRange.Step), path);
        return min is { } a && max is { } b && step is { } c ? reading.Construct(path, () => new DoseRange(a, b, c)) : null;
    }

    private static LoadRange? ReadLoadRange(JsonReading reading, JsonElement variant, string variantPath)
    {
        if (reading.Property(variant, nameof(ExerciseVariant.Load), variantPath, required: false) is not { } element)
        {
            return null;
        }

        var path = JsonReading.Child(variantPath, nameof(ExerciseVariant.Load));
        if (!reading.Object(element, path, LoadRangeProperties))
        {
            return null;
        }

        var start = RangeNumber(reading, element, nameof(LoadRange.StartKg), path);
        var max = RangeNumber(reading, element, nameof(LoadRange.MaxKg), path);
        var step = RangeNumber(reading, element, nameof(LoadRange.SmallestStepKg), path);
        return start is { } a && max is { } b && step is { } c ? reading.Construct(path, () => new LoadRange(a, b, c)) : null;
    }

    private static double? RangeNumber(JsonReading reading, JsonElement range, string name, string rangePath) =>
        reading.Property(range, name, rangePath, required: true) is { } value
            ? reading.Number(value, name, JsonReading.Child(rangePath, name))
            : null;

    private static void WriteExercise(Utf8JsonWriter writer, Exercise exercise)
    {
        writer.WriteStartObject();
        writer.WriteString(nameof(Exercise.Id), exercise.Id);
        writer.WriteString(nameof(Exercise.Name), exercise.Name);
        writer.WriteString(nameof(Exercise.Pattern), exercise.Pattern.ToString());
        if (exercise.Region is { } region)
        {
            writer.WriteString(nameof(Exercise.Region), region.ToString());
        }

        writer.WriteBoolean(nameof(Exercise.LoadsLumbarSpine), exercise.LoadsLumbarSpine);
        WriteNames(writer, nameof(Exercise.TargetMuscles), exercise.TargetMuscles);
        writer.WriteBoolean(nameof(Exercise.IsStretch), exercise.IsStretch);
        writer.WriteString(nameof(Exercise.Source), exercise.Source);
        writer.WriteStartArray(nameof(Exercise.Variants));
        foreach (var variant in exercise.Variants)
        {
            WriteVariant(writer, variant);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteVariant(Utf8JsonWriter writer, ExerciseVariant variant)
    {
        writer.WriteStartObject();
        writer.WriteString(nameof(ExerciseVariant.Id), variant.Id);
        writer.WriteString(nameof(ExerciseVariant.Name), variant.Name);
        writer.WriteString(nameof(ExerciseVariant.Tier), variant.Tier.ToString());
        writer.WriteString(nameof(ExerciseVariant.Measure), variant.Measure.ToString());
        WriteNames(writer, nameof(ExerciseVariant.Equipment), variant.Equipment);
        if (variant.StandIns.Count > 0)
        {
            writer.WriteStartObject(nameof(ExerciseVariant.StandIns));
            foreach (var (needed, standIn) in variant.StandIns.OrderBy(pair => pair.Key))
            {
                writer.WriteString(needed.ToString(), standIn.ToString());
            }

            writer.WriteEndObject();
        }

        writer.WriteNumber(nameof(ExerciseVariant.Sets), variant.Sets);
        WriteDoseRange(writer, nameof(ExerciseVariant.Reps), variant.Reps);
        WriteDoseRange(writer, nameof(ExerciseVariant.HoldSeconds), variant.HoldSeconds);
        if (variant.Load is { } load)
        {
            writer.WriteStartObject(nameof(ExerciseVariant.Load));
            writer.WriteNumber(nameof(LoadRange.StartKg), load.StartKg);
            writer.WriteNumber(nameof(LoadRange.MaxKg), load.MaxKg);
            writer.WriteNumber(nameof(LoadRange.SmallestStepKg), load.SmallestStepKg);
            writer.WriteEndObject();
        }

        writer.WriteBoolean(nameof(ExerciseVariant.IsUnilateral), variant.IsUnilateral);
        writer.WriteString(nameof(ExerciseVariant.Cue), variant.Cue);
        writer.WriteEndObject();
    }

    private static void WriteDoseRange(Utf8JsonWriter writer, string name, DoseRange? range)
    {
        if (range is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber(nameof(DoseRange.Min), range.Min);
        writer.WriteNumber(nameof(DoseRange.Max), range.Max);
        writer.WriteNumber(nameof(DoseRange.Step), range.Step);
        writer.WriteEndObject();
    }

    private static void WriteNames<T>(Utf8JsonWriter writer, string name, IEnumerable<T> values)
        where T : struct, Enum
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value.ToString());
        }

        writer.WriteEndArray();
    }
}
