using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Progression;

/// <summary>
/// Reads and writes an <see cref="IReadOnlySet{T}"/> of enum values as a JSON array. System.Text.Json
/// cannot create an <see cref="IReadOnlySet{T}"/> on every target framework by itself, and a host must be
/// able to store a <see cref="ClientState"/> with default options.
/// </summary>
/// <typeparam name="T">The enum type.</typeparam>
internal sealed class EnumSetJsonConverter<T> : JsonConverter<IReadOnlySet<T>>
    where T : struct, Enum
{
    public override IReadOnlySet<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var items = JsonSerializer.Deserialize<List<T>>(ref reader, options);
        // The property this fills checks the values and names itself in the error; no second check here.
        return items?.ToImmutableSortedSet();
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlySet<T> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.ToArray(), options);
}
