using System.Collections.Concurrent;

namespace Progression.Rules;

/// <summary>
/// A compiled, immutable set of rules. Safe to share across threads; create a
/// <see cref="RuleSession"/> for each evaluation.
/// </summary>
public sealed class RuleSet
{
    private readonly AlphaNode[] _nodes;
    private readonly ConcurrentDictionary<Type, AlphaNode[]> _nodesByType = new();

    // Spare sessions for Rent/Return: a power of two of slots, at least twice the cores.
    // One slot per cache line (8 references apart), so threads taking and returning sessions at once do not
    // keep stealing one line from each other.
    private const int SlotStride = 8;
    private readonly int _slotMask = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, Environment.ProcessorCount * 2)) - 1;
    private readonly RuleSession?[] _spares;

    private RuleSet(CompiledRule[] rules, AlphaNode[] nodes, int memoryCount, RuleSetOptions options)
    {
        CompiledRules = rules;
        _nodes = nodes;
        _spares = new RuleSession?[(_slotMask + 1) * SlotStride];
        MemoryCount = memoryCount;
        Options = options;
        MaxWidth = rules.Length == 0 ? 1 : rules.Max(r => r.Width);
        Rules = Array.AsReadOnly(rules.Select(r => r.Info).ToArray());
    }

    /// <summary>The rules, in declaration order.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The execution options.</summary>
    public RuleSetOptions Options { get; }

    internal CompiledRule[] CompiledRules { get; }

    internal int MemoryCount { get; }

    internal int MaxWidth { get; }

    /// <summary>Creates an empty session over this rule set. Sessions are cheap, single-threaded, and meant for one evaluation.</summary>
    /// <returns>A new session.</returns>
    public RuleSession CreateSession() => new(this);

    /// <summary>
    /// A session for one evaluation: a spare one if a slot of this rule set holds one, else a new
    /// one. Slots are picked by thread id, so parallel callers rarely meet; taking a spare is one
    /// atomic exchange, and a rented session belongs to its caller alone. Give it back with
    /// <see cref="Return"/> once nothing it holds (facts, results, firings) is needed; on an
    /// exception, just drop it. The pool lives and dies with the rule set: no static state.
    /// </summary>
    internal RuleSession Rent()
        => Interlocked.Exchange(ref _spares[Slot()], null) ?? new RuleSession(this, recycled: true);

    /// <summary>Empties <paramref name="session"/> and keeps it in this thread's slot. Very large sessions are dropped instead, so the pool never pins much memory.</summary>
    internal void Return(RuleSession session)
    {
        // Insertions, not live facts: a session that inserted and retracted many facts grew as much.
        if (session.Insertions > 4_096)
        {
            return;
        }

        session.Reset();
        Volatile.Write(ref _spares[Slot()], session);
    }

    /// <summary>This thread's slot in <see cref="_spares"/>.</summary>
    private int Slot() => (Environment.CurrentManagedThreadId & _slotMask) * SlotStride;

    /// <summary>The nodes a fact of <paramref name="type"/> may enter, in rule order then pattern order.</summary>
    internal AlphaNode[] NodesFor(Type type)
        => _nodesByType.GetOrAdd(type, static (t, nodes) => Array.FindAll(nodes, n => n.Definition.FactType.IsAssignableFrom(t)), _nodes);

    internal static RuleSet Compile(IReadOnlyList<RuleBuilder> definitions, RuleSetOptions options)
    {
        var rules = new CompiledRule[definitions.Count];
        var nodes = new List<AlphaNode>();
        var memoryCount = 0;
        for (var order = 0; order < rules.Length; order++)
        {
            var definition = definitions[order];
            var rule = new CompiledRule(definition, order);
            var positives = definition.Positives.Select(p => new AlphaNode(rule, p)).ToArray();
            if (positives.Length > 1)
            {
                foreach (var node in positives)
                {
                    node.MemoryId = memoryCount++;
                }
            }

            rule.Positives = positives;
            rule.Plans = new JoinStep[positives.Length][];
            for (var entry = 0; entry < positives.Length; entry++)
            {
                rule.Plans[entry] = PlanJoins(positives, entry);
            }

            rule.Conditions = definition.Conditions.Select(c =>
            {
                var alpha = new AlphaNode(rule, c) { MemoryId = memoryCount++ };
                return CompileCondition(alpha);
            }).ToArray();

            nodes.AddRange(positives);
            nodes.AddRange(rule.Conditions.Select(c => c.Alpha));
            rules[order] = rule;
        }

        var rank = 0;
        foreach (var rule in rules.OrderByDescending(r => r.Salience).ThenBy(r => r.Order))
        {
            rule.Rank = rank++;
        }

        return new RuleSet(rules, nodes.ToArray(), memoryCount, options);
    }

    /// <summary>
    /// Orders the binding of the other positions once a fact arrives at <paramref name="entry"/>:
    /// a position joined on a key to a bound one comes first (so it is probed through an index),
    /// otherwise the lowest unbound position is scanned.
    /// </summary>
    private static JoinStep[] PlanJoins(AlphaNode[] positives, int entry)
    {
        var relations = positives
            .SelectMany(n => n.Definition.Joins.Cast<PairRelation>().Concat(n.Definition.Tests))
            .ToList();
        var bound = new HashSet<int> { entry };
        var steps = new List<JoinStep>();
        var used = new HashSet<PairRelation>();
        while (bound.Count < positives.Length)
        {
            KeyJoin? probe = null;
            var next = -1;
            for (var p = 0; p < positives.Length && probe is null; p++)
            {
                if (bound.Contains(p))
                {
                    continue;
                }

                probe = relations.OfType<KeyJoin>().FirstOrDefault(j =>
                    (j.Self.Index == p && bound.Contains(j.Other.Index)) || (j.Other.Index == p && bound.Contains(j.Self.Index)));
                if (probe is not null)
                {
                    next = p;
                }
            }

            if (next < 0)
            {
                next = Enumerable.Range(0, positives.Length).First(p => !bound.Contains(p));
            }

            var slot = -1;
            var keyFrom = -1;
            if (probe is not null)
            {
                var selfSide = probe.Self.Index == next;
                slot = positives[next].IndexSlotFor(probe, selfSide);
                keyFrom = selfSide ? probe.Other.Index : probe.Self.Index;

                used.Add(probe);
            }

            bound.Add(next);
            var checks = relations
                .Where(r => !used.Contains(r) && bound.Contains(r.Self.Index) && bound.Contains(r.Other.Index)
                            && (r.Self.Index == next || r.Other.Index == next))
                .Select(r => new Check(r, r.Self.Index, r.Other.Index))
                .ToArray();
            foreach (var check in checks)
            {
                used.Add(check.Relation);
            }

            steps.Add(new JoinStep(next, slot, keyFrom, checks));
        }

        return steps.ToArray();
    }

    private static ConditionNode CompileCondition(AlphaNode alpha)
    {
        var definition = alpha.Definition;
        var probe = definition.Joins.FirstOrDefault();
        var slot = -1;
        var keyFrom = -1;
        if (probe is not null)
        {
            slot = alpha.IndexSlotFor(probe, selfSide: true);
            keyFrom = probe.Other.Index;
        }

        var checks = definition.Joins.Cast<PairRelation>().Concat(definition.Tests)
            .Where(r => !ReferenceEquals(r, probe))
            .Select(r => new Check(r, -1, r.Other.Index))
            .ToArray();
        return new ConditionNode(alpha, slot, keyFrom, checks);
    }
}
