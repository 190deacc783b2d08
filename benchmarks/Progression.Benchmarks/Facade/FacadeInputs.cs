using NRules.RuleModel;
using Progression.Facts;
using Progression.Simulation;

namespace Progression.Benchmarks.Facade;

/// <summary>
/// The clients, sets and reports the facade suites feed the engine, built through the public API only,
/// the way a host would (and the way tests/Progression.Tests/Facade/Reports.cs builds them).
/// </summary>
internal static class FacadeInputs
{
    /// <summary>The six exercises of the benchmark session. Every variant on their ladders prescribes 3 sets.</summary>
    public static readonly string[] SessionExercises =
        ["atg-split-squat", "glute-bridge", "band-hip-hinge", "bird-dog", "dead-bug", "side-bridge"];

    /// <summary>
    /// An assessment showing every imbalance the selection rules know: H:Q 0.48 (quadriceps dominance), single-leg
    /// bridge 41 s left / 50 s right (limb asymmetry), modified Thomas test +10° right (short hip flexors), trunk
    /// flexor 120 s / extensor 80 s (weak extensors) and side bridge 48 s left / 60 s right (lateral asymmetry).
    /// </summary>
    public static Assessment AllImbalances { get; } = new()
    {
        HamstringQuadRatio = 0.48,
        SingleLegBridgeSeconds = new SidePair(41, 50),
        HipFlexorAngle = new SidePair(-5, 10),
        Trunk = new TrunkEndurance
        {
            FlexorSeconds = 120,
            ExtensorSeconds = 80,
            SideBridgeLeftSeconds = 48,
            SideBridgeRightSeconds = 60,
        },
    };

    /// <summary>The rule ids of the findings <see cref="AllImbalances"/> must produce, one per imbalance.</summary>
    public static readonly string[] ImbalanceFindings =
    [
        Packs.SelectionRules.QuadDominance,
        Packs.SelectionRules.LimbAsymmetryFound,
        Packs.SelectionRules.ShortHipFlexorsFound,
        Packs.SelectionRules.WeakExtensorsFound,
        Packs.SelectionRules.LateralAsymmetryFound,
    ];

    /// <summary>The day of session <paramref name="n"/> (0-based), one session every two days.</summary>
    public static DateOnly Day(int n) => new DateOnly(2026, 1, 5).AddDays(2 * n);

    /// <summary>The client's current prescription (see <see cref="Prescribed.Current"/>).</summary>
    public static Prescription Current(ProgressionEngine engine, ClientState client, string exerciseId)
        => Prescribed.Current(engine, client, exerciseId);

    /// <summary>The sets of <paramref name="prescription"/>, each exactly on target at <paramref name="rpe"/>.</summary>
    public static IEnumerable<SetReport> OnTarget(Prescription prescription, int rpe = 7, params Symptom[] symptoms)
        => Prescribed.OnTarget(prescription, rpe, symptoms);

    /// <summary>The sets of <paramref name="prescription"/>, the last one short of the target.</summary>
    public static IEnumerable<SetReport> ShortOfTarget(Prescription prescription) => Prescribed.ShortOfTarget(prescription);

    /// <summary>A session of every exercise in <paramref name="exerciseIds"/>, each set on target at RPE 7.</summary>
    public static SessionReport OnTargetSession(ProgressionEngine engine, ClientState client, IEnumerable<string> exerciseIds, int day)
        => new(Day(day), exerciseIds.SelectMany(id => OnTarget(Current(engine, client, id))).ToArray());

