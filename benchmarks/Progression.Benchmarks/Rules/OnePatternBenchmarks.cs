using BenchmarkDotNet.Attributes;
using Progression.Rules;

namespace Progression.Benchmarks.Rules;

/// <summary>
/// NRules' Meta/BenchmarkOneFactRule.Insert: one rule, one pattern filtering
/// <c>IntProperty % 2 == 0</c>, facts 0..n-1, so n/2 firings. New session + insert all + Fire.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class OnePatternBenchmarks
{
    private readonly Tally _tally = new();
    private RuleSet _ruleSet = null!;
    private TestFact1[] _facts = [];

    [Params(10, 100, 1_000)]
    public int FactCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("bench.one-pattern").Describe("Fires for every fact with an even IntProperty.");
        var fact = rule.Match<TestFact1>(x => x.IntProperty % 2 == 0);
        rule.Then(ctx =>
        {
            _tally.Actions++;
            _tally.Checksum += ctx.Get(fact).IntProperty;
        });
        _ruleSet = builder.Build();
        _facts = Guard.Facts1(FactCount);

        // Guard: computed without the engine.
        var expected = 0;
        var checksum = 0L;
        foreach (var f in _facts)
        {
            if (f.IntProperty % 2 == 0)
            {
                expected++;
                checksum += f.IntProperty;
            }
        }

        _tally.Reset();
        Guard.Expect(nameof(OnePatternBenchmarks), InsertFire(), _tally, expected, checksum);
    }

    [Benchmark]
    public int InsertFire()
    {
        var session = _ruleSet.CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }
}
