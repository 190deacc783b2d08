using System.Runtime.CompilerServices;

namespace Progression.Rules;

internal enum PatternKind
{
    Positive,
    Not,
    Exists,
}

/// <summary>The declared form of a pattern or condition, before compilation.</summary>
internal abstract class PatternDefinition
{
    protected PatternDefinition(RuleBuilder owner, PatternKind kind, int index)
    {
        Owner = owner;
        Kind = kind;
        Index = index;
    }

    public RuleBuilder Owner { get; }

    public PatternKind Kind { get; }

    /// <summary>Position among the rule's positive patterns, or among its conditions.</summary>
    public int Index { get; }

    public abstract Type FactType { get; }

    public List<KeyJoin> Joins { get; } = [];

    public List<PairTest> Tests { get; } = [];

    /// <summary>A filter over the filters declared so far, unaffected by filters added later (compiled rule sets must not change when their builder does).</summary>
    public abstract Func<object, bool> FreezeFilters();

    public string Describe() => Kind == PatternKind.Positive
        ? $"pattern #{Index + 1} ({FactType.Name})"
        : $"{(Kind == PatternKind.Not ? "Not" : "Exists")} condition #{Index + 1} ({FactType.Name})";

    /// <summary>Checks that <paramref name="other"/> is a positive pattern of this pattern's rule; records a problem otherwise.</summary>
    protected bool CheckPartner(PatternDefinition? other, string what)
    {
        if (other is null)
        {
            Owner.AddProblem($"{Describe()} has a {what} with no pattern (null). Pass a pattern declared with Match<T>() on this rule.");
            return false;
        }

        if (!ReferenceEquals(other.Owner, Owner))
        {
            Owner.AddProblem($"{Describe()} has a {what} on a pattern that does not exist in this rule (it belongs to rule '{other.Owner.Id}'). Join only to patterns declared on the same rule.");
            return false;
        }

        if (ReferenceEquals(other, this))
        {
            Owner.AddProblem($"{Describe()} has a {what} on itself. Use Where(fact => …) for a test on one fact.");
            return false;
        }

        return true;
    }
}

internal sealed class PatternDefinition<T> : PatternDefinition
    where T : class
{
    public PatternDefinition(RuleBuilder owner, PatternKind kind, int index)
        : base(owner, kind, index)
    {
    }

    public List<Func<T, bool>> Filters { get; } = [];

    public override Type FactType => typeof(T);

    public override Func<object, bool> FreezeFilters()
    {
        // A node only ever sees facts of a type assignable to T (RuleSet.NodesFor selects nodes by the fact's
        // type), so the fact is reinterpreted rather than cast: with T shared across reference types a checked
        // cast is a runtime helper call, paid for every fact at every node.
        var filters = Filters.ToArray();
        switch (filters.Length)
        {
            case 0:
                return static _ => true;
            case 1:
            {
                var only = filters[0];
                return fact => only(Unsafe.As<T>(fact));
            }

            default:
                return fact =>
                {
                    var typed = Unsafe.As<T>(fact);
                    foreach (var filter in filters)
                    {
                        if (!filter(typed))
                        {
                            return false;
                        }
                    }

                    return true;
                };
        }
    }

    public void AddFilter(Func<T, bool> condition)
    {
        if (condition is null)
        {
            Owner.AddProblem($"{Describe()} has a null filter. Pass a function such as fact => fact.IsActive.");
            return;
        }

        Filters.Add(condition);
    }

    public void AddJoin<TOther, TKey>(PatternDefinition? other, Func<T, TKey> key, Func<TOther, TKey> otherKey)
        where TOther : class
    {
        if (!CheckPartner(other, "join"))
        {
            return;
        }

        if (key is null || otherKey is null)
        {
            Owner.AddProblem($"{Describe()} has a join with a null key selector. Pass both key functions.");
            return;
        }

        Joins.Add(new KeyJoin<T, TOther, TKey>(this, other!, key, otherKey));
    }

    public void AddTest<TOther>(PatternDefinition? other, Func<T, TOther, bool> test)
        where TOther : class
    {
        if (!CheckPartner(other, "test"))
        {
            return;
        }

        if (test is null)
        {
            Owner.AddProblem($"{Describe()} has a null test. Pass a function of both facts.");
            return;
        }

        Tests.Add(new PairTest<T, TOther>(this, other!, test));
    }
}
