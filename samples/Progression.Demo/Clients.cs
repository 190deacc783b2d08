namespace Progression.Demo;

/// <summary>The demo's three clients, each with the turning points that show one part of the engine.</summary>
internal static class DemoClients
{
    public static DemoClient[] All { get; } =
    [
        new("desk", "Maya Lindqvist, 34, software tester",
            "Sits nine hours a day; stiff low back by evening. Tight hip flexors, strong quads, weak hamstrings.",
            ClientState.New("maya-lindqvist", new Assessment
            {
                HamstringQuadRatio = 0.48,
                HipFlexorAngle = new SidePair(Left: 8, Right: 5),
                SingleLegBridgeSeconds = new SidePair(Left: 32, Right: 41),
                Trunk = new TrunkEndurance
                {
                    FlexorSeconds = 95, ExtensorSeconds = 70, SideBridgeLeftSeconds = 48, SideBridgeRightSeconds = 52,
                },
                Equipment = new HashSet<Equipment> { Equipment.Chair, Equipment.Wall, Equipment.Mat, Equipment.Bench, Equipment.Dumbbell },
            }),
            BaselinePain: 2),

        // Tomás comes from another clinic's program: the host seeds the progress he brings, so the engine goes on from
        // there (it keeps the exercises a client already has progress on). He already deadlifts a 12 kg kettlebell and
        // does the ATG split squat without help; his knee complains in week 3, and week 6 is a week of short nights.
        new("knee", "Tomás Herrera, 52, warehouse team lead",
            "Lifts boxes all day and trains twice a week; wants to hike again. His right knee complains on deep knee bends.",
            ClientState.New("tomas-herrera", new Assessment
                {
                    HamstringQuadRatio = 0.66,
                    Equipment = new HashSet<Equipment>
                    {
                        Equipment.Chair, Equipment.Wall, Equipment.Mat, Equipment.Band, Equipment.Rack, Equipment.Dumbbell,
                        Equipment.Kettlebell,
                    },
                })
                .WithProgress(SimulatedClient.KneePainExercise, new ExerciseProgress
                {
                    VariantId = "atg-split-squat.flat",
                    Tier = Tier.Bodyweight,
                    Dosage = Dosage.OfReps(3, 8),
                })
                .WithProgress("band-hip-hinge", new ExerciseProgress
                {
                    VariantId = "band-hip-hinge.kettlebell",
                    Tier = Tier.Loaded,
                    Dosage = Dosage.OfReps(3, 11, loadKg: 12),
                }),
            BaselinePain: 3)
        {
            KneePainWeek = 3,
            BadWeek = 6,
            BadWeekExercise = "band-hip-hinge",
        },

        new("redflag", "Priya Natarajan, 61, retired teacher",
            "Long-standing low back ache, otherwise well. In week 4 she reports pain that wakes her at night.",
            ClientState.New("priya-natarajan", new Assessment { HamstringQuadRatio = 0.62 }),
            BaselinePain: 3)
        {
            RedFlagWeek = 4,
            RedFlags = new HashSet<RedFlag> { RedFlag.NightPain },
            ClearanceWeek = 5,
            ClearanceNote = "Her GP examined her and found hip osteoarthritis, no serious pathology: night pain cleared.",
        },
    ];
}
