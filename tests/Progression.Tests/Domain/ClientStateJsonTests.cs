using System.Text.Json;

namespace Progression.Tests.Domain;

/// <summary>A host stores <see cref="ClientState"/> with System.Text.Json and default options.</summary>
public sealed class ClientStateJsonTests
{
    private static ClientState RichState() =>
        ClientState.New("client-42", new Assessment
        {
            HamstringQuadRatio = 0.55,
            HipFlexorAngle = new SidePair(12.5, -4),
            SingleLegBridgeSeconds = new SidePair(31, 24),
            Trunk = new TrunkEndurance { FlexorSeconds = 136, ExtensorSeconds = 110.5, SideBridgeLeftSeconds = 78, SideBridgeRightSeconds = 90 },
            Equipment = new HashSet<Equipment> { Equipment.Chair, Equipment.Dumbbell, Equipment.Band, Equipment.Mat },
        })
        .WithProgress("glute-bridge", new ExerciseProgress
        {
            VariantId = "glute-bridge.single-leg",
            Tier = Tier.Bodyweight,
            Dosage = Dosage.OfReps(3, 12),
            SuccessStreak = 1,
            SessionsCompleted = 9,
            SessionsInStint = 4,
            Rotates = true,
            LastPerformed = new DateOnly(2026, 3, 14),
        })
        .WithProgress("atg-split-squat", new ExerciseProgress
        {
            VariantId = "atg-split-squat.dumbbells",
            Tier = Tier.Loaded,
            Dosage = Dosage.OfReps(3, 8, 12.5),
            FailureStreak = 2,
            SessionsCompleted = 20,
            LastPerformed = new DateOnly(2026, 3, 12),
        })
        .WithProgress("side-bridge", new ExerciseProgress
        {
            VariantId = "side-bridge.knees",
            Tier = Tier.Assisted,
            Dosage = Dosage.OfHold(2, 20),
            Paused = true,
            PauseReason = "Referred: radiating pain",
        })
        with
        {
            LastSessionDate = new DateOnly(2026, 3, 14),
            LastSessionExercises = ["glute-bridge", "side-bridge"],
        };

    [Fact]
    public void RoundTrip_DefaultOptions_KeepsEveryValue()
    {
        var state = RichState();

        var json = JsonSerializer.Serialize(state);
        var back = JsonSerializer.Deserialize<ClientState>(json);

        Assert.NotNull(back);
        Assert.Equal(state, back);
        Assert.Equal(state.GetHashCode(), back.GetHashCode());
        // Spot checks, so a broken Equals cannot hide a lost value.
        Assert.Equal(12.5, back.Progress["atg-split-squat"].Dosage.LoadKg);
        Assert.Equal(Tier.Loaded, back.Progress["atg-split-squat"].Tier);
        Assert.Equal("Referred: radiating pain", back.Progress["side-bridge"].PauseReason);
        Assert.Equal(new SidePair(12.5, -4), back.Assessment!.HipFlexorAngle);
        Assert.True(back.Assessment.Equipment!.SetEquals([Equipment.Chair, Equipment.Dumbbell, Equipment.Band, Equipment.Mat]));
        Assert.Equal(78, back.Assessment.Trunk!.SideBridgeLeftSeconds);
        Assert.Equal(["glute-bridge", "side-bridge"], back.LastSessionExercises);
        Assert.Equal(json, JsonSerializer.Serialize(back));
    }

    [Fact]
    public void RoundTrip_NewClient_KeepsEmptyProgressAndNullAssessment()
    {
        var back = JsonSerializer.Deserialize<ClientState>(JsonSerializer.Serialize(ClientState.New("c")));

        Assert.Equal(ClientState.New("c"), back);
        Assert.Empty(back!.Progress);
        Assert.Null(back.Assessment);
    }

    [Fact]
    public void RoundTrip_EquipmentNullAndEmpty_StayDistinct()
    {
        // null means "no restriction", empty means "no equipment at all": a store must not blur them.
        var none = ClientState.New("c", new Assessment { Equipment = new HashSet<Equipment>() });
        var unrestricted = ClientState.New("c", new Assessment { HamstringQuadRatio = 0.8 });

        var noneBack = JsonSerializer.Deserialize<ClientState>(JsonSerializer.Serialize(none))!;
        var unrestrictedBack = JsonSerializer.Deserialize<ClientState>(JsonSerializer.Serialize(unrestricted))!;

        Assert.NotNull(noneBack.Assessment!.Equipment);
        Assert.Empty(noneBack.Assessment.Equipment);
        Assert.Null(unrestrictedBack.Assessment!.Equipment);
        Assert.NotEqual(noneBack, unrestrictedBack with { Assessment = unrestrictedBack.Assessment with { HamstringQuadRatio = null } });
    }

    [Fact]
    public void Serialize_Enums_AreWrittenByName()
    {
        var json = JsonSerializer.Serialize(RichState());

        Assert.Contains("\"Loaded\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Dumbbell\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("SymmetryIndex", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_StoredStateWithBadValue_IsRejected()
    {
        var json = JsonSerializer.Serialize(RichState()).Replace("\"SuccessStreak\":1", "\"SuccessStreak\":-1", StringComparison.Ordinal);

        var error = Assert.ThrowsAny<ArgumentException>(() => JsonSerializer.Deserialize<ClientState>(json));
        Assert.Equal("SuccessStreak", error.ParamName);
    }

    [Fact]
    public void Deserialize_WithoutClientId_IsRejected() =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<ClientState>("{\"Progress\":{}}"));

    [Fact]
    public void RoundTrip_CheckInAndSessionReport_KeepEveryValue()
    {
        var report = new SessionReport(new DateOnly(2026, 3, 15),
        [
            new SetReport { ExerciseId = "atg-split-squat", VariantId = "atg-split-squat.chair", SetNumber = 2, Reps = 9, Rpe = 8, Symptoms = [new(SymptomKind.JointPain, BodySite.Knee, 3)] },
            new SetReport { ExerciseId = "side-bridge", HoldSeconds = 22.5, LoadKg = 0 },
        ])
        {
            CheckIn = new CheckIn { MorningPain = 4, BaselinePain = 2, RedFlags = new HashSet<RedFlag> { RedFlag.NightPain }, Soreness = [new(SymptomKind.MuscleSoreness, BodySite.Glutes, 4)], DaysSinceLastSession = 5 },
        };

        var back = JsonSerializer.Deserialize<SessionReport>(JsonSerializer.Serialize(report));

        Assert.Equal(report, back);
    }
}
