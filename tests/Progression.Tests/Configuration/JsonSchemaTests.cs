using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Progression.Tests.Configuration;

/// <summary>
/// The shipped JSON Schemas (checked with JsonSchema.Net) describe what the loaders accept: the exported built-ins
/// pass, broken documents fail, and the schema's enums, defaults and ranges agree with the C# types.
/// </summary>
public sealed class JsonSchemaTests
{
    private static readonly JsonSchema PolicySchema = JsonSchema.FromText(ProgressionPolicyJson.Schema);
    private static readonly JsonSchema CatalogSchema = JsonSchema.FromText(ExerciseCatalogJson.Schema);

    private static IReadOnlyList<string> Errors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).ToList();
    }

    [Fact]
    public void ExportedBuiltInCatalog_MatchesTheCatalogSchema() =>
        Assert.Empty(Errors(CatalogSchema, ExerciseCatalogJson.Write(ExerciseCatalog.BuiltIn)));

    [Fact]
    public void ExportedBuiltInPolicies_MatchThePolicySchema()
    {
        Assert.Empty(Errors(PolicySchema, ProgressionPolicyJson.Write(ProgressionPolicy.Default)));
        Assert.Empty(Errors(PolicySchema, ProgressionPolicyJson.Write(ProgressionPolicy.PainMonitoring)));
    }

    [Theory]
    [InlineData("""{ "Id": "wall-sit.high", "Name": "High", "Tier": "Assisted", "Measure": "Reps", "HoldSeconds": { "Min": 20, "Max": 60, "Step": 10 } }""")]
    [InlineData("""{ "Id": "wall-sit.high", "Name": "High", "Tier": "Loaded", "Measure": "Reps", "Equipment": ["Dumbbell"], "Reps": { "Min": 8, "Max": 12, "Step": 1 } }""")]
    [InlineData("""{ "Id": "wall-sit.high", "Name": "High", "Tier": "Bodyweight", "Measure": "Reps", "Reps": { "Min": 8, "Max": 12, "Step": 1 }, "Load": { "StartKg": 2, "MaxKg": 10, "SmallestStepKg": 2 } }""")]
    [InlineData("""{ "Id": "Wall Sit", "Name": "High", "Tier": "Assisted", "Measure": "Reps", "Reps": { "Min": 8, "Max": 12, "Step": 1 } }""")]
    [InlineData("""{ "Id": "wall-sit.high", "Name": "High", "Tier": "Assisted", "Measure": "Reps", "Reps": { "Min": 0, "Max": 12, "Step": 1 } }""")]
    [InlineData("""{ "Id": "wall-sit.high", "Name": "High", "Tier": "Assisted", "Measure": "Reps", "Reps": { "Min": 8, "Max": 12, "Step": 1 }, "StandIns": { "Sofa": "Chair" } }""")]
    [InlineData("""{ "Id": "wall-sit.high", "Name": "High", "Tier": "Assisted", "Measure": "Reps", "Reps": { "Min": 8, "Max": 12, "Step": 1 }, "Colour": "red" }""")]
    public void BrokenVariant_IsRejectedByTheSchemaAndByTheLoader(string variant)
    {
        var json = $$"""{ "Exercises": [ { "Id": "wall-sit", "Name": "Wall sit", "Pattern": "KneeDominant", "Region": "Below", "TargetMuscles": [], "Variants": [ {{variant}} ] } ] }""";

        Assert.NotEmpty(Errors(CatalogSchema, json));
        Assert.Throws<ProgressionJsonException>(() => ExerciseCatalogJson.Read(json));
    }

    [Fact]
    public void CatalogSchemaEnums_AreTheCSharpEnumNames()
    {
        var defs = JsonNode.Parse(ExerciseCatalogJson.Schema)!["$defs"]!;

        Assert.Equal(Enum.GetNames<Tier>(), Names(defs["tier"]!));
        Assert.Equal(Enum.GetNames<MovementPattern>(), Names(defs["movementPattern"]!));
        Assert.Equal(Enum.GetNames<BodySite>(), Names(defs["bodySite"]!));
        Assert.Equal(Enum.GetNames<Equipment>(), Names(defs["equipment"]!));
        Assert.Equal(Enum.GetNames<DoseMeasure>(), Names(defs["variant"]!["properties"]!["Measure"]!));
    }

    [Fact]
    public void PolicySchema_HasEveryExportedPropertyWithTheDefaultPolicysValue()
    {
        var properties = JsonNode.Parse(ProgressionPolicyJson.Schema)!["properties"]!.AsObject();
        var exported = JsonNode.Parse(ProgressionPolicyJson.Write(ProgressionPolicy.Default))!.AsObject();

        Assert.Equal(["$schema", .. exported.Select(p => p.Key)], properties.Select(p => p.Key));
        foreach (var (name, value) in exported)
        {
            Assert.True(JsonNode.DeepEquals(value, properties[name]!["default"]), $"{name}: schema default {properties[name]!["default"]}, policy {value}");
        }
    }

    public static TheoryData<string> NumericPolicyProperties()
    {
        var data = new TheoryData<string>();
        foreach (var (name, schema) in JsonNode.Parse(ProgressionPolicyJson.Schema)!["properties"]!.AsObject())
        {
            if (schema!["minimum"] is not null)
            {
                data.Add(name);
            }
        }

        return data;
    }

    /// <summary>Just past each end of the schema's range, the loader (ProgressionPolicy's own checks) refuses too: the two never drift apart.</summary>
    [Theory]
    [MemberData(nameof(NumericPolicyProperties))]
    public void PolicySchemaRange_IsTheRangeTheLoaderAccepts(string name)
    {
        var schema = JsonNode.Parse(ProgressionPolicyJson.Schema)!["properties"]![name]!;
        var whole = schema["type"]!.GetValue<string>() == "integer";
        var past = whole ? 1 : 0.01;
        var minimum = schema["minimum"]!.GetValue<double>();
        var maximum = schema["maximum"]!.GetValue<double>();

        foreach (var outside in new[] { minimum - past, maximum + past })
        {
            var json = Document(name, outside);
            Assert.NotEmpty(Errors(PolicySchema, json));
            var e = Assert.Throws<ProgressionJsonException>(() => ProgressionPolicyJson.Read(json));
            Assert.Contains(e.Problems, p => p.Path == "$." + name && p.Message.Contains("must be between", StringComparison.Ordinal));
        }

        foreach (var inside in new[] { minimum, maximum })
        {
            var json = Document(name, inside);
            Assert.Empty(Errors(PolicySchema, json));
            // At an end of its own range a value may still break a bound set by another property (MinExercises 20 >
            // MaxExercises 7); its own range is not the complaint.
            var problems = Record.Exception(() => ProgressionPolicyJson.Read(json)) is ProgressionJsonException e ? e.Problems : [];
            Assert.DoesNotContain(problems, p => p.Path == "$." + name && p.Message.Contains("must be between", StringComparison.Ordinal));
        }
    }

    private static string Document(string name, double value) =>
        $$"""{ "{{name}}": {{value.ToString(CultureInfo.InvariantCulture)}} }""";

    private static string[] Names(JsonNode enumSchema) => enumSchema["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
}
