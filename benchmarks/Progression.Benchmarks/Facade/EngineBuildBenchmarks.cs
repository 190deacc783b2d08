using BenchmarkDotNet.Attributes;
using NRules.Fluent.Dsl;
using Progression.Facts;

namespace Progression.Benchmarks.Facade;

/// <summary>
/// Building an engine: <see cref="ProgressionEngine.CreateDefault"/> (validate the default policy and the built-in
/// catalog, declare and compile the built-in rules), and <see cref="ConfiguredBuild"/>, the start-up of a typical
/// host: <c>CreateBuilder()</c>, a policy change, one host rule (an NRules rule class), one host exercise, <c>Build()</c>.
/// </summary>
/// <remarks>
/// These are warm builds: BenchmarkDotNet runs many in one process, so NRules' own code is already jitted. The
/// target of issue 13 (<c>Build()</c> at most 300 ms) is for the first build in a fresh process, which is what a
/// host's start-up pays; measure that with <c>--cold-build</c> (Program.cs, benchmarks/README.md).
/// </remarks>
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
        .AddRules(typeof(ShoulderPainStopsSession))
        .AddExercise(HostExercise)
        .Build();

    /// <summary>The host rule of <see cref="ConfiguredBuild"/>, as a clinic writes it (and as the builder tests do).</summary>
    [Name("clinic.shoulder-pain-stops-session")]
    [Description("Our clinic stops the whole session on shoulder pain.")]
    [NRules.Fluent.Dsl.Priority(2_000)] // BenchmarkDotNet has a PriorityAttribute too
    [Tag(RuleTags.Set)]
    private sealed class ShoulderPainStopsSession : Rule
    {
        public override void Define()
        {
            ReportedSymptom symptom = null!;

            When()
                .Match(() => symptom, s => s.Site == BodySite.Shoulder, s => s.Intensity > 0);

            Then()
                .Do(ctx => ctx.Insert(new SetFinding(SetAction.StopSession, Referral.None,
                    new Reason(ctx.Rule.Name, $"Shoulder pain {symptom.Intensity}/10: that is all for today."))));
        }
    }
}
