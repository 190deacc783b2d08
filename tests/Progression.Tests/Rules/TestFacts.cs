using Progression.Rules;

namespace Progression.Tests.Rules;

internal interface IAnimal
{
    string Name { get; }
}

internal class Animal(string name) : IAnimal
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

internal sealed class Dog(string name) : Animal(name);

internal sealed class Cat(string name) : Animal(name);

internal sealed class Robot(string name) : IAnimal
{
    public string Name { get; } = name;
}

internal sealed class Item(string name, int value, string? group = null)
{
    public string Name { get; } = name;

    public int Value { get; set; } = value;

    public string? Group { get; set; } = group;

    public override string ToString() => Name;
}

internal sealed class Owner(string name, string? group)
{
    public string Name { get; } = name;

    public string? Group { get; } = group;

    public override string ToString() => Name;
}

internal sealed record Token(string Name);

internal static class RuleTestHelpers
{
    /// <summary>Adds a rule with a description, so tests only spell out what they care about.</summary>
    public static RuleBuilder Rule(this RuleSetBuilder builder, string id, int salience)
        => builder.Rule(id).Describe($"Test rule {id}.").Salience(salience);

    public static RuleBuilder Described(this RuleBuilder rule) => rule.Describe($"Test rule {rule.Id}.");

    /// <summary>The firings as "rule:fact,fact" strings, using the facts' ToString.</summary>
    public static List<string> Trace(this RuleSession session)
        => session.Firings.Select(f => $"{f.Rule.Id}:{string.Join(",", f.Facts)}").ToList();
}
