using BenchmarkDotNet.Attributes;
using Progression.Facts;

namespace Progression.Benchmarks.Facade;

/// <summary>
/// Building an engine: <see cref="ProgressionEngine.CreateDefault"/> (validate the default policy and the built-in
/// catalog, declare and compile the built-in rules), and <see cref="ConfiguredBuild"/>, the start-up of a typical
/// host: <c>CreateBuilder()</c>, a policy change, one host rule, one host exercise, <c>Build()</c>.
/// Target (issue 7): median under 20 ms.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EngineBuildBenchmarks
{
    private static readonly Exercise HostExercise = FacadeInputs.Copy(ExerciseCatalog.BuiltIn.Get("glute-bridge"), 0);

    [GlobalSetup]
    public void Setup()
    {
        var shape = nameof(EngineBuildBenchmarks);
        var builtIn = ExerciseCatalog.BuiltIn.Exercises.Count;
        var defaults = CreateDefault();
        FacadeGuard.Check(defaults.Rules.Count > 0 && defaults.Catalog.Exercises.Count == builtIn, shape,
            $"CreateDefault built {defaults.Rules.Count} rules and {defaults.Catalog.Exercises.Count} exercises");

        var configured = ConfiguredBuild();
        FacadeGuard.Check(configured.Rules.Count == defaults.Rules.Count + 1 && configured.Catalog.Exercises.Count == builtIn + 1
            && configured.Policy.MaxExercises == 6, shape,
            $"the configured build has {configured.Rules.Count} rules, {configured.Catalog.Exercises.Count} exercises, MaxExercises {configured.Policy.MaxExercises}");

        // Both engines answer: a plan for a new client is a full session.
        var client = ClientState.New("bench-client");
        foreach (var engine in new[] { defaults, configured })
        {
            var plan = engine.PlanSession(client);
            FacadeGuard.Check(plan.Items.Count >= engine.Policy.MinExercises, shape, $"a built engine planned {plan.Items.Count} exercises");
        }
    }

    [Benchmark]
    public ProgressionEngine CreateDefault() => ProgressionEngine.CreateDefault();

    [Benchmark]
    public ProgressionEngine ConfiguredBuild() => ProgressionEngine.CreateBuilder()
        .ConfigurePolicy(p => p with { MaxExercises = 6 })
        .AddRule("clinic.shoulder-pain-stops-session", (rule, _) =>
        {
            rule.Describe("Our clinic stops the whole session on shoulder pain.").Salience(2_000);
            var symptom = rule.Match<ReportedSymptom>(s => s.Site == BodySite.Shoulder && s.Intensity > 0);
            rule.Then(ctx => ctx.Record(new SetFinding(SetAction.StopSession, Referral.None,
                new Reason(ctx.Rule.Id, $"Shoulder pain {ctx.Get(symptom).Intensity}/10: that is all for today."))));
        })
        .AddExercise(HostExercise)
        .Build();
}
