namespace Progression;

/// <summary>The JSON Schemas of the policy and catalog documents, embedded in the assembly (no file is read).</summary>
internal static class EmbeddedJsonSchema
{
    public static string Read(string fileName)
    {
        var name = "Progression.Schemas." + fileName;
        using var stream = typeof(EmbeddedJsonSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from the Progression assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
