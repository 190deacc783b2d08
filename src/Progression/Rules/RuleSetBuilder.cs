namespace Progression.Rules;

/// <summary>
/// Collects rule definitions and compiles them into an immutable <see cref="RuleSet"/>.
/// </summary>
/// <remarks>
/// The builder is the only mutable piece of the rule engine and is not thread-safe.
/// <see cref="Build"/> validates every rule at once and throws a single
/// <see cref="RuleDefinitionException"/> that lists every problem found.
/// </remarks>
/// <example>
/// <code>
/// var builder = new RuleSetBuilder();
/// var rule = builder.Rule("orders.large-order-discount")
///     .Describe("Large orders of gold customers get a discount.")
///     .Salience(10);
/// var order = rule.Match&lt;Order&gt;(o =&gt; o.Total &gt; 1000);
/// var customer = rule.Match&lt;Customer&gt;(c =&gt; c.IsGold).JoinOn(order, c =&gt; c.Id, o =&gt; o.CustomerId);
/// rule.Then(ctx =&gt; ctx.Insert(new Discount(ctx.Get(order).Id, 0.1m)));
/// RuleSet rules = builder.Build();
/// </code>
/// </example>
public sealed class RuleSetBuilder
{
    private readonly List<RuleBuilder> _rules = [];
    private readonly List<string> _problems = [];

    /// <summary>Starts a new rule with the given stable id, declared after the rules already added.</summary>
    /// <param name="id">A stable, unique id such as <c>safety.joint-pain-stops-exercise</c>; no white space.</param>
    /// <returns>The rule's builder, on which patterns, conditions and the action are declared.</returns>
    public RuleBuilder Rule(string id)
    {
        var rule = new RuleBuilder(id ?? string.Empty);
        _rules.Add(rule);
        return rule;
    }

    /// <summary>
    /// Replaces the rule with the given id by a new, empty definition in the same position
    /// (so ties between equal saliences keep resolving the same way).
    /// If no rule has that id, <see cref="Build"/> reports it.
    /// </summary>
    /// <param name="id">The id of the rule to replace.</param>
    /// <returns>The new rule's builder.</returns>
    public RuleBuilder Replace(string id)
    {
        var rule = new RuleBuilder(id ?? string.Empty);
        var index = _rules.FindIndex(r => string.Equals(r.Id, id, StringComparison.Ordinal));
        if (index < 0)
        {
            rule.MarkReplacementOfMissingRule();
            _rules.Add(rule);
        }
        else
        {
            _rules[index] = rule;
        }

        return rule;
    }

    /// <summary>
    /// Removes the rule with the given id. If no rule has that id, <see cref="Build"/> reports it.
    /// </summary>
    /// <param name="id">The id of the rule to remove.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder Remove(string id)
    {
        // Applies to the rules declared so far only: a rule declared later with the same id stays.
        if (_rules.RemoveAll(r => string.Equals(r.Id, id, StringComparison.Ordinal)) == 0)
        {
            _problems.Add($"Cannot remove rule '{id}': no rule has that id. Check the spelling, or drop the Remove call.");
        }

        return this;
    }

    /// <summary>Whether a rule with the given id is currently declared.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns><see langword="true"/> when a rule with that id has been declared and not removed.</returns>
    public bool Contains(string id)
        => _rules.Exists(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>The ids of the rules declared so far, in declaration order.</summary>
    public IReadOnlyList<string> RuleIds => _rules.ConvertAll(r => r.Id);

    /// <summary>
    /// Validates every rule and compiles the rule set.
    /// </summary>
    /// <param name="options">Execution options; <see langword="null"/> for the defaults.</param>
    /// <returns>An immutable rule set that is safe to share across threads.</returns>
    /// <exception cref="RuleDefinitionException">One or more rules (or the options) are invalid; the exception lists them all.</exception>
    public RuleSet Build(RuleSetOptions? options = null)
    {
        options ??= RuleSetOptions.Default;
        var errors = new List<string>();
        options.Validate(errors);

        errors.AddRange(_problems);
        var kept = _rules.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in kept)
        {
            rule.Validate(errors);
            if (!string.IsNullOrWhiteSpace(rule.Id) && !seen.Add(rule.Id))
            {
                errors.Add($"Rule '{rule.Id}': the id is used by more than one rule. Give each rule its own id, or use Replace(\"{rule.Id}\") to redefine it.");
            }
        }

        if (errors.Count > 0)
        {
            throw new RuleDefinitionException(errors);
        }

        return RuleSet.Compile(kept, options);
    }
}
