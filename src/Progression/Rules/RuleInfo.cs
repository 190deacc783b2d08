namespace Progression.Rules;

/// <summary>What a compiled rule is: id, description, salience and declaration order.</summary>
public sealed class RuleInfo
{
    internal RuleInfo(string id, string description, int salience, int order, IReadOnlyList<Type> factTypes, IReadOnlyList<Type> conditionTypes)
    {
        Id = id;
        Description = description;
        Salience = salience;
        Order = order;
        FactTypes = factTypes;
        ConditionTypes = conditionTypes;
        var dot = id.IndexOf('.', StringComparison.Ordinal);
        Group = dot > 0 ? id[..dot] : string.Empty;
    }

    /// <summary>The rule's stable id.</summary>
    public string Id { get; }

    /// <summary>What the rule does and why.</summary>
    public string Description { get; }

    /// <summary>The rule's salience; higher fires first.</summary>
    public int Salience { get; }

    /// <summary>The rule's position in declaration order (0-based); among equal saliences, lower fires first.</summary>
    public int Order { get; }

    /// <summary>The part of the id before its first dot (<c>safety</c> for <c>safety.joint-pain-stops-exercise</c>), or empty.</summary>
    public string Group { get; }

    /// <summary>The fact type of each positive pattern, in declaration order.</summary>
    public IReadOnlyList<Type> FactTypes { get; }

    /// <summary>The fact types of the rule's Not and Exists conditions, in declaration order.</summary>
    public IReadOnlyList<Type> ConditionTypes { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} (salience {Salience}): {Description}";
}
