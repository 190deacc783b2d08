namespace Progression.Tests.Domain;

/// <summary>Every domain value rejects bad input with a message that names the field, the value and what is allowed.</summary>
public sealed class ValidationTests
{
    private static readonly Dosage ThreeByTen = Dosage.OfReps(3, 10);

    public static TheoryData<string, Func<object>, string, string> BadValues => new()
    {
        { "intensity above 10", () => new Symptom(SymptomKind.JointPain, BodySite.Knee, 11), "Intensity", "between 0 and 10 (inclusive); was 11" },
        { "intensity below 0", () => new Symptom(SymptomKind.JointPain, BodySite.Knee, -1), "Intensity", "between 0 and 10 (inclusive); was -1" },
        { "intensity via with", () => new Symptom(SymptomKind.JointPain, BodySite.Knee, 2) with { Intensity = 12 }, "Intensity", "was 12" },
        { "undefined symptom kind", () => new Symptom((SymptomKind)99, BodySite.Knee, 1), "Kind", "defined SymptomKind" },
        { "undefined body site", () => new Symptom(SymptomKind.JointPain, (BodySite)(-3), 1), "Site", "defined BodySite" },
        { "empty rule id", () => new Reason("", "x"), "RuleId", "non-empty" },
        { "null message", () => new Reason("r", (string)null!), "Message", "non-empty" },
        { "infinite side value", () => new SidePair(double.PositiveInfinity, 1), "Left", "finite" },
        { "NaN side value", () => new SidePair(1, double.NaN), "Right", "finite" },
        { "negative trunk hold", () => new TrunkEndurance { FlexorSeconds = -1 }, "FlexorSeconds", "between 0 and 3600" },
        { "trunk hold over an hour", () => new TrunkEndurance { SideBridgeRightSeconds = 3601 }, "SideBridgeRightSeconds", "between 0 and 3600" },
        { "H:Q of zero", () => new Assessment { HamstringQuadRatio = 0 }, "HamstringQuadRatio", "greater than 0 and at most 3" },
        { "H:Q above 3", () => new Assessment { HamstringQuadRatio = 3.5 }, "HamstringQuadRatio", "was 3.5" },
        { "hip angle beyond 90", () => new Assessment { HipFlexorAngle = new SidePair(10, 95) }, "HipFlexorAngle.Right", "between -90 and 90" },
        { "negative bridge hold", () => new Assessment { SingleLegBridgeSeconds = new SidePair(-2, 30) }, "SingleLegBridgeSeconds.Left", "between 0 and 3600" },
        { "undefined equipment", () => new Assessment { Equipment = new HashSet<Equipment> { (Equipment)77 } }, "Equipment", "defined Equipment" },
        { "morning pain 11", () => new CheckIn { MorningPain = 11 }, "MorningPain", "between 0 and 10" },
        { "baseline pain -1", () => new CheckIn { BaselinePain = -1 }, "BaselinePain", "between 0 and 10" },
        { "null red flags", () => new CheckIn { RedFlags = null! }, "RedFlags", "must not be null" },
        { "null soreness item", () => new CheckIn { Soreness = [null!] }, "Soreness", "Soreness[0] must not be null" },
        { "negative days since last session", () => new CheckIn { DaysSinceLastSession = -1 }, "DaysSinceLastSession", "at least 0" },
        { "empty exercise id", () => new SetReport { ExerciseId = " " }, "ExerciseId", "non-empty" },
        { "empty variant id", () => new SetReport { ExerciseId = "x", VariantId = "" }, "VariantId", "non-empty" },
        { "set number 0", () => new SetReport { ExerciseId = "x", SetNumber = 0 }, "SetNumber", "at least 1" },
        { "negative reps", () => new SetReport { ExerciseId = "x", Reps = -1 }, "Reps", "at least 0; was -1" },
        { "negative hold", () => new SetReport { ExerciseId = "x", HoldSeconds = -0.5 }, "HoldSeconds", "at least 0" },
        { "negative load", () => new SetReport { ExerciseId = "x", LoadKg = -5 }, "LoadKg", "at least 0; was -5" },
        { "infinite load", () => new SetReport { ExerciseId = "x", LoadKg = double.PositiveInfinity }, "LoadKg", "finite" },
        { "RPE 0", () => new SetReport { ExerciseId = "x", Rpe = 0 }, "Rpe", "between 1 and 10" },
        { "RPE 11", () => new SetReport { ExerciseId = "x", Rpe = 11 }, "Rpe", "between 1 and 10" },
        { "null symptoms", () => new SetReport { ExerciseId = "x", Symptoms = null! }, "Symptoms", "must not be null" },
        { "null sets in session", () => new SessionReport(new DateOnly(2026, 1, 1), null!), "Sets", "must not be null" },
        { "0 sets", () => Dosage.OfReps(0, 10), "Sets", "between 1 and 20" },
        { "21 sets", () => Dosage.OfHold(21, 10), "Sets", "between 1 and 20" },
        { "0 reps", () => Dosage.OfReps(3, 0), "Reps", "between 1 and 200" },
        { "0 s hold", () => Dosage.OfHold(3, 0), "HoldSeconds", "greater than 0 and at most 600" },
        { "hold over 600 s", () => Dosage.OfHold(3, 601), "HoldSeconds", "at most 600" },
        { "load over 500 kg", () => Dosage.OfReps(3, 5, 501), "LoadKg", "between 0 and 500" },
        { "neither reps nor hold", () => new Dosage(3), "reps", "Reps or HoldSeconds" },
        { "reps removed without a hold", () => ThreeByTen with { Reps = null }, "Reps", "HoldSeconds" },
        { "empty prescription variant", () => new Prescription("x", "", Tier.Assisted, ThreeByTen), "VariantId", "non-empty" },
        { "undefined tier", () => new Prescription("x", "x.v", (Tier)5, ThreeByTen), "Tier", "defined Tier" },
        { "null dosage", () => new Prescription("x", "x.v", Tier.Assisted, null!), "Dosage", "must not be null" },
        { "negative success streak", () => Progress() with { SuccessStreak = -1 }, "SuccessStreak", "at least 0" },
        { "negative failure streak", () => Progress() with { FailureStreak = -2 }, "FailureStreak", "at least 0" },
        { "negative sessions completed", () => Progress() with { SessionsCompleted = -1 }, "SessionsCompleted", "at least 0" },
        { "negative sessions in stint", () => Progress() with { SessionsInStint = -1 }, "SessionsInStint", "at least 0" },
        { "empty pause reason", () => Progress() with { PauseReason = "" }, "PauseReason", "non-empty" },
        { "empty client id", () => ClientState.New(""), "ClientId", "non-empty" },
        { "empty progress key", () => ClientState.New("c").WithProgress("", Progress()), "exerciseId", "non-empty" },
        { "null progress map", () => ClientState.New("c") with { Progress = null! }, "Progress", "must not be null" },
        { "negative extra sets", () => new PlannedExercise(new Prescription("x", "x.v", Tier.Assisted, ThreeByTen), []) { ExtraSets = -1 }, "ExtraSets", "at least 0" },
        { "undefined first side", () => new PlannedExercise(new Prescription("x", "x.v", Tier.Assisted, ThreeByTen), []) { FirstSide = (Side)2 }, "FirstSide", "defined Side" },
        { "undefined set action", () => new SetVerdict((SetAction)9, Referral.None, []), "Action", "defined SetAction" },
        { "undefined referral", () => new SessionPlan([], (Referral)9, []), "Referral", "defined Referral" },
        { "null plan reasons", () => new SessionPlan([], Referral.None, null!), "Reasons", "must not be null" },
        { "null review state", () => new SessionReview([], null!), "Next", "must not be null" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Construction_BadValue_ThrowsNamingFieldAndAllowedRange(string scenario, Func<object> create, string field, string allowed)
    {
        var error = Assert.ThrowsAny<ArgumentException>(create);

        Assert.True(error.ParamName == field, $"{scenario}: ParamName was '{error.ParamName}', expected '{field}'.");
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains(allowed, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Intensity_OutOfRange_IsArgumentOutOfRangeWithReadableMessage()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Symptom(SymptomKind.JointPain, BodySite.Knee, 11));

        Assert.StartsWith("Intensity must be between 0 and 10 (inclusive); was 11.", error.Message, StringComparison.Ordinal);
        Assert.Equal(11, error.ActualValue);
    }

    private static ExerciseProgress Progress() =>
        new() { VariantId = "x.v", Tier = Tier.Assisted, Dosage = Dosage.OfReps(3, 10) };
}

public sealed class DefinedEnumTests
{
    public static TheoryData<Type> PublicEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(ProgressionEngine).Assembly.GetExportedTypes().Where(t => t.IsEnum))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicEnums))]
    public void Defined_EveryEnumOfTheLibrary_AcceptsItsValuesAndRejectsTheNeighbours(Type enumType)
    {
        // Preconditions.Defined answers from a bit mask for int enums numbered within 0-63; it must agree with
        // Enum.IsDefined on every value and on the numbers around them.
        var check = typeof(Preconditions).GetMethod(nameof(Preconditions.Defined))!.MakeGenericMethod(enumType);
        var numbers = Enum.GetValues(enumType).Cast<object>().Select(Convert.ToInt64).ToList();
        foreach (var number in numbers.Concat([-1, numbers.Max() + 1, 63, 64]).Distinct())
        {
            var value = Enum.ToObject(enumType, number);
            var accepted = Record.Exception(() => check.Invoke(null, [value, "Field"])) is null;
            Assert.Equal(Enum.IsDefined(enumType, value), accepted);
        }
    }
}
