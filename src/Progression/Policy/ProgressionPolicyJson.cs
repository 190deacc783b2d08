using System.Text;
using System.Text.Json;

namespace Progression;

/// <summary>
/// A <see cref="ProgressionPolicy"/> as a JSON document a coach can edit: one property per threshold, named as in C#
/// (<c>{ "SuccessesToProgress": 3, "PainModel": "PainMonitoring" }</c>). <see cref="Write"/> exports a policy (start
/// from a built-in one); <see cref="Read(string)"/> loads one, listing every problem at once. The document's schema
/// is <see cref="Schema"/>, also shipped in the package as <c>schemas/progression-policy.schema.json</c>.
/// </summary>
/// <remarks>
/// Reading and writing are pure: text in, text out. The host reads and writes files.
/// </remarks>
public static class ProgressionPolicyJson
{
    private const string PolicyDocument = "policy";
    private static readonly Lazy<string> SchemaText = new(() => EmbeddedJsonSchema.Read("progression-policy.schema.json"));

    /// <summary>
    /// One policy property: its JSON name, how its value is written and read. Every property of
    /// <see cref="ProgressionPolicy"/> has one (a test compares this list with the record's properties).
    /// </summary>
    private sealed record Field(
        string Name,
        Action<Utf8JsonWriter, ProgressionPolicy> Write,
        Func<JsonReading, JsonElement, string, ProgressionPolicy, ProgressionPolicy> Read);

    private static Field Whole(string name, Func<ProgressionPolicy, int> get, Func<ProgressionPolicy, int, ProgressionPolicy> set) =>
        new(name,
            (writer, policy) => writer.WriteNumber(name, get(policy)),
            (reading, value, path, policy) => reading.Whole(value, name, path) is { } whole ? set(policy, whole) : policy);

    private static Field Number(string name, Func<ProgressionPolicy, double> get, Func<ProgressionPolicy, double, ProgressionPolicy> set) =>
        new(name,
            (writer, policy) => writer.WriteNumber(name, get(policy)),
            (reading, value, path, policy) => reading.Number(value, name, path) is { } number ? set(policy, number) : policy);

