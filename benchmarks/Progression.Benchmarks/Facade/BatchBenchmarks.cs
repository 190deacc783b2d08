using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;

namespace Progression.Benchmarks.Facade;

/// <summary>
/// A coach changes a policy and the host re-plans and reviews its whole population: for each of 100,000 simulated
/// clients, <see cref="IProgressionEngine.PlanSession"/> and then <see cref="IProgressionEngine.ReviewSession"/> of the
/// session the client did from that plan, on all cores (<c>Parallel.ForEach</c> over range partitions), with one
/// shared engine. Target (issue 13, on NRules): at least 20,000 clients per second (issue 7, own engine: 100,000).
/// </summary>
/// <remarks>
/// One operation is the whole batch, declared as <see cref="Clients"/> operations, so BenchmarkDotNet's per-operation
/// time (Mean, Median) and allocation are <b>per client</b>. Clients per second = 1 / that time:
/// 1 s / 50 µs = 20,000 clients/s; 1 s / 10 µs = 100,000 clients/s.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
public class BatchBenchmarks
{
    public const int Clients = 100_000;
    private const int Prototypes = 20;
    private const int Seed = 20_260_105;

    private ProgressionEngine _engine = null!;
    private ClientState[] _clients = [];
    private CheckIn?[] _checkIns = [];
    private SessionReport[] _reports = [];

    [GlobalSetup]
    public void Setup()
    {
        _engine = ProgressionEngine.CreateDefault();

        // 20 distinct prototypes, varied deterministically from one seed; the 100,000 clients cycle through them,
        // each with its own id (sharing the prototype's immutable progress, assessment, check-in and report).
        var random = new Random(Seed);
        var prototypes = new (ClientState Client, CheckIn? CheckIn, SessionReport Report, long Checksum)[Prototypes];
        for (var k = 0; k < Prototypes; k++)
        {
            prototypes[k] = Prototype(random, k);
        }

        _clients = new ClientState[Clients];
        _checkIns = new CheckIn?[Clients];
        _reports = new SessionReport[Clients];
        var expected = 0L;
        for (var i = 0; i < Clients; i++)
        {
            var p = prototypes[i % Prototypes];
            _clients[i] = p.Client with { ClientId = $"client-{i:D6}" };
            _checkIns[i] = p.CheckIn;
            _reports[i] = p.Report;
            expected += p.Checksum;
        }

        // Guard: the prototypes differ, and the parallel batch gives every client the answer it gets alone.
        var distinct = prototypes.Select(p => p.Checksum).Distinct().Count();
        FacadeGuard.Check(distinct >= Prototypes / 2, nameof(BatchBenchmarks), $"only {distinct} of {Prototypes} prototypes answer differently");
        var total = PlanAndReview();
        FacadeGuard.Check(total == expected, nameof(BatchBenchmarks), $"the parallel batch's checksum is {total}, the clients one by one give {expected}");
        var oneThread = PlanAndReviewOneThread();
        FacadeGuard.Check(oneThread == expected, nameof(BatchBenchmarks), $"the one-thread batch's checksum is {oneThread}, the clients one by one give {expected}");
    }

    /// <summary>Per-operation time is per client: clients per second = 1 / Median (e.g. 50 µs → 20,000 clients/s).</summary>
    [Benchmark(OperationsPerInvoke = Clients)]
    public long PlanAndReview()
    {
        var total = 0L;
        Parallel.ForEach(
            Partitioner.Create(0, Clients),
            () => 0L,
            (range, _, local) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var plan = _engine.PlanSession(_clients[i], _checkIns[i]);
                    var review = _engine.ReviewSession(_clients[i], _reports[i]);
                    local += Checksum(plan, review);
                }

                return local;
            },
            local => Interlocked.Add(ref total, local));
        return total;
    }

    /// <summary>
    /// The same clients on one thread: time per client is CPU time per client, so this row says what one core
    /// does, and how far <see cref="PlanAndReview"/> is from that many times the core count shows how well the
    /// machine runs two threads at once.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Clients)]
    public long PlanAndReviewOneThread()
    {
        var total = 0L;
        for (var i = 0; i < Clients; i++)
        {
            var plan = _engine.PlanSession(_clients[i], _checkIns[i]);
            var review = _engine.ReviewSession(_clients[i], _reports[i]);
            total += Checksum(plan, review);
        }

        return total;
    }

    /// <summary>A summary of a client's answers, so a wrong or missing answer changes the batch's total.</summary>
    private static long Checksum(SessionPlan plan, SessionReview review)
    {
        var sum = (plan.Items.Count * 1_000L) + ((int)plan.Referral * 100_000L) + plan.Reasons.Count;
        foreach (var decision in review.Decisions)
        {
            sum += ((int)decision.Step + 1) * 10L;
        }

        return sum;
    }

    /// <summary>
    /// One simulated client: an assessment (none, all imbalances, or one of them), 0–40 sessions of progress on a
    /// random half of the session exercises, maybe a check-in (mild or raised morning pain, lingering soreness), and
    /// a report of the plan's exercises: mostly on target, some short of it, some hard, some with fatigue.
    /// </summary>
    private (ClientState Client, CheckIn? CheckIn, SessionReport Report, long Checksum) Prototype(Random random, int k)
    {
        Assessment? assessment = (k % 4) switch
        {
            0 => null,
            1 => FacadeInputs.AllImbalances,
            2 => new Assessment { HamstringQuadRatio = 0.45 + (random.Next(30) / 100.0) },
            _ => new Assessment { Trunk = new TrunkEndurance { FlexorSeconds = 90 + random.Next(60), ExtensorSeconds = 60 + random.Next(60) } },
        };
        var trained = FacadeInputs.SessionExercises.Where(_ => random.Next(2) == 0).ToArray();
        var sessions = random.Next(41);
        var client = FacadeInputs.Progressed(_engine, ClientState.New($"prototype-{k}", assessment), trained, sessions);
        if (trained.Length > 0)
        {
            client = client with { LastSessionExercises = trained };
        }

        CheckIn? checkIn = random.Next(4) switch
        {
            0 => null,
            1 => new CheckIn { MorningPain = 1, BaselinePain = 1, DaysSinceLastSession = 2 },
            2 => new CheckIn { MorningPain = 4, BaselinePain = 1, DaysSinceLastSession = 2 },
            _ => new CheckIn { Soreness = [new Symptom(SymptomKind.MuscleSoreness, BodySite.Glutes, 3)], DaysSinceLastSession = 3 },
        };

        var plan = _engine.PlanSession(client, checkIn);
        var sets = new List<SetReport>();
        foreach (var item in plan.Items)
        {
            sets.AddRange(random.Next(10) switch
            {
                < 6 => FacadeInputs.OnTarget(item.Prescription),
                < 8 => FacadeInputs.ShortOfTarget(item.Prescription),
                8 => FacadeInputs.OnTarget(item.Prescription, rpe: 9),
                _ => FacadeInputs.OnTarget(item.Prescription, 7, new Symptom(SymptomKind.MuscleFatigue, BodySite.Core, 4)),
            });
        }

        FacadeGuard.Check(sets.Count > 0, nameof(BatchBenchmarks),
            $"prototype {k} was planned nothing to report ({plan.Items.Count} items, referral {plan.Referral}): {string.Join(" | ", plan.Reasons.Concat(plan.Items.SelectMany(i => i.Reasons)).Select(r => r.ToString()))}");
        var report = new SessionReport(FacadeInputs.Day(sessions), sets) { CheckIn = checkIn };
        return (client, checkIn, report, Checksum(_engine.PlanSession(client, checkIn), _engine.ReviewSession(client, report)));
    }
}
