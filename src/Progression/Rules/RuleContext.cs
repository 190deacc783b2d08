using System.Runtime.CompilerServices;

namespace Progression.Rules;

/// <summary>
/// What a rule's action sees: the matched facts, and the operations that change working memory.
/// Valid only during the action; the session reuses one context for every firing.
/// </summary>
public sealed class RuleContext
{
    private readonly RuleSession _session;

    internal RuleContext(RuleSession session)
    {
        _session = session;
    }

    internal Activation? Current { get; set; }

    /// <summary>The rule whose action is running.</summary>
    public RuleInfo Rule => Active.Rule.Info;

    /// <summary>The session the rule fires in.</summary>
    public RuleSession Session => _session;

    private Activation Active => Current ?? throw new InvalidOperationException("The rule context is used outside a rule action.");

    /// <summary>The fact the running tuple matched for <paramref name="pattern"/>.</summary>
    /// <typeparam name="T">The pattern's fact type.</typeparam>
    /// <param name="pattern">A pattern declared on the running rule.</param>
    /// <returns>The matched fact.</returns>
    /// <exception cref="ArgumentException">The pattern belongs to another rule.</exception>
    public T Get<T>(Pattern<T> pattern)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var activation = Active;
        var definition = pattern.Definition;
        if (ReferenceEquals(definition.Owner, activation.Rule.Definition) && definition.Index >= activation.Width)
        {
            throw new ArgumentException(
                $"The pattern was declared on rule '{definition.Owner.Id}' after its rule set was built, so the running rule set does not have it. Declare every pattern before Build.",
                nameof(pattern));
        }

        if (!ReferenceEquals(definition.Owner, activation.Rule.Definition))
        {
            throw new ArgumentException(
                $"The pattern belongs to rule '{definition.Owner.Id}', but the running rule is '{activation.Rule.Info.Id}'. Read only the running rule's own patterns.",
                nameof(pattern));
        }

        // The fact entered this position through a node of type T (see PatternDefinition<T>.FreezeFilters).
        return Unsafe.As<T>(activation[definition.Index].Fact);
    }

    /// <summary>Inserts a fact (see <see cref="RuleSession.Insert"/>).</summary>
    /// <param name="fact">The new fact.</param>
    public void Insert(object fact) => _session.Insert(fact);

    /// <summary>Inserts a fact the action has just made (see <see cref="RuleSession.InsertNew"/>): no duplicate check, indexed only if something must find it.</summary>
    /// <param name="fact">The new fact, made by the caller and not yet inserted anywhere.</param>
    internal void InsertNew(object fact) => _session.InsertNew(fact);

    /// <summary>Signals that a fact changed (see <see cref="RuleSession.Update"/>).</summary>
    /// <param name="fact">A fact in working memory.</param>
    public void Update(object fact) => _session.Update(fact);

    /// <summary>Replaces a fact by a new version (see <see cref="RuleSession.Replace"/>).</summary>
    /// <param name="existing">A fact in working memory.</param>
    /// <param name="replacement">Its new version.</param>
    public void Replace(object existing, object replacement) => _session.Replace(existing, replacement);

    /// <summary>Removes a fact (see <see cref="RuleSession.Retract"/>).</summary>
    /// <param name="fact">A fact in working memory.</param>
    public void Retract(object fact) => _session.Retract(fact);

    /// <summary>Records a result for the caller, read from <see cref="RuleSession.Results"/>; results are not facts and match no rule.</summary>
    /// <param name="result">The result.</param>
    public void Record(object result) => _session.Record(result);
}
