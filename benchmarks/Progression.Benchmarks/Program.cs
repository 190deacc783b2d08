using BenchmarkDotNet.Running;

// Pick suites with --filter, e.g. `--filter *OnePattern*`; see benchmarks/README.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
