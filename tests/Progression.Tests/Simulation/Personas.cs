namespace Progression.Tests.Simulation;

/// <summary>The simulated clients of the suite (issue 12), each a seeded story of 120 sessions.</summary>
internal static class Personas
{
    public const string KneePainExercise = "glute-bridge";

    private static readonly Assessment QuadDominant = new() { HamstringQuadRatio = 0.5 };

    private static readonly IReadOnlySet<Equipment> Everything = new HashSet<Equipment>(Enum.GetValues<Equipment>());

    private static readonly IReadOnlySet<Equipment> NoKettlebell = new HashSet<Equipment>(Enum.GetValues<Equipment>().Where(e => e != Equipment.Kettlebell));

    /// <summary>Sessions 46–48 (week 16, after the hinge has reached the kettlebell) are done without the kettlebell.</summary>
    public const int FirstSessionWithoutKettlebell = 46;

    public const int LastSessionWithoutKettlebell = 48;

    /// <summary>The session after the six weeks away.</summary>
    public const int SessionAfterBreak = 61;

    public static Persona AlwaysSucceeds { get; } = new("always-succeeds", 101);

    /// <summary>
    /// Arrives on the second rung of the balanced session's exercises (so there is a lower dose to step back to) and
    /// meets every target at RPE 9: hard but met, every session.
    /// </summary>
    public static Persona RpeNineAlways { get; } = new("rpe-9-always", 102)
    {
        Start = assessment => OnSecondRung(ClientState.New("rpe-9-always", assessment),
            "hip-flexor-stretch", "glute-bridge", "bird-dog", "dead-bug", "side-bridge", "wall-pullover"),
        Perform = set => set.OnTarget(9),
    };

    /// <summary>A new client whose program already holds the hip hinge at its entry rung and starting dose.</summary>
    private static ClientState StartedOnTheHinge(Assessment? assessment)
    {
        var entry = ExerciseCatalog.BuiltIn.Get("band-hip-hinge").Entry;
        return ClientState.New("started-on-the-hinge", assessment)
            .WithProgress("band-hip-hinge", new ExerciseProgress { VariantId = entry.Id, Tier = entry.Tier, Dosage = entry.StartingDosage });
    }

    /// <summary>
    /// Quadriceps dominant (H:Q 0.45, issue 16) with every piece of equipment: four hip-dominant exercises are favoured,
    /// two of them load the lumbar spine; the plan must still keep the side bridge (around) and the wall pullover
    /// (above), and at most one lumbar-loading exercise.
    /// </summary>
    public static Persona QuadDominantClient { get; } = new("quad-dominant", 113)
    {
        AssessmentOn = _ => new Assessment { HamstringQuadRatio = 0.45, Equipment = Everything },
    };

    /// <summary>Trains at home with nothing but the floor (issue 16): every plan comes from the rungs that need no equipment.</summary>
    public static Persona NoEquipment { get; } = new("no-equipment", 114)
    {
        AssessmentOn = _ => new Assessment { Equipment = new HashSet<Equipment>() },
    };

    /// <summary>A full home gym, measured in testing (issue 16): every rung is open, and the assessment picks starts.</summary>
    public static Persona FullHomeGym { get; } = new("full-home-gym", 115)
    {
        SeesEveryExercise = true,
        AssessmentOn = _ => new Assessment
        {
            Equipment = Everything,
            SingleLegBridgeSeconds = new SidePair(40, 42),
            Trunk = new TrunkEndurance { FlexorSeconds = 90, ExtensorSeconds = 110, SideBridgeLeftSeconds = 55, SideBridgeRightSeconds = 57 },
        },
    };

    /// <summary>
    /// A new client on the default policy with accessory rotation off (AccessoryRotationSessions 0): for the histories
    /// about one exercise's progression week after week (a weekly knee pain on the glute bridge, a stalled week on every
    /// exercise), which need the exercise in every session of the weeks they are about. Every other persona rotates.
    /// </summary>
    private static ClientState WithoutRotation(Assessment? assessment)
        => ClientState.New("simulated", assessment) with { Policy = ProgressionPolicy.Default with { AccessoryRotationSessions = 0 } };

    private static ClientState OnSecondRung(ClientState client, params string[] exerciseIds)
    {
        foreach (var id in exerciseIds)
        {
            var variant = ExerciseCatalog.BuiltIn.Get(id).Variants[1];
            client = client.WithProgress(id, new ExerciseProgress { VariantId = variant.Id, Tier = variant.Tier, Dosage = variant.StartingDosage });
        }

        return client;
    }

    public static Persona FailsEveryThirdSession { get; } = new("fails-every-third-session", 103)
    {
        Perform = set => set.Session % 3 == 0 && set.IsLastSet ? set.Short() : set.OnTarget(set.ModerateRpe()),
    };

    /// <summary>
    /// From week 8 (once the glute bridge has reached its single-leg rung), the first session of every week the glute
    /// bridge's second set hurts the knee (3/10): the exercise stops and goes back a variant, and climbs again.
    /// </summary>
    public static Persona WeeklyKneeJointPain { get; } = new("weekly-knee-joint-pain", 104)
    {
        Start = WithoutRotation,
        Perform = set => set.Prescription.ExerciseId == KneePainExercise && set.Week >= 8 && (set.Session - 1) % 3 == 0 && set.SetNumber == 2
            ? set.OnTarget(7, new Symptom(SymptomKind.JointPain, BodySite.Knee, 3))
            : set.OnTarget(set.ModerateRpe()),
    };

    /// <summary>Every loaded variant steps 1 kg (light dumbbells), so a step is 50 % or 100 % of a small load.</summary>
    public static Persona DumbbellOneKiloSteps { get; } = new("dumbbell-1kg-steps", 105) { Engine = EngineWithLoadSteps(1) };