    /// <summary>
    /// Reviews <paramref name="sessions"/> sessions of <paramref name="exerciseIds"/> that meet the prescription,
    /// starting at session day <paramref name="firstDay"/>, and returns the client's state after the last one.
    /// </summary>
    public static ClientState Progressed(ProgressionEngine engine, ClientState client, IReadOnlyList<string> exerciseIds, int sessions, int firstDay = 0)
    {
        if (exerciseIds.Count == 0)
        {
            // Nothing trained is no session: an empty report is refused (issue 12), and a client with no progress is the answer.
            return client;
        }

        for (var day = firstDay; day < firstDay + sessions; day++)
        {
            client = engine.ReviewSession(client, OnTargetSession(engine, client, exerciseIds, day)).Next;
        }

        return client;
    }

    /// <summary>The first set of an exercise for a client, at the current prescription, with the given symptoms.</summary>
    public static SetReport FirstSet(ProgressionEngine engine, ClientState client, string exerciseId, params Symptom[] symptoms)
        => OnTarget(Current(engine, client, exerciseId), 7, symptoms).First();

    /// <summary>
    /// A copy of a catalog exercise under a new id (<c>{id}-copy-{n}</c>), its ladder cloned with new variant ids,
    /// as a host adds its own exercises with <see cref="ProgressionEngineBuilder.AddExercise"/>.
    /// </summary>
    public static Exercise Copy(Exercise source, int n)
    {
        var id = $"{source.Id}-copy-{n}";
        var variants = source.Variants.Select(v =>
        {
            var suffix = v.Id[(v.Id.IndexOf('.', StringComparison.Ordinal) + 1)..];
            return new ExerciseVariant($"{id}.{suffix}", v.Name, v.Tier, v.Measure, [.. v.Equipment])
            {
                Sets = v.Sets,
                Reps = v.Reps,
                HoldSeconds = v.HoldSeconds,
                Load = v.Load,
                IsUnilateral = v.IsUnilateral,
                Cue = v.Cue,
            };
        });
        return new Exercise(id, $"{source.Name} (copy {n})", source.Pattern, source.TargetMuscles, variants)
        {
            IsStretch = source.IsStretch,
            Region = source.Region,
            LoadsLumbarSpine = source.LoadsLumbarSpine,
            Source = source.Source,
        };
    }

    /// <summary>Adds copies of the built-in exercises (cycled, in catalog order) until the catalog holds <paramref name="exercises"/>.</summary>
    public static ProgressionEngineBuilder WithCatalogSize(this ProgressionEngineBuilder builder, int exercises)
    {
        var builtIn = ExerciseCatalog.BuiltIn.Exercises;
        if (exercises < builtIn.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(exercises), exercises, $"The built-in catalog already holds {builtIn.Count} exercises.");
        }

        for (var n = 0; n < exercises - builtIn.Count; n++)
        {
            builder.AddExercise(Copy(builtIn[n % builtIn.Count], n));
        }

        return builder;
    }

    /// <summary>
    /// Adds the first <paramref name="count"/> host rules of <see cref="HostRules.Types"/>, NRules rule classes of the
    /// kind a clinic adds: rule <c>i</c> matches one fact type (<see cref="ReportedSymptom"/>,
    /// <see cref="ExercisePerformance"/> or <see cref="PlanCandidate"/>, in turn) with a cheap filter that rarely
    /// matches, and records a finding when it does. None matches the benchmark inputs; <see cref="HostRules.ProveLive"/>
    /// builds inputs that make the first rule of each kind fire.
    /// </summary>
    public static ProgressionEngineBuilder WithHostRules(this ProgressionEngineBuilder builder, int count)
    {
        if (count > HostRules.Types.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count,
                $"There are {HostRules.Types.Length} host rule classes; write more with benchmarks/tools/generate-host-rules.py.");
        }

        return builder.AddRules(HostRules.Types[..count]);
    }
}

/// <summary>
/// The host rules of <see cref="FacadeInputs.WithHostRules"/> (the classes are generated into HostRules.Generated.cs
/// by benchmarks/tools/generate-host-rules.py: NRules takes a rule as a class with its id in <c>[Name]</c>, so a
/// hundred rules are a hundred classes), their actions, and the inputs that prove each kind fires.
/// </summary>
internal static partial class HostRules
{
    public static string Id(int i) => $"clinic.bench-rule-{i:D4}";

