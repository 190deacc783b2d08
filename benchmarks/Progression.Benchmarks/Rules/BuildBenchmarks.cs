using BenchmarkDotNet.Attributes;
using Progression.Rules;

namespace Progression.Benchmarks.Rules;

/// <summary>
/// The cost of compiling the <see cref="ManyRulesBenchmarks"/> rule set: <see cref="Build"/> on a builder that
/// already holds the N rules (validation + compile), and <see cref="DeclareAndBuild"/> (new builder, declare, Build).
/// NRules' Meta suite has no compile benchmark; its counterpart is <c>RuleRepository.Compile()</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BuildBenchmarks
{
    private readonly Tally _tally = new();
    private RuleSetBuilder _builder = null!;
    private TestFact1[] _facts = [];

    [Params(10, 100, 1_000)]
    public int RuleCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _builder = new RuleSetBuilder();
        RuleShapes.DeclareModuloRules(_builder, RuleCount, _tally);
        _facts = Guard.Facts1(100);
        var (expected, checksum) = RuleShapes.ExpectedModuloFirings(RuleCount, _facts);

        // Guard both methods: each must compile every rule into a set that fires as it should.
        foreach (var set in new[] { Build(), DeclareAndBuild() })
        {
            if (set.Rules.Count != RuleCount)
            {
                throw new InvalidOperationException($"{nameof(BuildBenchmarks)}: built {set.Rules.Count} rules, expected {RuleCount}.");
            }

            _tally.Reset();
            var session = set.CreateSession();
            session.InsertAll(_facts);
            Guard.Expect(nameof(BuildBenchmarks), session.Fire(), _tally, expected, checksum);
        }
    }

    [Benchmark]
    public RuleSet Build() => _builder.Build();

    [Benchmark]
    public RuleSet DeclareAndBuild()
    {
        var builder = new RuleSetBuilder();
        RuleShapes.DeclareModuloRules(builder, RuleCount, _tally);
        return builder.Build();
    }
}
