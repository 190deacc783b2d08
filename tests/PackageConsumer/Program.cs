using Microsoft.Extensions.DependencyInjection;
using Progression;

// A host that knows Progression only as a NuGet package: register, plan, evaluate a set, review.
var services = new ServiceCollection().AddProgression().BuildServiceProvider();
var engine = services.GetRequiredService<IProgressionEngine>();

var client = ClientState.New("consumer-check");
var plan = engine.PlanSession(client);
if (plan.Items.Count == 0)
{
    Console.Error.WriteLine("FAIL: the default plan is empty.");
    return 1;
}

var first = plan.Items[0].Prescription;
var set = new SetReport
{
    ExerciseId = first.ExerciseId,
    VariantId = first.VariantId,
    Reps = first.Dosage.Reps,
    HoldSeconds = first.Dosage.HoldSeconds,
    Symptoms = [new Symptom(SymptomKind.JointPain, BodySite.Knee, 3)],
};
var verdict = engine.EvaluateSet(client, set);
if (verdict.Action != SetAction.StopExercise)
{
    Console.Error.WriteLine($"FAIL: joint pain gave {verdict.Action}.");
    return 1;
}

var review = engine.ReviewSession(client, new SessionReport(new DateOnly(2026, 11, 2), [set]));
var json = System.Text.Json.JsonSerializer.Serialize(review.Next);
var back = System.Text.Json.JsonSerializer.Deserialize<ClientState>(json)!;
if (!back.Equals(review.Next))
{
    Console.Error.WriteLine("FAIL: ClientState did not round-trip through JSON.");
    return 1;
}

// Every ```csharp block of README.md, compiled into this app by run.sh, run in README order.
var readmeBlocks = ReadmeBlocks.RunAll();

Console.WriteLine($"package consumer OK: {plan.Items.Count} exercises planned; '{verdict.Reasons[0].Message}'; {readmeBlocks} README statement blocks ran");
return 0;