    private static readonly Field[] Fields =
    [
        new(nameof(ProgressionPolicy.PainModel),
            (writer, policy) => writer.WriteString(nameof(ProgressionPolicy.PainModel), policy.PainModel.ToString()),
            (reading, value, path, policy) => reading.Enum<PainModel>(value, nameof(ProgressionPolicy.PainModel), path) is { } model
                ? policy with { PainModel = model }
                : policy),
        Whole(nameof(ProgressionPolicy.JointPainStopsAbove), p => p.JointPainStopsAbove, (p, v) => p with { JointPainStopsAbove = v }),
        Whole(nameof(ProgressionPolicy.JointPainBlocksProgressionAbove), p => p.JointPainBlocksProgressionAbove, (p, v) => p with { JointPainBlocksProgressionAbove = v }),
        Whole(nameof(ProgressionPolicy.SuccessesToProgress), p => p.SuccessesToProgress, (p, v) => p with { SuccessesToProgress = v }),
        Whole(nameof(ProgressionPolicy.FailuresToDeload), p => p.FailuresToDeload, (p, v) => p with { FailuresToDeload = v }),
        Whole(nameof(ProgressionPolicy.SuccessMaxRpe), p => p.SuccessMaxRpe, (p, v) => p with { SuccessMaxRpe = v }),
        Number(nameof(ProgressionPolicy.LoadIncreasePercent), p => p.LoadIncreasePercent, (p, v) => p with { LoadIncreasePercent = v }),
        Number(nameof(ProgressionPolicy.MinLoadIncreasePercent), p => p.MinLoadIncreasePercent, (p, v) => p with { MinLoadIncreasePercent = v }),
        Number(nameof(ProgressionPolicy.MaxLoadIncreasePercent), p => p.MaxLoadIncreasePercent, (p, v) => p with { MaxLoadIncreasePercent = v }),
        Number(nameof(ProgressionPolicy.MaxWorkGainPercent), p => p.MaxWorkGainPercent, (p, v) => p with { MaxWorkGainPercent = v }),
        Number(nameof(ProgressionPolicy.MaxWorkLossPercent), p => p.MaxWorkLossPercent, (p, v) => p with { MaxWorkLossPercent = v }),
        Number(nameof(ProgressionPolicy.DeloadPercent), p => p.DeloadPercent, (p, v) => p with { DeloadPercent = v }),
        Whole(nameof(ProgressionPolicy.HardHoldsToStepBack), p => p.HardHoldsToStepBack, (p, v) => p with { HardHoldsToStepBack = v }),
        Whole(nameof(ProgressionPolicy.BreakDaysPerStep), p => p.BreakDaysPerStep, (p, v) => p with { BreakDaysPerStep = v }),
        Whole(nameof(ProgressionPolicy.MorningPainRiseToRegress), p => p.MorningPainRiseToRegress, (p, v) => p with { MorningPainRiseToRegress = v }),
        Whole(nameof(ProgressionPolicy.SevereMorningPain), p => p.SevereMorningPain, (p, v) => p with { SevereMorningPain = v }),
        Whole(nameof(ProgressionPolicy.SevereJointPain), p => p.SevereJointPain, (p, v) => p with { SevereJointPain = v }),
        Whole(nameof(ProgressionPolicy.LingeringSorenessIntensity), p => p.LingeringSorenessIntensity, (p, v) => p with { LingeringSorenessIntensity = v }),
        Whole(nameof(ProgressionPolicy.LingeringSorenessDays), p => p.LingeringSorenessDays, (p, v) => p with { LingeringSorenessDays = v }),
        Number(nameof(ProgressionPolicy.MinHamstringQuadRatio), p => p.MinHamstringQuadRatio, (p, v) => p with { MinHamstringQuadRatio = v }),
        Whole(nameof(ProgressionPolicy.HipSetsPerQuadSet), p => p.HipSetsPerQuadSet, (p, v) => p with { HipSetsPerQuadSet = v }),
        Number(nameof(ProgressionPolicy.MinLimbSymmetryIndex), p => p.MinLimbSymmetryIndex, (p, v) => p with { MinLimbSymmetryIndex = v }),
        Number(nameof(ProgressionPolicy.MaxHipFlexorAngle), p => p.MaxHipFlexorAngle, (p, v) => p with { MaxHipFlexorAngle = v }),
        Number(nameof(ProgressionPolicy.MaxFlexorExtensorRatio), p => p.MaxFlexorExtensorRatio, (p, v) => p with { MaxFlexorExtensorRatio = v }),
        Number(nameof(ProgressionPolicy.MinSideBridgeRatio), p => p.MinSideBridgeRatio, (p, v) => p with { MinSideBridgeRatio = v }),
        Number(nameof(ProgressionPolicy.MaxSideBridgeRatio), p => p.MaxSideBridgeRatio, (p, v) => p with { MaxSideBridgeRatio = v }),
        Whole(nameof(ProgressionPolicy.MinExercises), p => p.MinExercises, (p, v) => p with { MinExercises = v }),
        Whole(nameof(ProgressionPolicy.MaxExercises), p => p.MaxExercises, (p, v) => p with { MaxExercises = v }),
        Number(nameof(ProgressionPolicy.AssessedStartFraction), p => p.AssessedStartFraction, (p, v) => p with { AssessedStartFraction = v }),
        Whole(nameof(ProgressionPolicy.MinBelowExercises), p => p.MinBelowExercises, (p, v) => p with { MinBelowExercises = v }),
        Whole(nameof(ProgressionPolicy.MinAroundExercises), p => p.MinAroundExercises, (p, v) => p with { MinAroundExercises = v }),
        Whole(nameof(ProgressionPolicy.MinAboveExercises), p => p.MinAboveExercises, (p, v) => p with { MinAboveExercises = v }),
        Whole(nameof(ProgressionPolicy.MaxLumbarLoadingExercises), p => p.MaxLumbarLoadingExercises, (p, v) => p with { MaxLumbarLoadingExercises = v }),
        Whole(nameof(ProgressionPolicy.AccessoryRotationSessions), p => p.AccessoryRotationSessions, (p, v) => p with { AccessoryRotationSessions = v }),
    ];

