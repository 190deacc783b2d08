namespace Progression.Rules;

/// <summary>Every built-in rule class, pack by pack: what <see cref="ProgressionEngineBuilder"/> starts from.</summary>
internal static class BuiltInRules
{
    public static readonly Type[] Types = [.. SafetyPack.Rules, .. ProgressionPack.Rules, .. SelectionPack.Rules];
}
