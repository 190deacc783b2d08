using BenchmarkDotNet.Attributes;
using Progression.Packs;

namespace Progression.Benchmarks.Facade;

/// <summary>
/// <see cref="IProgressionEngine.ReviewSession"/> on the default engine for a session of 6 exercises × 3 sets, every
/// set on target at RPE 7: for a new client, and for a client with 40 such sessions of progress (built in
/// GlobalSetup by reviewing them). Target (issue 13, on NRules): median at most 100 µs and 128 KB allocated (issue 7,
/// own engine: 20 µs, 16 KB).
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
        (_newClient, _newClientReport, _progressedClient, _progressedReport) = Inputs(_engine);

        Guard(_engine, _newClient, _progressedClient, _newClientReport, _progressedReport, NewClient(), ProgressedClient(), nameof(ReviewSessionBenchmarks));
    }

    [Benchmark]
    public SessionReview NewClient() => _engine.ReviewSession(_newClient, _newClientReport);

    [Benchmark]
    public SessionReview ProgressedClient() => _engine.ReviewSession(_progressedClient, _progressedReport);

    /// <summary>
    /// The inputs of this suite (also those of <see cref="BareNRulesReviewBenchmarks"/>): a new client and a client with
    /// 40 on-target sessions of progress, each with its next on-target session of the six exercises.
    /// </summary>
    internal static (ClientState NewClient, SessionReport NewReport, ClientState Progressed, SessionReport ProgressedReport) Inputs(ProgressionEngine engine)
    {
        var newClient = ClientState.New("bench-client");
        var newReport = FacadeInputs.OnTargetSession(engine, newClient, FacadeInputs.SessionExercises, 0);
        var progressed = FacadeInputs.Progressed(engine, newClient, FacadeInputs.SessionExercises, 40);
        return (newClient, newReport, progressed, FacadeInputs.OnTargetSession(engine, progressed, FacadeInputs.SessionExercises, 40));
    }

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
