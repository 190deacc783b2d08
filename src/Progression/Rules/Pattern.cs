namespace Progression.Rules;

/// <summary>
/// A positive pattern of a rule: one fact of type <typeparamref name="T"/> in each matching tuple.
/// Use it to join with the rule's other patterns and, in the action, to read the matched fact.
/// </summary>
/// <typeparam name="T">The fact type.</typeparam>
public sealed class Pattern<T>
    where T : class
{
    internal Pattern(PatternDefinition<T> definition)
    {
        Definition = definition;
    }

    internal PatternDefinition<T> Definition { get; }

    /// <summary>The id of the rule the pattern belongs to.</summary>
    public string RuleId => Definition.Owner.Id;

    /// <summary>Adds a filter on the fact alone.</summary>
    /// <param name="condition">The filter.</param>
    /// <returns>This pattern.</returns>
    public Pattern<T> Where(Func<T, bool> condition)
    {
        Definition.AddFilter(condition);
        return this;
    }

    /// <summary>
    /// Joins this pattern to another pattern of the same rule on equal keys
    /// (<paramref name="key"/> of this fact equals <paramref name="otherKey"/> of the other).
    /// Equal-key joins are hash-indexed, so their cost follows the number of matches.
    /// </summary>
    /// <typeparam name="TOther">The other pattern's fact type.</typeparam>
    /// <typeparam name="TKey">The key type; compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
    /// <param name="other">A pattern declared on the same rule.</param>
    /// <param name="key">The key of this pattern's fact.</param>
    /// <param name="otherKey">The key of the other pattern's fact.</param>
    /// <returns>This pattern.</returns>
    public Pattern<T> JoinOn<TOther, TKey>(Pattern<TOther> other, Func<T, TKey> key, Func<TOther, TKey> otherKey)
        where TOther : class
    {
        Definition.AddJoin(other?.Definition, key, otherKey);
        return this;
    }

    /// <summary>Adds a test over this pattern's fact and another pattern's fact (evaluated once both are bound; not indexed).</summary>
    /// <typeparam name="TOther">The other pattern's fact type.</typeparam>
    /// <param name="other">A pattern declared on the same rule.</param>
    /// <param name="test">The test.</param>
    /// <returns>This pattern.</returns>
    public Pattern<T> Where<TOther>(Pattern<TOther> other, Func<T, TOther, bool> test)
        where TOther : class
    {
        Definition.AddTest(other?.Definition, test);
        return this;
    }
}

/// <summary>
/// A negation (<see cref="RuleBuilder.Not{T}"/>) or existence (<see cref="RuleBuilder.Exists{T}"/>)
/// condition of a rule. It binds no fact; it only decides whether a tuple may fire.
/// </summary>
/// <typeparam name="T">The fact type.</typeparam>
public sealed class Condition<T>
    where T : class
{
    internal Condition(PatternDefinition<T> definition)
    {
        Definition = definition;
    }

    internal PatternDefinition<T> Definition { get; }

    /// <summary>Adds a filter on the fact alone.</summary>
    /// <param name="condition">The filter.</param>
    /// <returns>This condition.</returns>
    public Condition<T> Where(Func<T, bool> condition)
    {
        Definition.AddFilter(condition);
        return this;
    }

    /// <summary>Only facts whose <paramref name="key"/> equals <paramref name="otherKey"/> of the tuple's fact for <paramref name="other"/> count. Hash-indexed.</summary>
    /// <typeparam name="TOther">The other pattern's fact type.</typeparam>
    /// <typeparam name="TKey">The key type; compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
    /// <param name="other">A positive pattern declared on the same rule.</param>
    /// <param name="key">The key of this condition's fact.</param>
    /// <param name="otherKey">The key of the other pattern's fact.</param>
    /// <returns>This condition.</returns>
    public Condition<T> JoinOn<TOther, TKey>(Pattern<TOther> other, Func<T, TKey> key, Func<TOther, TKey> otherKey)
        where TOther : class
    {
        Definition.AddJoin(other?.Definition, key, otherKey);
        return this;
    }

    /// <summary>Only facts that pass <paramref name="test"/> with the tuple's fact for <paramref name="other"/> count.</summary>
    /// <typeparam name="TOther">The other pattern's fact type.</typeparam>
    /// <param name="other">A positive pattern declared on the same rule.</param>
    /// <param name="test">The test.</param>
    /// <returns>This condition.</returns>
    public Condition<T> Where<TOther>(Pattern<TOther> other, Func<T, TOther, bool> test)
        where TOther : class
    {
        Definition.AddTest(other?.Definition, test);
        return this;
    }
}
