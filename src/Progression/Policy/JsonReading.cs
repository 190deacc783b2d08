using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Progression;

/// <summary>
/// Reads a hand-written JSON document value by value, collecting every problem with its JSON path instead of
/// stopping at the first (as <see cref="JsonSerializer"/> would), so a coach sees all the fixes a file needs at once.
/// </summary>
internal sealed class JsonReading
{
    /// <summary>Coaches write these files by hand: comments and a trailing comma are forgiven.</summary>
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Written for people to read and edit: indented, and "—", "→" or quotes kept as they are (the files are not HTML).</summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The property a document may carry to name its schema, for editors; the reader ignores its value.</summary>
    internal const string SchemaProperty = "$schema";

    public List<JsonProblem> Problems { get; } = [];

    public void Add(string path, string message) => Problems.Add(new JsonProblem(path, message));

    /// <summary>Parses the text; a syntax error is one problem, with the line and byte where the parser stopped.</summary>
    public JsonDocument? Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            Add(e.Path ?? "$", FormattableString.Invariant(
                $"not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {FirstSentence(e.Message)}"));
            return null;
        }
    }

    /// <summary>Checks that <paramref name="element"/> is an object whose properties are all known; reports each unknown one.</summary>
    public bool Object(JsonElement element, string path, IReadOnlyCollection<string> known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Add(path, $"must be an object; was {Show(element)}.");
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                var sameButCase = known.FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
                Add(Child(path, property.Name), sameButCase is not null
                    ? $"unknown property \"{property.Name}\"; names are case-sensitive: did you mean \"{sameButCase}\"?"
                    : $"unknown property \"{property.Name}\"; allowed: {string.Join(", ", known)}.");
            }
        }

        return true;
    }

    /// <summary>The property's value, or <see langword="null"/> when absent (reported when <paramref name="required"/>).</summary>
    public JsonElement? Property(JsonElement obj, string name, string path, bool required)
    {
        if (obj.TryGetProperty(name, out var value))
        {
            return value;
        }

        if (required)
        {
            Add(Child(path, name), $"{name} is required.");
        }

        return null;
    }

    public string? String(JsonElement obj, string name, string path, bool required)
    {
        if (Property(obj, name, path, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        Add(Child(path, name), $"{name} must be a string; was {Show(value)}.");
        return null;
    }

    public bool? Bool(JsonElement obj, string name, string path)
    {
        if (Property(obj, name, path, required: false) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Add(Child(path, name), $"{name} must be true or false; was {Show(value)}.");
        return null;
    }

    /// <summary>A whole number: <c>3</c> or <c>3.0</c>, not <c>2.5</c> nor <c>"3"</c>.</summary>
    public int? Whole(JsonElement value, string name, string path)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var whole))
        {
            return whole;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            && number == Math.Round(number) && number is >= int.MinValue and <= int.MaxValue)
        {
            return (int)number;
        }

        Add(path, $"{name} must be a whole number; was {Show(value)}.");
        return null;
    }

    public double? Number(JsonElement value, string name, string path)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number))
        {
            return number;
        }

        Add(path, $"{name} must be a number; was {Show(value)}.");
        return null;
    }

    /// <summary>An enum value by its exact name; numbers are refused, since a number says nothing to the next reader.</summary>
    public T? Enum<T>(JsonElement value, string name, string path)
        where T : struct, Enum
    {
        if (value.ValueKind == JsonValueKind.String && System.Enum.GetNames<T>().Contains(value.GetString(), StringComparer.Ordinal))
        {
            return System.Enum.Parse<T>(value.GetString()!);
        }

        Add(path, $"{name} must be one of {string.Join(", ", System.Enum.GetNames<T>())}; was {Show(value)}.");
        return null;
    }

    public T? Enum<T>(JsonElement obj, string name, string path, bool required)
        where T : struct, Enum =>
        Property(obj, name, path, required) is { } value ? Enum<T>(value, name, Child(path, name)) : null;

    /// <summary>An array of enum names; <see langword="null"/> when absent or when any item is wrong (each is reported).</summary>
    public List<T>? EnumArray<T>(JsonElement obj, string name, string path, bool required)
        where T : struct, Enum
    {
        if (Property(obj, name, path, required) is not { } value)
        {
            return null;
        }

        var arrayPath = Child(path, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            Add(arrayPath, $"{name} must be an array of {typeof(T).Name} names ({string.Join(", ", System.Enum.GetNames<T>())}); was {Show(value)}.");
            return null;
        }

        var items = new List<T>();
        var ok = true;
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (Enum<T>(item, name, Item(arrayPath, index++)) is { } parsed)
            {
                items.Add(parsed);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? items : null;
    }

    /// <summary>
    /// Runs a constructor or an initializer of the domain types, whose checks throw <see cref="ArgumentException"/>
    /// naming the field (its <c>ParamName</c> is the property name), and reports the message at that field's path.
    /// </summary>
    public T? Construct<T>(string path, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            Add(e.ParamName is { Length: > 0 } field ? Child(path, field) : path, DomainMessage(e));
            return null;
        }
    }

    public static string Child(string path, string name) => $"{path}.{name}";

    public static string Item(string path, int index) => FormattableString.Invariant($"{path}[{index}]");

    /// <summary>The domain's own sentence, without the "(Parameter 'x')" and "Actual value was" lines .NET appends.</summary>
    private static string DomainMessage(ArgumentException e)
    {
        var message = FirstSentence(e.Message);
        var suffix = $" (Parameter '{e.ParamName}')";
        return message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }

    private static string FirstSentence(string message)
    {
        var newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }

    /// <summary>The value as it was written, cut short when long, so a message shows what the coach typed.</summary>
    public static string Show(JsonElement value)
    {
        var raw = value.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => value.GetRawText(),
        };
        return raw.Length <= 60 ? raw : string.Create(CultureInfo.InvariantCulture, $"{raw[..57]}...");
    }
}
