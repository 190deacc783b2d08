namespace Progression.Rules;

/// <summary>
/// Declares one rule: its description, salience, the patterns it matches, the conditions
/// (negation, existence) it requires, and the action it runs. Obtained from
/// <see cref="RuleSetBuilder.Rule"/>.
/// </summary>
/// <remarks>
/// A rule matches a <em>tuple</em>: one fact for each pattern declared with
/// <see cref="Match{T}"/>, in declaration order, that passes every filter, join and test.
/// Problems (no pattern, no action, a join to another rule's pattern, …) are collected and
/// reported by <see cref="RuleSetBuilder.Build"/>, not thrown here.
/// </remarks>
public sealed class RuleBuilder
{
    /// <summary>The lowest salience a rule may have.</summary>
    public const int MinSalience = -10_000;

    /// <summary>The highest salience a rule may have.</summary>
    public const int MaxSalience = 10_000;

    private readonly List<string> _problems = [];

    internal RuleBuilder(string id)
    {
        Id = id;
    }

    /// <summary>The rule's stable id.</summary>
    public string Id { get; }

    internal string Description { get; private set; } = string.Empty;

    internal int SalienceValue { get; private set; }

    internal List<PatternDefinition> Positives { get; } = [];

    internal List<PatternDefinition> Conditions { get; } = [];

    internal Action<RuleContext>? Action { get; private set; }

    /// <summary>Sets the sentence that says what the rule does and why; required.</summary>
    /// <param name="description">A sentence a person can read.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Describe(string description)
    {
        Description = description ?? string.Empty;
        return this;
    }

    /// <summary>
    /// Sets the salience: among rules ready to fire, higher salience fires first.
    /// Between <see cref="MinSalience"/> and <see cref="MaxSalience"/>; default 0.
    /// </summary>
    /// <param name="salience">The priority of the rule.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Salience(int salience)
    {
        SalienceValue = salience;
        return this;
    }

    /// <summary>Declares a pattern: the rule needs a fact of type <typeparamref name="T"/> (or a subtype) that passes <paramref name="condition"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="condition">A filter on the fact alone; <see langword="null"/> accepts every fact of the type.</param>
    /// <returns>A handle to join on and to read the matched fact in the action with <see cref="RuleContext.Get{T}"/>.</returns>
    public Pattern<T> Match<T>(Func<T, bool>? condition = null)
        where T : class
    {
        var definition = new PatternDefinition<T>(this, PatternKind.Positive, Positives.Count);
        if (condition is not null)
        {
            definition.Filters.Add(condition);
        }

        Positives.Add(definition);
        return new Pattern<T>(definition);
    }

    /// <summary>Declares a negation: the rule fires only while no fact of type <typeparamref name="T"/> passes <paramref name="condition"/> (and the condition's joins).</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="condition">A filter on the fact alone; <see langword="null"/> for any fact of the type.</param>
    /// <returns>A handle to join the negated fact to the rule's patterns.</returns>
    public Condition<T> Not<T>(Func<T, bool>? condition = null)
        where T : class
        => AddCondition(PatternKind.Not, condition);

    /// <summary>Declares an existence test: the rule fires only while at least one fact of type <typeparamref name="T"/> passes <paramref name="condition"/> (and the condition's joins). It fires once per tuple, however many such facts exist.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="condition">A filter on the fact alone; <see langword="null"/> for any fact of the type.</param>
    /// <returns>A handle to join the fact to the rule's patterns.</returns>
    public Condition<T> Exists<T>(Func<T, bool>? condition = null)
        where T : class
        => AddCondition(PatternKind.Exists, condition);

    /// <summary>Sets the action run once for each matching tuple; required.</summary>
    /// <param name="action">Reads matched facts with <see cref="RuleContext.Get{T}"/> and inserts, updates, retracts facts or records results.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Then(Action<RuleContext> action)
    {
        if (Action is not null)
        {
            _problems.Add("it has more than one action (Then was called twice). Put all the work in one action.");
        }

        Action = action;
        return this;
    }

    internal void MarkReplacementOfMissingRule()
        => _problems.Add("Replace was called, but no rule had this id. Use Rule(id) to add a new rule.");

    internal void AddProblem(string problem) => _problems.Add(problem);

    internal void Validate(List<string> errors)
    {
        var name = string.IsNullOrWhiteSpace(Id) ? "(no id)" : Id;
        if (string.IsNullOrWhiteSpace(Id))
        {
            errors.Add("A rule has an empty id. Give every rule a stable id such as 'safety.joint-pain-stops-exercise'.");
        }
        else if (Id.Any(char.IsWhiteSpace))
        {
            errors.Add($"Rule '{Id}': the id contains white space. Use dots and hyphens instead, as in 'safety.joint-pain-stops-exercise'.");
        }

        if (string.IsNullOrWhiteSpace(Description))
        {
            errors.Add($"Rule '{name}': it has no description. Call Describe(\"…\") with a sentence saying what the rule does.");
        }

        if (SalienceValue < MinSalience || SalienceValue > MaxSalience)
        {
            errors.Add($"Rule '{name}': salience must be between {MinSalience} and {MaxSalience}; was {SalienceValue}.");
        }

        if (Positives.Count == 0)
        {
            errors.Add($"Rule '{name}': it has no pattern. Declare at least one with Match<T>().");
        }

        if (Action is null)
        {
            errors.Add($"Rule '{name}': it has no action. Declare one with Then(ctx => …).");
        }

        foreach (var problem in _problems)
        {
            errors.Add($"Rule '{name}': {problem}");
        }
    }

    private Condition<T> AddCondition<T>(PatternKind kind, Func<T, bool>? condition)
        where T : class
    {
        var definition = new PatternDefinition<T>(this, kind, Conditions.Count);
        if (condition is not null)
        {
            definition.Filters.Add(condition);
        }

        Conditions.Add(definition);
        return new Condition<T>(definition);
    }
}
