using FsCheck;
using FsCheck.Fluent;
using Progression.Rules;

namespace Progression.Tests.Rules;

public class PropertyTests
{
    // ---- (a) Order independence of commuting rules -----------------------------------------

    private sealed class Edge(int from, int to)
    {
        public int From { get; } = from;

        public int To { get; } = to;

        public override string ToString() => $"E{From}>{To}";
    }

    private sealed class Node(int id)
    {
        public int Id { get; } = id;

        public override string ToString() => $"N{Id}";
    }

    private sealed class HasOut(int node)
    {
        public int Node { get; } = node;

        public override string ToString() => $"H{Node}";
    }

    private const int NodeCount = 5;

    /// <summary>
    /// Rules whose actions commute: they only insert facts identified by value, guarded by a Not on
    /// that value, or record. Transitive closure joins two edges and a Not with two key joins.
    /// </summary>
    private static readonly RuleSet GraphRules = BuildGraphRules();

    private static RuleSet BuildGraphRules()
    {
        var builder = new RuleSetBuilder();
        var closure = builder.Rule("graph.closure").Describe("Edges a>b and b>c give a>c.").Salience(10);
        var first = closure.Match<Edge>();
        var second = closure.Match<Edge>().JoinOn(first, s => s.From, f => f.To);
        closure.Not<Edge>().JoinOn(first, n => n.From, f => f.From).JoinOn(second, n => n.To, s => s.To);
        closure.Then(ctx => ctx.Insert(new Edge(ctx.Get(first).From, ctx.Get(second).To)));

        var hasOut = builder.Rule("graph.has-out").Describe("A node with an outgoing edge is marked.").Salience(5);
        var node = hasOut.Match<Node>();
        hasOut.Exists<Edge>().JoinOn(node, e => e.From, n => n.Id);
        hasOut.Not<HasOut>().JoinOn(node, h => h.Node, n => n.Id);
        hasOut.Then(ctx => ctx.Insert(new HasOut(ctx.Get(node).Id)));

        var loop = builder.Rule("graph.loop").Describe("Records every edge of a node to itself.");
        var edge = loop.Match<Edge>(e => e.From == e.To);
        loop.Then(ctx => ctx.Record($"loop {ctx.Get(edge)}"));

        var sink = builder.Rule("graph.sink").Describe("Records nodes without outgoing edges, once the rest is done.").Salience(-10);
        var sinkNode = sink.Match<Node>();
        sink.Not<HasOut>().JoinOn(sinkNode, h => h.Node, n => n.Id);
        sink.Then(ctx => ctx.Record($"sink {ctx.Get(sinkNode)}"));
        return builder.Build();
    }

    private static Gen<(int From, int To)[]> EdgesGen()
        => from count in Gen.Choose(0, 10)
           from edges in Gen.ArrayOf(Gen.Choose(0, NodeCount - 1).Two(), count)
           select edges;

    /// <summary>Node ids as non-negative numbers, edges as (from, to) encoded into negative numbers, shuffled.</summary>
    private static object Materialize(int code) => code >= 0 ? new Node(code) : new Edge((-code - 1) / NodeCount, (-code - 1) % NodeCount);

    private static int[] Codes((int From, int To)[] edges)
        => Enumerable.Range(0, NodeCount).Concat(edges.Select(e => -((e.From * NodeCount) + e.To) - 1)).ToArray();

    private static (List<string> Facts, List<string> Results) RunGraph(IEnumerable<int> codes, ISet<int> firePoints)
    {
        var session = GraphRules.CreateSession();
        var i = 0;
        foreach (var code in codes)
        {
            if (firePoints.Contains(i++))
            {
                session.Fire();
            }

            session.Insert(Materialize(code));
        }

        session.Fire();
        var facts = session.Query<object>().Select(f => f.ToString()!).Order(StringComparer.Ordinal).ToList();
        var results = session.Results.Select(r => r.ToString()!).Order(StringComparer.Ordinal).ToList();
        return (facts, results);
    }

    private static HashSet<(int, int)> Closure((int From, int To)[] edges)
    {
        var reach = edges.Select(e => (e.From, e.To)).ToHashSet();
        for (var k = 0; k < NodeCount; k++)
        {
            for (var a = 0; a < NodeCount; a++)
            {
                for (var b = 0; b < NodeCount; b++)
                {
                    if (reach.Contains((a, k)) && reach.Contains((k, b)))
                    {
                        reach.Add((a, b));
                    }
                }
            }
        }

        return reach;
    }

