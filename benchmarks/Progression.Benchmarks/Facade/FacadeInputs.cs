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
    /// Adds <paramref name="count"/> host rules in the built-in DSL, the kind a clinic adds: rule <c>i</c> matches one
    /// fact type (<see cref="ReportedSymptom"/>, <see cref="ExercisePerformance"/> or <see cref="PlanCandidate"/>,
    /// in turn) with a cheap filter that rarely matches, and records a finding when it does. None matches the
    /// benchmark inputs; <see cref="HostRules"/> builds inputs that make the first rule of each kind fire.
    /// </summary>
    public static ProgressionEngineBuilder WithHostRules(this ProgressionEngineBuilder builder, int count)
    {
        var ids = ExerciseCatalog.BuiltIn.Exercises.Select(e => e.Id).ToArray();
        for (var i = 0; i < count; i++)
        {
            var exerciseId = ids[(i / 3) % ids.Length];
            switch (i % 3)
            {
                case 0:
                {
                    // A severe symptom at one body site stops the session: never at the intensities of the benchmark sets.
                    var site = (BodySite)((i / 3) % Enum.GetValues<BodySite>().Length);
                    builder.AddRule(HostRules.Id(i), (rule, _) =>
                    {
                        rule.Describe($"Clinic: a symptom of 9/10 or more at the {site} stops the session.");
                        var symptom = rule.Match<ReportedSymptom>(s => s.Intensity >= 9 && s.Site == site);
                        rule.Then(ctx => ctx.Record(new SetFinding(SetAction.StopSession, Referral.Routine,
                            new Reason(ctx.Rule.Id, $"{ctx.Get(symptom).Symptom}: stop and call the clinic."))));
                    });
                    break;
                }

                case 1:
                    // More sets than prescribed: hold, the dose was not the one prescribed.
                    builder.AddRule(HostRules.Id(i), (rule, _) =>
                    {
                        rule.Describe($"Clinic: more sets of {exerciseId} than prescribed hold the dose.");
                        var performance = rule.Match<ExercisePerformance>(p => p.Sets.Count > p.Progress.Dosage.Sets && p.ExerciseId == exerciseId);
                        rule.Then(ctx =>
                        {
                            var p = ctx.Get(performance);
                            ctx.Record(new StepProposal(p.ExerciseId, ProgressionStep.Hold, p.Prescribed,
                                new Reason(ctx.Rule.Id, $"{p.Sets.Count} sets done for {p.Progress.Dosage.Sets} prescribed: the dose holds.")));
                        });
                    });
                    break;

                default:
                    // Two failed sessions in a row on one exercise: tell the coach.
                    builder.AddRule(HostRules.Id(i), (rule, _) =>
                    {
                        rule.Describe($"Clinic: two failed sessions in a row on {exerciseId} are flagged to the coach.");
                        var candidate = rule.Match<PlanCandidate>(c => c.Progress != null && c.Progress.FailureStreak >= 2 && c.ExerciseId == exerciseId);
                        rule.Then(ctx => ctx.Record(new PlanFinding(
                            new Reason(ctx.Rule.Id, $"{ctx.Get(candidate).Exercise.Name}: {ctx.Get(candidate).Progress!.FailureStreak} failed sessions in a row; the coach should look."))));
                    });
                    break;
            }
        }

        return builder;
    }
}

/// <summary>The host rules of <see cref="FacadeInputs.WithHostRules"/>, and the inputs that prove each kind fires.</summary>
internal static class HostRules
{
    public static string Id(int i) => $"clinic.bench-rule-{i:D4}";

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
