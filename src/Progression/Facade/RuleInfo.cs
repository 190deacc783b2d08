namespace Progression;

/// <summary>
/// One rule the engine runs, read from NRules' compiled rule definition: its id (<c>[Name]</c>), description, priority,
/// pack and question (<c>[Tag]</c>s), and the fact types its patterns match.
/// </summary>
public sealed class RuleInfo
{
    internal RuleInfo(string id, string description, int priority, int order, IReadOnlyList<string> tags, IReadOnlyList<Type> factTypes, IReadOnlyList<Type> conditionTypes)
    {
        Id = id;
        Description = description;
        Priority = priority;
        Order = order;
        Tags = tags;
        FactTypes = factTypes;
        ConditionTypes = conditionTypes;
        Questions = tags.Where(RuleTags.IsQuestion).ToArray();
        Pack = tags.FirstOrDefault(t => !RuleTags.IsQuestion(t)) ?? (id.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? id[..dot] : string.Empty);
    }

    /// <summary>The rule's stable id, its NRules <c>[Name]</c>: every reason the rule writes carries it.</summary>
    public string Id { get; }

    /// <summary>What the rule does and why, its NRules <c>[Description]</c>.</summary>
    public string Description { get; }

    /// <summary>The rule's NRules <c>[Priority]</c>: among rules ready to fire, higher fires first.</summary>
    public int Priority { get; }

    /// <summary>The rule's position in the engine's list (0-based): built-in rules in pack order, then the host's.</summary>
    public int Order { get; }

    /// <summary>The rule's NRules <c>[Tag]</c>s.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The questions the rule answers (<see cref="RuleTags.Set"/>, <see cref="RuleTags.Plan"/>, <see cref="RuleTags.Review"/>): the sessions it runs in.</summary>
    public IReadOnlyList<string> Questions { get; }

    /// <summary>The rule's pack: its first tag that is not a question (<c>safety</c>, <c>progression</c>, <c>selection</c>, or a host's own), else the part of its id before the first dot.</summary>
    public string Pack { get; }

    /// <summary>The fact type of each positive pattern, in declaration order.</summary>
    public IReadOnlyList<Type> FactTypes { get; }

    /// <summary>The fact types of the rule's <c>Not</c> and <c>Exists</c> conditions, in declaration order.</summary>
    public IReadOnlyList<Type> ConditionTypes { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} (priority {Priority}, {Pack}): {Description}";
}
