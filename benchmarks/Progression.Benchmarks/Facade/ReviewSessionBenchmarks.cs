using BenchmarkDotNet.Attributes;
using Progression.Packs;

namespace Progression.Benchmarks.Facade;

/// <summary>
/// <see cref="IProgressionEngine.ReviewSession"/> on the default engine for a session of 6 exercises × 3 sets, every
/// set on target at RPE 7: for a new client, and for a client with 40 such sessions of progress (built in
/// GlobalSetup by reviewing them). Target (issue 7): median under 20 µs and under 16 KB allocated.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReviewSessionBenchmarks
{
    private ProgressionEngine _engine = null!;
    private ClientState _newClient = null!;
    private SessionReport _newClientReport = null!;
    private ClientState _progressedClient = null!;
    private SessionReport _progressedReport = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = ProgressionEngine.CreateDefault();
        _newClient = ClientState.New("bench-client");
        _newClientReport = FacadeInputs.OnTargetSession(_engine, _newClient, FacadeInputs.SessionExercises, 0);
        _progressedClient = FacadeInputs.Progressed(_engine, _newClient, FacadeInputs.SessionExercises, 40);
        _progressedReport = FacadeInputs.OnTargetSession(_engine, _progressedClient, FacadeInputs.SessionExercises, 40);

        Guard(_engine, _newClient, _progressedClient, _newClientReport, _progressedReport, NewClient(), ProgressedClient(), nameof(ReviewSessionBenchmarks));
    }

    [Benchmark]
    public SessionReview NewClient() => _engine.ReviewSession(_newClient, _newClientReport);

    [Benchmark]
    public SessionReview ProgressedClient() => _engine.ReviewSession(_progressedClient, _progressedReport);

    /// <summary>
    /// Throws unless both reports hold 6 exercises × 3 sets, the new client gets six holds (1 of 2 successes), and
    /// the 40 sessions really moved the progressed client up the ladders, and its review takes no unsafe step.
    /// </summary>
    internal static void Guard(ProgressionEngine engine, ClientState newClient, ClientState progressed, SessionReport newReport, SessionReport progressedReport,
        SessionReview newReview, SessionReview progressedReview, string shape)
    {
        foreach (var report in new[] { newReport, progressedReport })
        {
            FacadeGuard.Check(report.Sets.Count == 18 && report.Sets.GroupBy(s => s.ExerciseId).All(g => g.Count() == 3), shape,
                $"a report holds {report.Sets.Count} sets, expected 6 exercises × 3");
        }

        FacadeGuard.Check(newReview.Decisions.Count == 6 && newReview.Decisions.All(d => d.Step == ProgressionStep.Hold && d.Reasons[0].RuleId == ProgressionRules.HoldForStreak),
            shape, $"a new client's first on-target session must hold every exercise for the streak: {string.Join("; ", newReview.Decisions)}");

        var moved = FacadeInputs.SessionExercises.Count(id =>
            FacadeInputs.Current(engine, progressed, id) is var now && now != FacadeInputs.Current(engine, newClient, id));
        FacadeGuard.Check(FacadeInputs.SessionExercises.All(id => progressed.ProgressOf(id)?.SessionsCompleted == 40) && moved == 6, shape,
            $"after 40 on-target sessions every exercise must have 40 sessions and a higher prescription; {moved} of 6 moved");

        FacadeGuard.Check(progressedReview.Decisions.Count == 6 && progressedReview.Referral == Referral.None
            && progressedReview.Decisions.All(d => d.Step is ProgressionStep.Hold or ProgressionStep.Increase or ProgressionStep.Advance),
            shape, $"an on-target session may only hold, increase or advance: {string.Join("; ", progressedReview.Decisions)}");
    }
}
