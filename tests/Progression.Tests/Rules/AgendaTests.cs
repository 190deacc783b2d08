using FsCheck;
using FsCheck.Fluent;
using Progression.Rules;

namespace Progression.Tests.Rules;

public sealed class AgendaTests
{
    private static CompiledRule PairRule()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("pair", 0);
        var item = rule.Match<Item>();
        rule.Match<Token>();
        rule.Then(_ => { });
        return builder.Build().CompiledRules[0];
    }

    // Sequences straddle the 22-bit field the agenda packs into its sort key, so the packed and
    // the fall-back comparisons are both exercised.
    private static readonly Gen<int> Sequences = Gen.OneOf(
        Gen.Choose(0, 50),
        Gen.Choose((1 << 22) - 3, (1 << 22) + 3),
        Gen.Choose(int.MaxValue - 3, int.MaxValue - 1));

    [Fact]
    public void Property_every_pop_returns_the_smallest_waiting_activation_however_large_the_sequences()
    {
        var rule = PairRule();
        var pairs = Gen.ListOf(Gen.Zip(Sequences, Sequences)).ToArbitrary();
        Prop.ForAll(pairs, Gen.Choose(0, 10).ToArbitrary(), (list, firstBatch) =>
            {
                var agenda = new Agenda();
                var activations = list.Select(p => new Activation(rule, new FactHandle(new Item("i", 0), p.Item1), new FactHandle(new Token("t"), p.Item2))).ToList();
                var waiting = new List<(int, int)>();

                // Some pushed before popping starts (the sorted run), the rest one per pop (the heap).
                var split = Math.Min(firstBatch, activations.Count);
                foreach (var a in activations.Take(split))
                {
                    agenda.Push(a);
                    waiting.Add((a[0].Sequence, a[1].Sequence));
                }

                var rest = new Queue<Activation>(activations.Skip(split));
                var pops = 0;
                while (rest.Count > 0 || waiting.Count > 0)
                {
                    if (rest.TryDequeue(out var pushed))
                    {
                        agenda.Push(pushed);
                        waiting.Add((pushed[0].Sequence, pushed[1].Sequence));
                    }

                    if (!agenda.TryPop(out var next))
                    {
                        return false;
                    }

                    var key = (next[0].Sequence, next[1].Sequence);
                    if (key != waiting.Min())
                    {
                        return false;
                    }

                    waiting.Remove(key);
                    pops++;
                }

                return pops == activations.Count && !agenda.TryPop(out _);
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Pushed_before_popping_pops_fully_sorted_across_the_packing_limit()
    {
        var rule = PairRule();
        var sequences = new[] { (1 << 22) + 1, 5, (1 << 22) - 1, int.MaxValue - 1, 1 << 22, 0 };
        var agenda = new Agenda();
        foreach (var first in sequences)
        {
            foreach (var second in sequences)
            {
                agenda.Push(new Activation(rule, new FactHandle(new Item("i", 0), first), new FactHandle(new Token("t"), second)));
            }
        }

        var popped = new List<(int, int)>();
        while (agenda.TryPop(out var next))
        {
            popped.Add((next[0].Sequence, next[1].Sequence));
        }

        Assert.Equal(popped.Order(), popped);
        Assert.Equal(sequences.Length * sequences.Length, popped.Count);
    }
}
