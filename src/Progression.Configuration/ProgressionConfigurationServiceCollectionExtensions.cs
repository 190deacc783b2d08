using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Progression;

/// <summary>
/// Registers the progression engine from a host's configuration, so coaches change thresholds and exercises in files
/// rather than in C#. The section has two keys, both optional:
/// <list type="bullet">
/// <item><c>Policy</c>: policy values by <see cref="ProgressionPolicy"/> property name
/// (<c>"Policy": { "SuccessesToProgress": 3, "PainModel": "PainMonitoring" }</c>); the ones left out keep
/// <see cref="ProgressionPolicy.Default"/>'s values.</item>
/// <item><c>CatalogFile</c>: the path of a catalog document (<see cref="ExerciseCatalogJson"/>) that replaces the
/// built-in catalog; a relative path is taken from <see cref="AppContext.BaseDirectory"/>, the folder
/// <c>appsettings.json</c> is copied to.</item>
/// </list>
/// </summary>
public static class ProgressionConfigurationServiceCollectionExtensions
{
    private const string PolicyKey = "Policy";
    private const string CatalogFileKey = "CatalogFile";
    private static readonly string[] SectionKeys = [PolicyKey, CatalogFileKey];

    /// <summary>
    /// Reads <paramref name="configuration"/> (the <c>Progression</c> section), then registers the engine as
    /// <see cref="ProgressionServiceCollectionExtensions.AddProgression(IServiceCollection, Action{ProgressionEngineBuilder}?)"/>
    /// does: built once, now, so bad configuration fails at start-up; calling it again keeps the first registration
    /// and reads nothing.
    /// </summary>
    /// <remarks>
    /// This is the one place the library reads a file: the catalog document named by <c>CatalogFile</c>, once, during
    /// this call. The engine itself does no I/O. <paramref name="configure"/> runs after the configuration is
    /// applied, so it sees the configured policy and catalog and can change them or add rules.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The <c>Progression</c> section, e.g. <c>builder.Configuration.GetSection("Progression")</c>.</param>
    /// <param name="configure">Further changes in code; <see langword="null"/> for none.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ProgressionConfigurationException">
    /// Every problem at once: an unknown key, a policy value of the wrong type or out of range, a catalog file that
    /// cannot be read or is invalid (each with its JSON path), and whatever <see cref="ProgressionEngineBuilder.Build"/> finds.
    /// </exception>
    public static IServiceCollection AddProgression(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<ProgressionEngineBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(ProgressionEngine)))
        {
            return services;
        }

        var problems = new List<string>();
        var sectionPath = configuration is IConfigurationSection section ? section.Path : "";
        foreach (var child in configuration.GetChildren().Where(c => !SectionKeys.Contains(c.Key, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add($"{child.Path}: unknown key; a Progression section has {string.Join(" and ", SectionKeys)}.");
        }

        var policy = ReadPolicy(configuration.GetSection(PolicyKey), problems);
        var catalog = ReadCatalog(configuration.GetSection(CatalogFileKey), problems);
        if (problems.Count > 0)
        {
            throw new ProgressionConfigurationException(problems);
        }

        return services.AddProgression(builder =>
        {
            builder.UsePolicy(policy);
            if (catalog is not null)
            {
                // A fresh builder holds the built-in catalog; the document replaces it whole, in its own order.
                foreach (var builtIn in ExerciseCatalog.BuiltIn.Exercises)
                {
                    builder.RemoveExercise(builtIn.Id);
                }

                foreach (var exercise in catalog.Exercises)
                {
                    builder.AddExercise(exercise);
                }
            }

            configure?.Invoke(builder);
        });
    }

    /// <summary>
    /// The policy section as a policy document, read by <see cref="ProgressionPolicyJson.Read(string)"/> so that
    /// configuration and JSON files follow one set of rules. Configuration values are strings: a number in the
    /// invariant culture becomes a JSON number, anything else stays a string (and is reported if a number was
    /// wanted). Keys are matched without regard to case, as configuration keys are.
    /// </summary>
    private static ProgressionPolicy ReadPolicy(IConfigurationSection section, List<string> problems)
    {
        using var exported = JsonDocument.Parse(ProgressionPolicyJson.Write(ProgressionPolicy.Default));
        var names = exported.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        var document = new JsonObject();
        var keyPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var child in section.GetChildren())
        {
            if (child.Value is null)
            {
                problems.Add($"{child.Path}: a policy value must be a single number or name, not a section.");
                continue;
            }

            var name = names.FirstOrDefault(n => string.Equals(n, child.Key, StringComparison.OrdinalIgnoreCase)) ?? child.Key;
            document[name] = double.TryParse(child.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : JsonValue.Create(child.Value);
            keyPaths[JsonPath(name)] = child.Path;
        }

        try
        {
            return ProgressionPolicyJson.Read(document.ToJsonString());
        }
        catch (ProgressionJsonException e)
        {
            problems.AddRange(e.Problems.Select(p => $"{(keyPaths.TryGetValue(p.Path, out var key) ? key : section.Path)}: {p.Message}"));
            return ProgressionPolicy.Default;
        }
    }

    /// <summary>The catalog document the section names, or <see langword="null"/> to keep the built-in catalog.</summary>
    private static ExerciseCatalog? ReadCatalog(IConfigurationSection section, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(section.Value))
        {
            if (section.GetChildren().Any())
            {
                problems.Add($"{section.Path}: must be the path of a catalog JSON file, not a section.");
            }

            return null;
        }

        var path = Path.GetFullPath(section.Value, AppContext.BaseDirectory);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problems.Add($"{section.Path}: cannot read the catalog file \"{path}\": {e.Message}");
            return null;
        }

        try
        {
            return ExerciseCatalogJson.Read(json);
        }
        catch (ProgressionJsonException e)
        {
            problems.AddRange(e.Problems.Select(p => $"{section.Path} (\"{path}\") {p.Path}: {p.Message}"));
            return null;
        }
    }

    private static string JsonPath(string name) => "$." + name;
}
