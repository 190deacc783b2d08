using System.Diagnostics;
using BenchmarkDotNet.Running;
using Progression;

// `--cold-build`: the first Build() of a fresh process, what a host's start-up pays (issue 13: at most 300 ms).
// BenchmarkDotNet's builds run warm, many to a process; this times one, then exits. Run the built program a few
// times and take the median (benchmarks/README.md has the loop).
if (args is ["--cold-build"])
{
    var stopwatch = Stopwatch.StartNew();
    var engine = ProgressionEngine.CreateDefault();
    stopwatch.Stop();
    if (engine.Rules.Count == 0)
    {
        throw new InvalidOperationException("CreateDefault() built an engine without rules; the time would mean nothing.");
    }

    Console.WriteLine($"cold CreateDefault(): {stopwatch.Elapsed.TotalMilliseconds:F1} ms ({engine.Rules.Count} rules)");
    return;
}

// Pick suites with --filter, e.g. `--filter '*BareNRules*'`; see benchmarks/README.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
