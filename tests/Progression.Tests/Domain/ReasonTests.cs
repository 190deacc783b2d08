using Progression.Facts;

namespace Progression.Tests.Domain;

public class ReasonTests
{
    [Fact]
    public void Message_ComposedOnFirstRead_ComposedOnceAndEqualToAWrittenReason()
    {
        var calls = 0;
        var lazy = new Reason("rule.x", () =>
        {
            calls++;
            return "Knee joint pain 3/10: stop.";
        });

        Assert.Equal(0, calls);
        Assert.Equal("Knee joint pain 3/10: stop.", lazy.Message);
        Assert.Equal("Knee joint pain 3/10: stop.", lazy.Message);
        Assert.Equal(1, calls);
        Assert.Equal(new Reason("rule.x", "Knee joint pain 3/10: stop."), lazy);
        Assert.Equal(new Reason("rule.x", "Knee joint pain 3/10: stop.").GetHashCode(), lazy.GetHashCode());
        Assert.NotEqual(new Reason("rule.y", "Knee joint pain 3/10: stop."), lazy);
    }

    [Fact]
    public void Message_ReadFromManyThreadsAtOnce_EveryReaderGetsTheSameSentence()
    {
        for (var round = 0; round < 200; round++)
        {
            var n = round;
            var reason = new Reason("rule.x", () => $"sentence {n}");
            var seen = new string[8];
            Parallel.For(0, seen.Length, i => seen[i] = reason.Message);

            Assert.All(seen, s => Assert.Equal($"sentence {n}", s));
        }
    }

    [Fact]
    public void With_OnALazyReason_ReplacesOrKeepsTheSentence()
    {
        var lazy = new Reason("rule.x", () => "composed");

        Assert.Equal("given", (lazy with { Message = "given" }).Message);
        Assert.Equal("composed", (lazy with { RuleId = "rule.y" }).Message);
        var (ruleId, message) = lazy;
        Assert.Equal(("rule.x", "composed"), (ruleId, message));
    }

    [Fact]
    public void Message_ComposerWritesNothing_ThrowsNamingTheRule()
    {
        var blank = new Reason("rule.blank", () => " ");

        var error = Assert.Throws<InvalidOperationException>(() => blank.Message);
        Assert.Contains("rule.blank", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detail_OfALazyOutcome_EqualsAWrittenOne()
    {
        var exercise = ExerciseCatalog.BuiltIn.Get("glute-bridge");
        var variant = exercise.Variants[0];
        var progress = new ExerciseProgress { VariantId = variant.Id, Tier = variant.Tier, Dosage = variant.StartingDosage };
        var set = new SetReport { ExerciseId = exercise.Id, VariantId = variant.Id, SetNumber = 1, Reps = 10 };
        var performance = new ExercisePerformance(ClientState.New("c"), exercise, 0, progress, [set], new SessionReport(new DateOnly(2026, 1, 5), [set]));
        var lazy = new ExerciseOutcome(performance, SessionOutcome.Success, () => "every set met 3 × 10");
        var written = new ExerciseOutcome("glute-bridge", SessionOutcome.Success, "every set met 3 × 10") { Performance = performance };

        Assert.Equal(written, lazy);
        Assert.Equal(written.GetHashCode(), lazy.GetHashCode());
        Assert.Equal("every set met 3 × 10", lazy.Detail);
        Assert.NotEqual(written with { Outcome = SessionOutcome.Neither }, lazy);
        Assert.NotEqual(written with { Performance = null }, lazy);
    }
}
