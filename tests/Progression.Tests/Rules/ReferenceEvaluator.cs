namespace Progression.Tests.Rules;

/// <summary>
/// The rule semantics written out the plainest way, to check the engine against: at every step,
/// list every matching tuple of every rule by brute force over the live facts, drop those already
/// fired, fire the first by (salience desc, rule order, facts' insertion sequences), repeat.
/// No indexes, no agenda, no incremental state.
/// </summary>
internal sealed class ReferenceEvaluator(IReadOnlyList<ReferenceEvaluator.RuleDef> rules, int maxFirings)
{
    private readonly List<Entry> _live = [];
    private readonly HashSet<string> _fired = new(StringComparer.Ordinal);
    private long _nextSequence;
    private long _nextSerial;

    /// <summary>A positive pattern: a fact of <see cref="Type"/> (or a subtype) that passes <see cref="Filter"/>.</summary>
    internal sealed record PatternDef(Type Type, Func<object, bool> Filter);

    /// <summary>A relation between the facts at positions <see cref="Left"/> and <see cref="Right"/> (a key join or a pair test).</summary>
    internal sealed record RelationDef(int Left, int Right, Func<object, object, bool> Holds);

    /// <summary>A Not (or Exists) condition: some live fact of <see cref="Type"/> passes <see cref="Filter"/> and <see cref="Relates"/> to the tuple.</summary>
    internal sealed record ConditionDef(bool Negated, Type Type, Func<object, bool> Filter, Func<object, object[], bool> Relates);

    internal sealed record RuleDef(
        string Id,
        int Salience,
        IReadOnlyList<PatternDef> Patterns,
        IReadOnlyList<RelationDef> Relations,
        IReadOnlyList<ConditionDef> Conditions,
        Action<Context, object[]> Action);

    /// <summary>What an action may do.</summary>
    internal sealed class Context(ReferenceEvaluator owner)
    {
        public void Insert(object fact) => owner.Insert(fact);

        public void Update(object fact) => owner.Update(fact);

        public void Replace(object existing, object replacement) => owner.Replace(existing, replacement);

        public void Retract(object fact) => owner.Retract(fact);

        public void Record(object result) => owner.Results.Add(result);
    }

    public List<(string RuleId, object[] Facts)> Firings { get; } = [];

    public List<object> Results { get; } = [];

    /// <summary>The live facts in insertion order.</summary>
    public IEnumerable<object> Facts => _live.OrderBy(e => e.Sequence).Select(e => e.Fact);

    public void Insert(object fact)
    {
        if (_live.Exists(e => ReferenceEquals(e.Fact, fact)))
        {
            throw new InvalidOperationException("Inserted twice.");
        }

        _live.Add(new Entry(fact, _nextSequence++, _nextSerial++));
    }

    public void Update(object fact)
    {
        var index = IndexOf(fact);
        var old = _live[index];
        _live[index] = old with { Version = old.Version + 1 };
    }

    public void Replace(object existing, object replacement)
    {
        var index = IndexOf(existing);
        _live[index] = new Entry(replacement, _live[index].Sequence, _nextSerial++);
    }

    public void Retract(object fact) => _live.RemoveAt(IndexOf(fact));

    /// <summary>Fires until no unfired matching tuple remains; throws <see cref="RunawayException"/> before firing more than the limit.</summary>
    public void Fire()
    {
        var context = new Context(this);
        var firedNow = 0;
        while (true)
        {
            (int Rule, Entry[] Tuple)? best = null;
            for (var r = 0; r < rules.Count; r++)
            {
                foreach (var tuple in Matches(rules[r]))
                {
                    if (_fired.Contains(Key(r, tuple)))
                    {
                        continue;
                    }

                    if (best is null || Before(r, tuple, best.Value.Rule, best.Value.Tuple))
                    {
                        best = (r, tuple);
                    }
                }
            }

            if (best is not { } chosen)
            {
                return;
            }

            if (firedNow == maxFirings)
            {
                throw new RunawayException();
            }

            firedNow++;
            _fired.Add(Key(chosen.Rule, chosen.Tuple));
            var facts = chosen.Tuple.Select(e => e.Fact).ToArray();
            Firings.Add((rules[chosen.Rule].Id, facts));
            rules[chosen.Rule].Action(context, facts);
        }
    }

    private bool Before(int rule, Entry[] tuple, int otherRule, Entry[] otherTuple)
    {
        if (rules[rule].Salience != rules[otherRule].Salience)
        {
            return rules[rule].Salience > rules[otherRule].Salience;
        }

        if (rule != otherRule)
        {
            return rule < otherRule;
        }

        for (var i = 0; i < tuple.Length; i++)
        {
            if (tuple[i].Sequence != otherTuple[i].Sequence)
            {
                return tuple[i].Sequence < otherTuple[i].Sequence;
            }
        }

        return false;
    }

    /// <summary>Every tuple of live facts that matches <paramref name="rule"/>: the cartesian product, filtered.</summary>
    private List<Entry[]> Matches(RuleDef rule)
    {
        var found = new List<Entry[]>();
        var tuple = new Entry[rule.Patterns.Count];

        void Bind(int position)
        {
            if (position == tuple.Length)
            {
                var facts = tuple.Select(e => e.Fact).ToArray();
                if (rule.Conditions.All(c => ConditionHolds(c, facts)))
                {
                    found.Add((Entry[])tuple.Clone());
                }

                return;
            }

            // Each relation is checked as soon as both of its positions are bound (the last of them being this one).
            var pattern = rule.Patterns[position];
            foreach (var entry in _live)
            {
                tuple[position] = entry;
                if (pattern.Type.IsInstanceOfType(entry.Fact)
                    && pattern.Filter(entry.Fact)
                    && rule.Relations.All(r => Math.Max(r.Left, r.Right) != position || r.Holds(tuple[r.Left].Fact, tuple[r.Right].Fact)))
                {
                    Bind(position + 1);
                }
            }
        }

        Bind(0);
        return found;
    }

    private bool ConditionHolds(ConditionDef condition, object[] tuple)
    {
        var any = _live.Exists(e => condition.Type.IsInstanceOfType(e.Fact) && condition.Filter(e.Fact) && condition.Relates(e.Fact, tuple));
        return any != condition.Negated;
    }

    private static string Key(int rule, Entry[] tuple)
        => rule + ":" + string.Join(",", tuple.Select(e => $"{e.Serial}.{e.Version}"));

    private int IndexOf(object fact)
    {
        var index = _live.FindIndex(e => ReferenceEquals(e.Fact, fact));
        return index >= 0 ? index : throw new InvalidOperationException("Not in working memory.");
    }

    /// <summary>A live fact: <see cref="Serial"/> names this insertion of the object, <see cref="Version"/> counts its updates.</summary>
    private sealed record Entry(object Fact, long Sequence, long Serial, int Version = 0);

    internal sealed class RunawayException() : Exception("Too many firings.");
}
