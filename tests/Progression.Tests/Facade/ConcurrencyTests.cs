namespace Progression.Tests.Facade;

public sealed class ConcurrencyTests
{
    [Fact]
    public void One_engine_answers_the_same_from_many_threads_as_from_one()
    {
        var engine = ProgressionEngine.CreateDefault();
        var variant = engine.Catalog.Get("glute-bridge").Variants[0];
        var sets = Enumerable.Range(0, 64).Select(i => new SetReport
        {
            ExerciseId = "glute-bridge",
            VariantId = variant.Id,
            Reps = 10,
            Symptoms = (i % 4) switch
            {
                0 => [],
                1 => [new Symptom(SymptomKind.MuscleFatigue, BodySite.Glutes, i % 11)],
                2 => [new Symptom(SymptomKind.JointPain, BodySite.Knee, 1 + (i % 10))],
                _ => [new Symptom(SymptomKind.Numbness, i % 8 == 3 ? BodySite.Saddle : BodySite.Leg, 3)],
            },
        }).ToArray();
        var clients = Enumerable.Range(0, 64).Select(i => ClientState.New($"c{i}")).ToArray();
        var expectedVerdicts = sets.Select(s => engine.EvaluateSet(clients[0], s)).ToArray();
        var expectedPlans = clients.Select(c => engine.PlanSession(c)).ToArray();

        var verdicts = new SetVerdict[sets.Length * 8];
        var plans = new SessionPlan[clients.Length * 8];
        Parallel.For(0, verdicts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            verdicts[i] = engine.EvaluateSet(clients[0], sets[i % sets.Length]);
            plans[i] = engine.PlanSession(clients[i % clients.Length]);
        });

        for (var i = 0; i < verdicts.Length; i++)
        {
            Assert.Equal(expectedVerdicts[i % sets.Length], verdicts[i]);
            Assert.Equal(expectedPlans[i % clients.Length], plans[i]);
        }
    }
}