    private static void StopSession(IContext ctx, ReportedSymptom symptom)
        => ctx.Insert(new SetFinding(SetAction.StopSession, Referral.Routine,
            new Reason(ctx.Rule.Name, $"{symptom.Symptom}: stop and call the clinic.")));

    private static void HoldDose(IContext ctx, ExercisePerformance performance)
        => ctx.Insert(new StepProposal(performance.ExerciseId, ProgressionStep.Hold, performance.Prescribed,
            new Reason(ctx.Rule.Name, $"{performance.Sets.Count} sets done for {performance.Progress.Dosage.Sets} prescribed: the dose holds.")));

    private static void FlagToCoach(IContext ctx, PlanCandidate candidate)
        => ctx.Insert(new PlanFinding(
            new Reason(ctx.Rule.Name, $"{candidate.Exercise.Name}: {candidate.Progress!.FailureStreak} failed sessions in a row; the coach should look.")));

    /// <summary>
    /// Throws unless the host rules are in the engine and the first rule of each kind (0, 1, 2) fires on an input
    /// built to match it: the rules are live, so their cost is real.
    /// </summary>
    public static void ProveLive(string shape, ProgressionEngine engine, int count, int builtInRules)
    {
        FacadeGuard.Check(engine.Rules.Count == builtInRules + count, shape,
            $"the engine has {engine.Rules.Count} rules, expected {builtInRules} built-in + {count} host rules");
        if (count < 3)
        {
            return;
        }

        // Rule 0: a 9/10 symptom at BodySite 0 (lower back).
        var client = ClientState.New("guard");
        var set = FacadeInputs.FirstSet(engine, client, "bird-dog", new Symptom(SymptomKind.MuscleSoreness, (BodySite)0, 9));
        var verdict = engine.EvaluateSet(client, set);
        FacadeGuard.Check(verdict.Action == SetAction.StopSession && verdict.Reasons.Any(r => r.RuleId == Id(0)), shape,
            $"host rule {Id(0)} did not stop the session on a 9/10 lower-back symptom: {verdict}");

        // Rule 1: one set more than prescribed of the first built-in exercise.
        var first = ExerciseCatalog.BuiltIn.Exercises[0].Id;
        var prescription = FacadeInputs.Current(engine, client, first);
        var sets = FacadeInputs.OnTarget(prescription with { Dosage = prescription.Dosage with { Sets = prescription.Dosage.Sets + 1 } });
        var review = engine.ReviewSession(client, new SessionReport(FacadeInputs.Day(0), sets.ToArray()));
        FacadeGuard.Check(review.Decisions.Single().Reasons.Any(r => r.RuleId == Id(1)), shape,
            $"host rule {Id(1)} did not speak on a session with an extra set: {review.Decisions.Single()}");

        // Rule 2: two failed sessions in a row on the first built-in exercise.
        var failing = client;
        for (var day = 0; day < 2; day++)
        {
            var report = new SessionReport(FacadeInputs.Day(day), FacadeInputs.ShortOfTarget(FacadeInputs.Current(engine, failing, first)).ToArray());
            failing = engine.ReviewSession(failing, report).Next;
        }

        var plan = engine.PlanSession(failing);
        FacadeGuard.Check(plan.Reasons.Any(r => r.RuleId == Id(2)), shape,
            $"host rule {Id(2)} did not flag two failed sessions in a row (failure streak {failing.ProgressOf(first)?.FailureStreak})");
    }
}

/// <summary>The correctness guard each facade GlobalSetup runs before anything is measured.</summary>
internal static class FacadeGuard
{
    public static void Check(bool condition, string shape, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException(
                $"{shape}: the facade did not give the answer this benchmark must measure, so the numbers would mean nothing: {what}.");
        }
    }
}