    /// <summary>
    /// Every loaded variant steps 4 kg, as kettlebells do; quadriceps dominant and arriving with the hip hinge in the
    /// program (at its entry rung), so the hip hinge (a kettlebell deadlift) is the lumbar-loading exercise the cap keeps.
    /// </summary>
    public static Persona KettlebellFourKiloSteps { get; } = new("kettlebell-4kg-steps", 106)
    {
        Engine = EngineWithLoadSteps(4),
        AssessmentOn = _ => QuadDominant,
        Start = StartedOnTheHinge,
    };

    /// <summary>Quadriceps dominant with the hip hinge in the program (the cap keeps it), every piece of equipment, but no kettlebell for a week.</summary>
    public static Persona LosesTheKettlebellForAWeek { get; } = new("loses-the-kettlebell-for-a-week", 107)
    {
        Start = StartedOnTheHinge,
        AssessmentOn = session => QuadDominant with
        {
            Equipment = session is >= FirstSessionWithoutKettlebell and <= LastSessionWithoutKettlebell ? NoKettlebell : Everything,
        },
    };

    /// <summary>Every twelfth session (about monthly) the morning brings pain 4/10 against a baseline of 2/10.</summary>
    public static Persona MonthlyMorningFlare { get; } = new("monthly-morning-flare", 108)
    {
        MorningPain = session => session % 12 == 0 ? (4, 2) : (2, 2),
    };

    /// <summary>Sixty sessions, six weeks away, sixty more.</summary>
    public static Persona SixWeekBreak { get; } = new("six-week-break", 109)
    {
        DaysBefore = session => session == SessionAfterBreak ? 42 : (session - 1) % 3 == 0 ? 3 : 2,
    };

    /// <summary>
    /// In weeks 14, 22, 30 and 38 (once loaded tiers are reached) every exercise's last set falls short: three failed
    /// sessions in a row, so deloads and regressions.
    /// </summary>
    public static Persona StallsEveryEighthWeek { get; } = new("stalls-every-eighth-week", 110)
    {
        Start = WithoutRotation,
        Perform = set => set.Week >= 14 && set.Week % 8 == 6 && set.IsLastSet ? set.Short() : set.OnTarget(set.ModerateRpe()),
    };

    /// <summary>
    /// Misses the last set whenever a loaded variant is at its lightest load, so three failures in a row meet the
    /// floor of the load range: the deload must not go below it.
    /// </summary>
    public static Persona StrugglesAtTheLightestLoad { get; } = new("struggles-at-the-lightest-load", 111)
    {
        Perform = set => set.IsLastSet && IsLightestLoad(set.Prescription) ? set.Short() : set.OnTarget(set.ModerateRpe()),
    };

    /// <summary>The session in which the leg pain radiates.</summary>
    public const int SessionWithRadiatingPain = 30;

    /// <summary>In session 30 the first set of the session comes with radiating leg pain 4/10: the session stops and refers.</summary>
    public static Persona RadiatingLegPainOnce { get; } = new("radiating-leg-pain-once", 112)
    {
        Perform = set => set.Session == SessionWithRadiatingPain
            ? set.OnTarget(7, new Symptom(SymptomKind.RadiatingPain, BodySite.Leg, 4))
            : set.OnTarget(set.ModerateRpe()),
    };

    public static IReadOnlyList<Persona> All { get; } =
    [
        AlwaysSucceeds, RpeNineAlways, FailsEveryThirdSession, WeeklyKneeJointPain, DumbbellOneKiloSteps,
        KettlebellFourKiloSteps, LosesTheKettlebellForAWeek, MonthlyMorningFlare, SixWeekBreak, StallsEveryEighthWeek,
        StrugglesAtTheLightestLoad, RadiatingLegPainOnce, QuadDominantClient, NoEquipment, FullHomeGym,
    ];

    private static bool IsLightestLoad(Prescription prescription)
        => ExerciseCatalog.BuiltIn.TryGetVariant(prescription.VariantId, out _, out var variant)
           && variant.Load is { } load && prescription.Dosage.LoadKg is { } kg && Math.Abs(kg - load.StartKg) < 1e-9;

    public static Persona Named(string name) => All.Single(p => p.Name == name);

    /// <summary>The built-in catalog with every loaded variant's smallest load step set to <paramref name="stepKg"/>, built through the builder.</summary>
    private static ProgressionEngine EngineWithLoadSteps(double stepKg)
    {
        var builder = ProgressionEngine.CreateBuilder();
        foreach (var exercise in ExerciseCatalog.BuiltIn.Exercises.Where(e => e.Variants.Any(v => v.Load is not null)))
        {
            var variants = exercise.Variants.Select(v => v.Load is not { } load ? v
                : new ExerciseVariant(v.Id, v.Name, v.Tier, v.Measure, [.. v.Equipment])
                {
                    Sets = v.Sets,
                    Reps = v.Reps,
                    HoldSeconds = v.HoldSeconds,
                    Load = new LoadRange(load.StartKg, Math.Max(load.MaxKg, load.StartKg + stepKg), stepKg),
                    IsUnilateral = v.IsUnilateral,
                    Cue = v.Cue,
                    StandIns = v.StandIns,
                });
            builder.AddExercise(new Exercise(exercise.Id, exercise.Name, exercise.Pattern, exercise.TargetMuscles, variants)
            {
                IsStretch = exercise.IsStretch,
                Region = exercise.Region,
                LoadsLumbarSpine = exercise.LoadsLumbarSpine,
                Source = exercise.Source,
            });
        }

        return builder.Build();
    }
}
