namespace Progression.Tests.Domain;

public sealed class DosageTests
{
    [Theory]
    [InlineData(3, 10, null, null, "3 × 10")]
    [InlineData(3, null, 20.0, null, "3 × 20 s")]
    [InlineData(3, 8, null, 12.0, "3 × 8 at 12 kg")]
    [InlineData(2, 6, 10.0, null, "2 × 6 × 10 s")]
    [InlineData(4, 5, null, 2.5, "4 × 5 at 2.5 kg")]
    public void ToString_AnyDose_ReadsAsAClientWouldWriteIt(int sets, int? reps, double? hold, double? load, string expected) =>
        Assert.Equal(expected, new Dosage(sets, reps, hold, load).ToString());

    [Fact]
    public void OfReps_SetsRepsAndLoadOnly()
    {
        var dose = Dosage.OfReps(3, 8, 12);

        Assert.Equal((3, 8, (double?)null, 12.0), (dose.Sets, dose.Reps!.Value, dose.HoldSeconds, dose.LoadKg!.Value));
    }

    [Fact]
    public void OfHold_SetsHoldOnly()
    {
        var dose = Dosage.OfHold(2, 30);

        Assert.Equal((2, (int?)null, 30.0, (double?)null), (dose.Sets, dose.Reps, dose.HoldSeconds!.Value, dose.LoadKg));
    }

    [Fact]
    public void With_SwitchingFromRepsToHoldInThatOrder_IsAllowed()
    {
        var hold = Dosage.OfReps(3, 10) with { HoldSeconds = 20, Reps = null };

        Assert.Equal("3 × 20 s", hold.ToString());
    }

    [Fact]
    public void Equality_SameValues_AreEqual() =>
        Assert.Equal(Dosage.OfReps(3, 8, 12), new Dosage(3, 8, null, 12));
}
