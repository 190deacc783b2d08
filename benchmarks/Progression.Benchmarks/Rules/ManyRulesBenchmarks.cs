using BenchmarkDotNet.Attributes;
using Progression.Rules;

namespace Progression.Benchmarks.Rules;

/// <summary>
/// NRules' Meta/BenchmarkMultipleRules.Insert: rules 1..N, rule i matching <c>IntProperty % i == 0</c>,
/// against 100 facts 0..99. Firings: 296 for 10 rules, 573 for 100, 1,473 for 1,000.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ManyRulesBenchmarks
{
    private readonly Tally _tally = new();
    private RuleSet _ruleSet = null!;
    private TestFact1[] _facts = [];

    [Params(10, 100, 1_000)]
    public int RuleCount { get; set; }

    [Params(100)]
    public int FactCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new RuleSetBuilder();
        RuleShapes.DeclareModuloRules(builder, RuleCount, _tally);
        _ruleSet = builder.Build();
        _facts = Guard.Facts1(FactCount);

        var (expected, checksum) = RuleShapes.ExpectedModuloFirings(RuleCount, _facts);
        _tally.Reset();
        Guard.Expect(nameof(ManyRulesBenchmarks), InsertFire(), _tally, expected, checksum);
    }

    [Benchmark]
    public int InsertFire()
    {
        var session = _ruleSet.CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }
}

/// <summary>The rule set of NRules' BenchmarkMultipleRules, shared with the build benchmark.</summary>
internal static class RuleShapes
{
    public static void DeclareModuloRules(RuleSetBuilder builder, int ruleCount, Tally tally)
    {
        for (var i = 1; i <= ruleCount; i++)
        {
            var divisor = i;
            var rule = builder.Rule($"bench.rule-{i}").Describe($"Fires for every fact whose IntProperty is a multiple of {divisor}.");
            var fact = rule.Match<TestFact1>(x => x.IntProperty % divisor == 0);
            rule.Then(ctx =>
            {
                tally.Actions++;
                tally.Checksum += ctx.Get(fact).IntProperty + divisor;
            });
        }
    }

    /// <summary>Firings and checksum computed without the engine.</summary>
    public static (int Firings, long Checksum) ExpectedModuloFirings(int ruleCount, TestFact1[] facts)
    {
        var firings = 0;
        var checksum = 0L;
        for (var divisor = 1; divisor <= ruleCount; divisor++)
        {
            foreach (var f in facts)
            {
                if (f.IntProperty % divisor == 0)
                {
                    firings++;
                    checksum += f.IntProperty + divisor;
                }
            }
        }

        return (firings, checksum);
    }
}
