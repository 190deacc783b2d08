using System.Collections.Concurrent;

namespace Progression.Coach.Load;

/// <summary>Every request's time by kind, and every failure with what the host answered.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _milliseconds = new();
    private readonly ConcurrentQueue<string> _failures = new();

    public IReadOnlyCollection<string> Failures => _failures;

    public void Add(string kind, TimeSpan elapsed) =>
        _milliseconds.GetOrAdd(kind, _ => []).Add(elapsed.TotalMilliseconds);

    public void Fail(string what) => _failures.Enqueue(what);

    public int Count(string kind) => _milliseconds.TryGetValue(kind, out var times) ? times.Count : 0;

    /// <summary>p50, p99 and max per kind, in milliseconds, as a table (nearest-rank percentiles).</summary>
    public string Table(IEnumerable<string> kinds)
    {
        var lines = new List<string>
        {
            "| request | count | p50 ms | p99 ms | max ms |",
            "|---|---:|---:|---:|---:|",
        };
        foreach (string kind in kinds)
        {
            double[] sorted = [.. (_milliseconds.TryGetValue(kind, out var times) ? times : []).Order()];
            lines.Add(sorted.Length == 0
                ? $"| {kind} | 0 | – | – | – |"
                : $"| {kind} | {sorted.Length} | {Rank(sorted, 0.50):F1} | {Rank(sorted, 0.99):F1} | {sorted[^1]:F1} |");
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static double Rank(double[] sorted, double quantile) =>
        sorted[Math.Max(0, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