    [Fact]
    public void Fire_CommutingRules_FinalFactsAndResultsDoNotDependOnInsertionOrder()
    {
        var gen = from edges in EdgesGen()
                  from order in Gen.Shuffle(Codes(edges))
                  select (Edges: edges, Order: order);
        Prop.ForAll(gen.ToArbitrary(), input =>
            {
                var canonical = RunGraph(Codes(input.Edges), new HashSet<int>());
                var shuffled = RunGraph(input.Order, new HashSet<int>());

                // The canonical run is also right, not just stable: closure, marks, loops, sinks.
                var closure = Closure(input.Edges);
                var derived = closure.Except(input.Edges.Select(e => (e.From, e.To))).Count();
                var withOut = Enumerable.Range(0, NodeCount).Where(n => closure.Any(e => e.Item1 == n)).ToList();
                var expectedFactCount = NodeCount + input.Edges.Length + derived + withOut.Count;
                var expectedResultCount = input.Edges.Count(e => e.From == e.To) + closure.Count(e => e.Item1 == e.Item2 && !input.Edges.Contains(e))
                                          + (NodeCount - withOut.Count);

                return canonical.Facts.SequenceEqual(shuffled.Facts)
                       && canonical.Results.SequenceEqual(shuffled.Results)
                       && canonical.Facts.Count == expectedFactCount
                       && canonical.Results.Count == expectedResultCount
                       && closure.All(e => canonical.Facts.Contains($"E{e.Item1}>{e.Item2}"))
                       && withOut.All(n => canonical.Facts.Contains($"H{n}"));
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Fire_CommutingRulesFiredBetweenInserts_FinalFactsDoNotDependOnInsertionOrder()
    {
        var gen = from edges in EdgesGen()
                  from order in Gen.Shuffle(Codes(edges))
                  from points in Gen.SubListOf(Enumerable.Range(1, order.Length))
                  select (Edges: edges, Order: order, Points: points.ToHashSet());
        // A derived edge may be inserted before an equal initial edge arrives, so compare distinct values.
        Prop.ForAll(gen.ToArbitrary(), input =>
                RunGraph(Codes(input.Edges), new HashSet<int>()).Facts.ToHashSet().SetEquals(RunGraph(input.Order, input.Points).Facts))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    // ---- (c) Salience order and refraction on random, non-chaining rules -------------------

    private sealed class Num(int key, int value)
    {
        public int Key { get; } = key;

        public int Value { get; set; } = value;
    }

    private sealed record OrderRuleSpec(int Salience, int Width, int MinValue, bool Join, bool NotBigger);

    private static Gen<OrderRuleSpec> OrderRuleGen()
        => from salience in Gen.Choose(-2, 2)
           from width in Gen.Choose(1, 2)
           from min in Gen.Choose(0, 2)
           from joined in Gen.Elements(true, false)
           from notBigger in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
           select new OrderRuleSpec(salience, width, min, joined, notBigger);

    private static Gen<(OrderRuleSpec[] Rules, (int Key, int Value)[] Facts, bool[] Updated)> OrderScenarioGen()
        => from ruleCount in Gen.Choose(1, 5)
           from rules in Gen.ArrayOf(OrderRuleGen(), ruleCount)
           from factCount in Gen.Choose(0, 8)
           from facts in Gen.ArrayOf(Gen.Choose(0, 2).Zip(Gen.Choose(0, 3)), factCount)
           from updated in Gen.ArrayOf(Gen.Elements(true, false), factCount)
           select (rules, facts, updated);

    /// <summary>A new session with the generated facts inserted in order, and each fact's insertion position.</summary>
    private static (List<Num> Facts, Dictionary<object, int> Sequence, RuleSession Session) InsertAll(RuleSet rules, (int Key, int Value)[] generated)
    {
        var facts = generated.Select(f => new Num(f.Key, f.Value)).ToList();
        var sequence = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        var session = rules.CreateSession();
        foreach (var fact in facts)
        {
            sequence[fact] = sequence.Count;
            session.Insert(fact);
        }

        return (facts, sequence, session);
    }

    /// <summary>Builds rules that only look (Not on a fixed fact set is stable) and never change facts.</summary>
    private static RuleSet BuildOrderRules(OrderRuleSpec[] specs)
    {
        var builder = new RuleSetBuilder();
        for (var r = 0; r < specs.Length; r++)
        {
            var spec = specs[r];
            var rule = builder.Rule($"r{r}").Describe("Generated.").Salience(spec.Salience);
            var first = rule.Match<Num>(n => n.Value >= spec.MinValue);
            if (spec.Width == 2)
            {
                var second = rule.Match<Num>();
                if (spec.Join)
                {
                    second.JoinOn(first, s => s.Key, f => f.Key);
                }
            }

            if (spec.NotBigger)
            {
                rule.Not<Num>().JoinOn(first, n => n.Key, f => f.Key).Where(first, (n, f) => n.Value > f.Value);
            }

            rule.Then(_ => { });
        }

        return builder.Build();
    }

    private static bool Matches(OrderRuleSpec spec, IReadOnlyList<Num> tuple, IReadOnlyList<Num> facts)
        => tuple[0].Value >= spec.MinValue
           && (spec.Width == 1 || !spec.Join || tuple[1].Key == tuple[0].Key)
           && (!spec.NotBigger || !facts.Any(n => n.Key == tuple[0].Key && n.Value > tuple[0].Value));

    private static List<Num[]> AllTuples(OrderRuleSpec spec, IReadOnlyList<Num> facts)
        => spec.Width == 1
            ? facts.Select(f => new[] { f }).ToList()
            : facts.SelectMany(a => facts.Select(b => new[] { a, b })).ToList();

    /// <summary>The expected firing key (salience desc, rule order, insertion order of each fact) as a comparable list.</summary>
    private static int[] SortKey(RuleSet rules, RuleFiring firing, Dictionary<object, int> sequence)
        => new[] { -rules.Rules[firing.Rule.Order].Salience, firing.Rule.Order }.Concat(firing.Facts.Select(f => sequence[f])).ToArray();

    private static int CompareKeys(int[] a, int[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static string TupleId(RuleFiring firing, Dictionary<object, int> sequence)
        => $"{firing.Rule.Id}:{string.Join(",", firing.Facts.Select(f => sequence[f]))}";

    [Fact]
    public void Fire_NonChainingRules_FiresEveryMatchOnceSortedBySalienceRuleAndInsertion()
    {
        Prop.ForAll(OrderScenarioGen().ToArbitrary(), input =>
            {
                var rules = BuildOrderRules(input.Rules);
                var (facts, sequence, session) = InsertAll(rules, input.Facts);

                var count = session.Fire();
                var firings = session.Firings.ToList();
                var keys = firings.Select(f => SortKey(rules, f, sequence)).ToList();
                var sorted = keys.Zip(keys.Skip(1)).All(p => CompareKeys(p.First, p.Second) < 0);
                var ids = firings.Select(f => TupleId(f, sequence)).ToList();
                var expected = input.Rules
                    .SelectMany((spec, r) => AllTuples(spec, facts).Where(t => Matches(spec, t, facts)).Select(t => $"r{r}:{string.Join(",", t.Select(f => sequence[f]))}"))
                    .ToHashSet();

                return count == firings.Count
                       && sorted
                       && ids.Distinct().Count() == ids.Count
                       && expected.SetEquals(ids)
                       && session.Fire() == 0;
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Update_AfterFire_RefiresExactlyTheMatchingTuplesHoldingAnUpdatedFactInOrder()
    {
        Prop.ForAll(OrderScenarioGen().ToArbitrary(), input =>
            {
                var rules = BuildOrderRules(input.Rules.Select(r => r with { NotBigger = false }).ToArray());
                var (facts, sequence, session) = InsertAll(rules, input.Facts);

                var firstRound = session.Fire();
                var updated = facts.Where((_, i) => input.Updated[i]).ToHashSet(ReferenceEqualityComparer.Instance);
                foreach (var fact in facts.Where(updated.Contains))
                {
                    ((Num)fact).Value = (((Num)fact).Value + 1) % 4;
                    session.Update(fact);
                }

                var secondRound = session.Fire();
                var again = session.Firings.Skip(firstRound).ToList();
                var keys = again.Select(f => SortKey(rules, f, sequence)).ToList();
                var ids = again.Select(f => TupleId(f, sequence)).ToList();
                var expected = input.Rules
                    .SelectMany((spec, r) => AllTuples(spec with { NotBigger = false }, facts)
                        .Where(t => t.Any(updated.Contains) && Matches(spec with { NotBigger = false }, t, facts))
                        .Select(t => $"r{r}:{string.Join(",", t.Select(f => sequence[f]))}"))
                    .ToHashSet();

                return secondRound == again.Count
                       && keys.Zip(keys.Skip(1)).All(p => CompareKeys(p.First, p.Second) < 0)
                       && expected.SetEquals(ids)
                       && ids.Count == expected.Count;
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
