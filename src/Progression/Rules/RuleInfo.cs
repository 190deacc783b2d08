namespace Progression.Rules;

/// <summary>What a compiled rule is: id, description, salience and declaration order.</summary>
public sealed class RuleInfo
{
    internal RuleInfo(string id, string description, int salience, int order)
    {
        Id = id;
        Description = description;
        Salience = salience;
        Order = order;
    }

    /// <summary>The rule's stable id.</summary>
    public string Id { get; }

    /// <summary>What the rule does and why.</summary>
    public string Description { get; }

    /// <summary>The rule's salience; higher fires first.</summary>
    public int Salience { get; }

    /// <summary>The rule's position in declaration order (0-based); among equal saliences, lower fires first.</summary>
    public int Order { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} (salience {Salience}): {Description}";
}