    private static readonly string[] KnownProperties = [JsonReading.SchemaProperty, .. Fields.Select(f => f.Name)];

    /// <summary>The JSON Schema (draft 2020-12) of a policy document, for editors and for checking files before a deploy.</summary>
    public static string Schema => SchemaText.Value;

    /// <summary>The policy as an indented JSON document with every property, in the order of <see cref="ProgressionPolicy"/>.</summary>
    /// <param name="policy">The policy, e.g. <see cref="ProgressionPolicy.Default"/> or <see cref="ProgressionPolicy.PainMonitoring"/>.</param>
    /// <returns>The document.</returns>
    public static string Write(ProgressionPolicy policy)
    {
        Preconditions.NotNull(policy, nameof(policy));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonReading.WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var field in Fields)
            {
                field.Write(writer, policy);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Loads a policy document. Properties left out keep the value of <see cref="ProgressionPolicy.Default"/>, so
    /// <c>{ "MaxExercises": 6 }</c> is a whole document. Comments and trailing commas are allowed.
    /// </summary>
    /// <param name="json">The document.</param>
    /// <returns>The policy, checked as <see cref="ProgressionEngineBuilder.Build"/> would check it.</returns>
    /// <exception cref="ProgressionJsonException">
    /// Every problem at once: invalid JSON, an unknown property, a value of the wrong type, a value out of range.
    /// </exception>
    public static ProgressionPolicy Read(string json) => Read(json, ProgressionPolicy.Default);

    /// <summary>Loads a policy document on top of <paramref name="basis"/>: properties left out keep its values.</summary>
    /// <param name="json">The document.</param>
    /// <param name="basis">The policy the document changes, e.g. <see cref="ProgressionPolicy.PainMonitoring"/>.</param>
    /// <returns>The policy, checked as <see cref="ProgressionEngineBuilder.Build"/> would check it.</returns>
    /// <exception cref="ProgressionJsonException">Every problem at once, each with its JSON path.</exception>
    public static ProgressionPolicy Read(string json, ProgressionPolicy basis)
    {
        Preconditions.NotNull(json, nameof(json));
        Preconditions.NotNull(basis, nameof(basis));
        var reading = new JsonReading();
        using var document = reading.Parse(json);
        var policy = basis;
        if (document is not null && reading.Object(document.RootElement, "$", KnownProperties))
        {
            foreach (var field in Fields)
            {
                if (document.RootElement.TryGetProperty(field.Name, out var value))
                {
                    policy = field.Read(reading, value, JsonReading.Child("$", field.Name), policy);
                }
            }

            // Every range is checked too, except where a value could not be read: the basis value standing in for it
            // would be judged instead, so a sentence naming such a property is left out.
            var unread = reading.Problems.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
            var errors = new List<string>();
            policy.Validate(errors);
            foreach (var error in errors.Where(e => !Fields.Any(f => unread.Contains(JsonReading.Child("$", f.Name)) && Names(e, f.Name))))
            {
                AddValidationError(reading, error);
            }
        }

        return reading.Problems.Count == 0 ? policy : throw new ProgressionJsonException(PolicyDocument, reading.Problems);
    }

    private static bool Names(string sentence, string property) =>
        sentence.Split([' ', ':', ';', '.'], StringSplitOptions.RemoveEmptyEntries).Contains(property, StringComparer.Ordinal);

    /// <summary>
    /// <see cref="ProgressionPolicy.Validate"/> words each error "Policy: Name …", naming the property first; the
    /// property is the error's path, and the rest of the sentence (value and allowed range) its message.
    /// </summary>
    private static void AddValidationError(JsonReading reading, string error)
    {
        const string Prefix = "Policy: ";
        var sentence = error.StartsWith(Prefix, StringComparison.Ordinal) ? error[Prefix.Length..] : error;
        var name = sentence.Split(' ', 2)[0];
        reading.Add(Fields.Any(f => f.Name == name) ? JsonReading.Child("$", name) : "$", sentence);
    }
}
