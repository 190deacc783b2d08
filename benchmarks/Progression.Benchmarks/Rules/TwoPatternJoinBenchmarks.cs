using BenchmarkDotNet.Attributes;
using Progression.Rules;

namespace Progression.Benchmarks.Rules;

/// <summary>
/// NRules' Meta/BenchmarkTwoFactJoinRule.Insert: fact1 with <c>IntProperty % 2 == 0</c>, joined to fact2
/// with <c>IntProperty % 2 == 0</c> where <c>fact2.IntProperty % 2 == fact1.IntProperty % 4</c>.
/// Here that condition is the equal-key join <c>JoinOn(fact1, f2 =&gt; f2.IntProperty % 2, f1 =&gt; f1.IntProperty % 4)</c>.
/// Every even fact2 has key 0, so it matches every fact1 that is a multiple of 4: the join yields
/// ceil(n1/4) × ceil(n2/2) tuples — 15, 1,250, 12,500 and 125,000 for the four sizes.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TwoPatternJoinBenchmarks
{
    private readonly Tally _tally = new();
    private RuleSet _ruleSet = null!;
    private TestFact1[] _facts1 = [];
    private TestFact2[] _facts2 = [];

    /// <summary>Fact1 count × fact2 count.</summary>
    [ParamsSource(nameof(Sizes))]
    public JoinSize Size { get; set; } = new(10, 10);

    public static IEnumerable<JoinSize> Sizes =>
    [
        new(10, 10),
        new(100, 100),
        new(1_000, 100),
        new(1_000, 1_000),
    ];

    [GlobalSetup]
    public void Setup()
    {
        var builder = new RuleSetBuilder();
        var rule = builder.Rule("bench.two-pattern-join").Describe("Pairs every multiple-of-four fact1 with every even fact2.");
        var fact1 = rule.Match<TestFact1>(x => x.IntProperty % 2 == 0);
        var fact2 = rule.Match<TestFact2>(x => x.IntProperty % 2 == 0)
            .JoinOn(fact1, f2 => f2.IntProperty % 2, f1 => f1.IntProperty % 4);
        rule.Then(ctx =>
        {
            _tally.Actions++;
            _tally.Checksum += (ctx.Get(fact1).IntProperty * 1_000_003L) + ctx.Get(fact2).IntProperty;
        });

        // 1,000 × 1,000 fires 125,000 times, past the default MaxFirings of 100,000.
        _ruleSet = builder.Build(new RuleSetOptions { MaxFirings = 1_000_000 });
        _facts1 = Guard.Facts1(Size.Fact1Count);
        _facts2 = Guard.Facts2(Size.Fact2Count);

        // Guard: NRules' own condition, evaluated pair by pair without the engine.
        var expected = 0;
        var checksum = 0L;
        foreach (var f1 in _facts1)
        {
            foreach (var f2 in _facts2)
            {
                if (f1.IntProperty % 2 == 0 && f2.IntProperty % 2 == 0 && f2.IntProperty % 2 == f1.IntProperty % 4)
                {
                    expected++;
                    checksum += (f1.IntProperty * 1_000_003L) + f2.IntProperty;
                }
            }
        }

        _tally.Reset();
        Guard.Expect($"{nameof(TwoPatternJoinBenchmarks)} {Size}", InsertFire(), _tally, expected, checksum);
    }

    [Benchmark]
    public int InsertFire()
    {
        var session = _ruleSet.CreateSession();
        session.InsertAll(_facts1);
        session.InsertAll(_facts2);
        return session.Fire();
    }

    /// <summary>A join size; its text is what the results table shows, and it sorts by size, not by text.</summary>
    public sealed record JoinSize(int Fact1Count, int Fact2Count) : IComparable<JoinSize>, IComparable
    {
        public int CompareTo(JoinSize? other)
            => other is null ? 1 : ((long)Fact1Count * Fact2Count, Fact1Count).CompareTo(((long)other.Fact1Count * other.Fact2Count, other.Fact1Count));

        public int CompareTo(object? obj) => CompareTo(obj as JoinSize);

        public override string ToString() => $"{Fact1Count}x{Fact2Count}";
    }
}
