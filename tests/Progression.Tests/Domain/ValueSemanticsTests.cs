namespace Progression.Tests.Domain;

/// <summary>Domain records compare by content (collections included) and cannot be changed through the inputs they were built from.</summary>
public sealed class ValueSemanticsTests
{
    [Fact]
    public void CheckIn_SameContentInDifferentCollections_IsEqualWithEqualHash()
    {
        var a = new CheckIn { RedFlags = new HashSet<RedFlag> { RedFlag.Fever, RedFlag.NightPain }, Soreness = [new(SymptomKind.MuscleSoreness, BodySite.Glutes, 4)] };
        var b = new CheckIn { RedFlags = new HashSet<RedFlag> { RedFlag.NightPain, RedFlag.Fever }, Soreness = new List<Symptom> { new(SymptomKind.MuscleSoreness, BodySite.Glutes, 4) } };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { DaysSinceLastSession = 5 });
    }

    [Fact]
    public void SetReport_SymptomsDiffer_IsNotEqual()
    {
        var a = new SetReport { ExerciseId = "atg-split-squat", Symptoms = [new(SymptomKind.JointPain, BodySite.Knee, 3)] };

        Assert.Equal(a, a with { Symptoms = [new(SymptomKind.JointPain, BodySite.Knee, 3)] });
        Assert.NotEqual(a, a with { Symptoms = [new(SymptomKind.JointPain, BodySite.Knee, 4)] });
    }

    [Fact]
    public void SetReport_SourceListChangedAfterwards_KeepsItsOwnCopy()
    {
        var symptoms = new List<Symptom> { new(SymptomKind.MuscleFatigue, BodySite.Glutes, 5) };
        var report = new SetReport { ExerciseId = "glute-bridge", Symptoms = symptoms };

        symptoms.Add(new Symptom(SymptomKind.JointPain, BodySite.Knee, 6));

        Assert.Single(report.Symptoms);
        Assert.False(report.Symptoms is List<Symptom>, "the exposed list must not be the caller's list");
    }

    [Fact]
    public void Assessment_EquipmentSetChangedAfterwards_KeepsItsOwnCopy()
    {
        var equipment = new HashSet<Equipment> { Equipment.Chair };
        var assessment = new Assessment { Equipment = equipment };

        equipment.Add(Equipment.Barbell);

        Assert.False(assessment.Equipment!.Contains(Equipment.Barbell));
        Assert.True(assessment.Has([Equipment.Chair]));
        Assert.False(assessment.Has([Equipment.Chair, Equipment.Barbell]));
    }

    [Fact]
    public void Assessment_NoEquipmentGiven_HasEverything() =>
        Assert.True(new Assessment().Has([Equipment.Barbell, Equipment.SlantBoard]));

    [Fact]
    public void Defaults_NewCheckInAndSetReport_HaveEmptyCollectionsAndDocumentedDefaults()
    {
        var checkIn = new CheckIn();
        var set = new SetReport { ExerciseId = "bird-dog" };

        Assert.Empty(checkIn.RedFlags);
        Assert.Empty(checkIn.Soreness);
        Assert.Equal((0, 0, (int?)null), (checkIn.MorningPain, checkIn.BaselinePain, checkIn.DaysSinceLastSession));
        Assert.Empty(set.Symptoms);
        Assert.Equal(1, set.SetNumber);
    }

    [Theory]
    [InlineData(30, 24, Side.Right, 24, 30, 0.8)]
    [InlineData(20, 25, Side.Left, 20, 25, 0.8)]
    [InlineData(0, 0, null, 0, 0, 1.0)]
    public void SidePair_Helpers_FindTheSmallerSideAndSymmetry(double left, double right, Side? smaller, double min, double max, double lsi)
    {
        var pair = new SidePair(left, right);

        Assert.Equal(smaller, pair.Smaller);
        Assert.Equal(min, pair.Min);
        Assert.Equal(max, pair.Max);
        Assert.Equal(lsi, pair.SymmetryIndex, 6);
        Assert.Equal(left, pair[Side.Left]);
        Assert.Equal(right, pair[Side.Right]);
    }

    [Fact]
    public void ClientState_New_HasNoProgressAndKeepsAssessment()
    {
        var assessment = new Assessment { HamstringQuadRatio = 0.55 };
        var state = ClientState.New("client-1", assessment);

        Assert.Equal("client-1", state.ClientId);
        Assert.Same(assessment, state.Assessment);
        Assert.Empty(state.Progress);
        Assert.Empty(state.LastSessionExercises);
        Assert.Null(state.LastSessionDate);
    }

    [Fact]
    public void ClientState_WithProgress_LeavesTheOriginalUnchanged()
    {
        var original = ClientState.New("client-1");
        var progress = new ExerciseProgress { VariantId = "glute-bridge.double-leg", Tier = Tier.Bodyweight, Dosage = Dosage.OfReps(3, 10) };

        var next = original.WithProgress("glute-bridge", progress);

        Assert.Empty(original.Progress);
        Assert.Same(progress, next.Progress["glute-bridge"]);
        Assert.Same(progress, next.ProgressOf("glute-bridge"));
        Assert.Null(next.ProgressOf("bird-dog"));
        Assert.Empty(next.WithoutProgress("glute-bridge").Progress);
    }

    [Fact]
    public void ClientState_ProgressKeys_AreOrdinal()
    {
        var progress = new ExerciseProgress { VariantId = "v", Tier = Tier.Assisted, Dosage = Dosage.OfReps(1, 1) };
        var state = ClientState.New("c").WithProgress("bird-dog", progress);

        Assert.False(state.Progress.ContainsKey("Bird-Dog"));
        Assert.Equal(2, state.WithProgress("Bird-Dog", progress).Progress.Count);
    }

    [Fact]
    public void ClientState_WithAssessment_ReplacesOnlyTheAssessment()
    {
        var state = ClientState.New("c") with { LastSessionExercises = ["bird-dog"] };
        var assessed = state.WithAssessment(new Assessment { HamstringQuadRatio = 0.7 });

        Assert.Equal(0.7, assessed.Assessment!.HamstringQuadRatio);
        Assert.Equal(state.LastSessionExercises, assessed.LastSessionExercises);
        Assert.Null(state.Assessment);
    }
}
