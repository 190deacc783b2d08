using static Progression.BodySite;
using static Progression.Equipment;

namespace Progression;

/// <summary>
/// The built-in exercises, as one table. Ladders run easiest first and tiers never go down; doses follow the seeds
/// where they give numbers (deep squat hold: 5–10 s growing to 30–60 s) and common practice elsewhere
/// (8–15 reps, 20–45 s stretches). Loads are the total held; the smallest step is what the equipment allows.
/// </summary>
internal static class BuiltInCatalog
{
    private const DoseMeasure ByReps = DoseMeasure.Reps;
    private const DoseMeasure ByHold = DoseMeasure.HoldSeconds;

    private const string SeedAroundTheBack =
        "Seed 001: video summary \"below, around and above the lower back\" — inner thigh stretch, ATG split squat, "
        + "seated good morning, slant bar squat, QL stretch, pullover; assisted → bodyweight → loaded, progressing slowly and without pain";

    private const string SeedDeepSquat =
        "Seed 003: Jackson Sayers, B.Sc. (Kinesiology), \"Low Back Strength Exercise\" — deep squat hold, dumbbells as counterweight at first, "
        + "5–10 s built up to 30–60 s";

    private const string SeedBandHinge =
        "Seed 004: sports physical therapist, \"Low Back Pain Relief\" — band-assisted hip hinge for weak lumbar paraspinals, "
        + "glutes as the source; loaded hinge (kettlebell, Romanian deadlift) with ACSM 2009 load steps";

    private const string McGill =
        "McGill 2007, \"Low Back Disorders\" (2nd ed.) — the big three (curl-up, side bridge, bird dog) and trunk endurance norms";

    /// <summary>
    /// A sturdy chair stands in for the bench where the bench only has to hold the body still at seat height: sitting
    /// (seated good morning) or resting the heels (hamstring bridge). Not for the hip thrust, whose upper back slides
    /// on a bench a chair would tip under, nor for the inclined bench.
    /// </summary>
    private static readonly IReadOnlyDictionary<Equipment, Equipment> ChairForBench = new Dictionary<Equipment, Equipment> { [Bench] = Chair };

    /// <summary>Every built-in exercise, in catalog order.</summary>
    public static IReadOnlyList<Exercise> Exercises { get; } =
    [
        // ---- Below the lower back: hips and inner thighs -------------------------------------------------
        new("inner-thigh-stretch", "Inner thigh stretch", MovementPattern.Mobility, [Adductors, Hip],
        [
            new("inner-thigh-stretch.chair", "Chair-supported inner thigh stretch", Tier.Assisted, ByHold, Chair)
                { Sets = 2, HoldSeconds = new(20, 45, 5), Cue = "Hands on a chair seat, feet wide, sit your hips back until the inner thighs stretch." },
            new("inner-thigh-stretch.incline-bench", "Inclined-bench inner thigh stretch", Tier.Assisted, ByHold, InclineBench)
                { Sets = 2, HoldSeconds = new(20, 45, 5), Cue = "Hands on the inclined bench, feet wide, let your hips sink lower than on the chair." },
            new("inner-thigh-stretch.floor", "Floor inner thigh stretch", Tier.Bodyweight, ByHold)
                { Sets = 2, HoldSeconds = new(20, 45, 5), Cue = "On the floor, legs wide, walk your hands forward with a long spine and breathe into the stretch." },
            new("inner-thigh-stretch.loaded", "Loaded wide-stance hold", Tier.Loaded, ByHold, Dumbbell)
                { Sets = 2, HoldSeconds = new(20, 45, 5), Load = new(2, 20, 2), Cue = "Hold a dumbbell at your chest and sink into a wide stance, knees out over the toes." },
        ]) { Region = BackRegion.Below, Source = SeedAroundTheBack },

        new("atg-split-squat", "ATG split squat", MovementPattern.KneeDominant, [Quadriceps, Glutes, HipFlexors],
        [
            new("atg-split-squat.chair", "Chair-assisted ATG split squat", Tier.Assisted, ByReps, Chair)
                { Reps = new(8, 15, 1), IsUnilateral = true, Cue = "Hold a chair, sink until the back knee nears the floor and the back hip stretches; stop before any knee pain." },
            new("atg-split-squat.flat", "ATG split squat on flat ground", Tier.Bodyweight, ByReps)
                { Reps = new(6, 12, 1), IsUnilateral = true, Cue = "Long stride, front knee travels over the toes, back knee low, torso upright." },
            new("atg-split-squat.dumbbells", "ATG split squat with dumbbells", Tier.Loaded, ByReps, Dumbbell)
                { Reps = new(6, 10, 1), Load = new(4, 40, 2), IsUnilateral = true, Cue = "Same depth as without weight, a dumbbell in each hand, arms long." },
        ]) { Region = BackRegion.Below, Source = SeedAroundTheBack },

        // ---- Around the lower back -------------------------------------------------------------------------
        new("seated-good-morning", "Seated good morning", MovementPattern.HipDominant, [Erectors, LowerBack, Hamstrings, Glutes],
        [
            new("seated-good-morning.hands-assisted", "Hands-assisted seated good morning", Tier.Assisted, ByReps, Bench)
                { StandIns = ChairForBench, Reps = new(8, 15, 1), Cue = "Sit tall, hinge forward with a flat back, and push on your thighs to help yourself up without rounding." },
            new("seated-good-morning.bodyweight", "Seated good morning", Tier.Bodyweight, ByReps, Bench)
                { StandIns = ChairForBench, Reps = new(8, 15, 1), Cue = "Hands across the chest, hinge forward only as far as your back stays flat, then sit tall." },
            new("seated-good-morning.loaded", "Loaded seated good morning", Tier.Loaded, ByReps, Bench, Dumbbell)
                { StandIns = ChairForBench, Reps = new(8, 12, 1), Load = new(2, 30, 2), Cue = "Hug a dumbbell to your chest and keep the same flat back; lighten it the moment you round." },
        ]) { Region = BackRegion.Around, LoadsLumbarSpine = true, Source = SeedAroundTheBack },

        // Grip width is the measure of progress: wide grip gives the most help, narrow the least.
        new("slant-bar-squat", "Slant bar squat", MovementPattern.Mobility, [Calves, Ankle, LowerBack, Quadriceps],
        [
            new("slant-bar-squat.wide-grip", "Slant bar squat, wide grip", Tier.Assisted, ByHold, SlantBoard, Rack)
                { Sets = 2, HoldSeconds = new(20, 60, 5), Cue = "Heels up on the slant board, hands wide on the bar, sit down between your heels and let the lower back round gently." },
            new("slant-bar-squat.medium-grip", "Slant bar squat, medium grip", Tier.Assisted, ByHold, SlantBoard, Rack)
                { Sets = 2, HoldSeconds = new(20, 60, 5), Cue = "Hands at shoulder width on the bar; let your legs, not your arms, hold you at the bottom." },
            new("slant-bar-squat.narrow-grip", "Slant bar squat, narrow grip", Tier.Assisted, ByHold, SlantBoard, Rack)
                { Sets = 2, HoldSeconds = new(20, 60, 5), Cue = "Hands close together, only a light touch on the bar, sit deep and breathe." },
        ]) { Region = BackRegion.Around, Source = SeedAroundTheBack },

        // Wall height sets the depth of the side bend; load comes last.
        new("ql-stretch", "QL stretch against a wall", MovementPattern.Mobility, [QuadratusLumborum, Obliques, Hamstrings, LowerBack],
        [
            new("ql-stretch.wall-high", "QL stretch, hand high on the wall", Tier.Assisted, ByHold, Wall)
                { Sets = 2, HoldSeconds = new(20, 45, 5), IsUnilateral = true, Cue = "Side to the wall, hand high on it, cross the far leg behind and bend away until the side of your low back stretches." },
            new("ql-stretch.wall-low", "QL stretch, hand low on the wall", Tier.Assisted, ByHold, Wall)
                { Sets = 2, HoldSeconds = new(20, 45, 5), IsUnilateral = true, Cue = "Same stretch with the hand lower on the wall, so you bend further." },
            new("ql-stretch.loaded", "Loaded QL stretch", Tier.Loaded, ByHold, Wall, Dumbbell)
                { Sets = 2, HoldSeconds = new(20, 45, 5), Load = new(2, 16, 2), IsUnilateral = true, Cue = "Hold a light dumbbell in the free hand and let it draw you into the side bend, then lift it back with your side." },
        ]) { Region = BackRegion.Around, Source = SeedAroundTheBack },

        // ---- Above the spine ---------------------------------------------------------------------------------
        // Distance from the wall sets how much of the body's weight the arms and upper back hold.
        new("wall-pullover", "Wall pullover", MovementPattern.Mobility, [Lats, Thoracic, UpperBack, Core],
        [
            new("wall-pullover.near-wall", "Wall pullover, feet near the wall", Tier.Assisted, ByReps, Wall)
                { Reps = new(8, 15, 1), Cue = "Back against the wall, ribs down, raise straight arms overhead toward the wall without arching your low back." },
            new("wall-pullover.far-from-wall", "Wall pullover, feet far from the wall", Tier.Bodyweight, ByReps, Wall)
                { Reps = new(8, 15, 1), Cue = "Step the feet further out so the wall supports less; keep the ribs down as the arms go overhead." },
            new("wall-pullover.dumbbell", "Wall pullover with a dumbbell", Tier.Loaded, ByReps, Wall, Dumbbell)
                { Reps = new(8, 12, 1), Load = new(1, 10, 1), Cue = "Hold a light dumbbell in both hands and take it overhead only as far as your back stays on the wall." },
        ]) { Region = BackRegion.Above, Source = SeedAroundTheBack },

        // Mobility rather than knee-dominant: the seed uses it as a held position to lengthen the lumbar spine and move
        // pressure off the knees into the glutes, not to train the quadriceps through a range. Counting it as
        // knee-dominant would let the quadriceps-dominance rule trade it away for hamstring work it does not compete with.
        new("deep-squat-hold", "Deep squat hold", MovementPattern.Mobility, [Glutes, LowerBack, HipFlexors, Adductors],
        [
            new("deep-squat-hold.counterweight", "Deep squat hold with dumbbells as counterweight", Tier.Assisted, ByHold, Dumbbell)
                { HoldSeconds = new(5, 30, 5), Cue = "Hold dumbbells out in front as a counterweight, sit into a deep squat and push your knees out with your elbows." },
            new("deep-squat-hold.unassisted", "Deep squat hold", Tier.Bodyweight, ByHold)
                { HoldSeconds = new(10, 60, 5), Cue = "Sit into a deep squat with the weight in your glutes, not your knees, and let the lower back lengthen." },
            new("deep-squat-hold.loaded", "Goblet deep squat hold", Tier.Loaded, ByHold, Dumbbell)
                { HoldSeconds = new(30, 60, 5), Load = new(4, 24, 2), Cue = "Hug a dumbbell at your chest and hold the same deep squat, chest up." },
        ]) { Region = BackRegion.Below, Source = SeedDeepSquat },

        new("band-hip-hinge", "Hip hinge", MovementPattern.HipDominant, [Glutes, Hamstrings, Erectors, LowerBack],
        [
            new("band-hip-hinge.band-assisted", "Band-assisted hip hinge", Tier.Assisted, ByReps, Band, Rack)
                { Reps = new(10, 15, 1), Cue = "Band anchored across your hips, let it push you back into the hinge, then squeeze your glutes to stand tall." },
            new("band-hip-hinge.bodyweight", "Bodyweight hip hinge", Tier.Bodyweight, ByReps)
                { Reps = new(10, 15, 1), Cue = "Hands on your hips, push them back with a flat back and soft knees, then drive them forward to stand." },
            new("band-hip-hinge.kettlebell", "Kettlebell deadlift", Tier.Loaded, ByReps, Kettlebell)
                { Reps = new(8, 12, 1), Load = new(8, 32, 4), Cue = "Kettlebell between the feet, hinge to reach it with a flat back and stand up by squeezing your glutes." },
            new("band-hip-hinge.romanian-deadlift", "Romanian deadlift", Tier.Loaded, ByReps, Barbell)
                { Reps = new(6, 10, 1), Load = new(20, 100, 2.5), Cue = "Bar against the thighs, slide it down as the hips go back, stop when the back would round." },
        ]) { Region = BackRegion.Below, LoadsLumbarSpine = true, Source = SeedBandHinge },

        // ---- From the references ------------------------------------------------------------------------------
        new("glute-bridge", "Glute bridge", MovementPattern.HipDominant, [Glutes, Hamstrings],
        [
            new("glute-bridge.double-leg", "Glute bridge", Tier.Bodyweight, ByReps)
                { Reps = new(10, 20, 2), Cue = "Lie on your back, feet flat, squeeze your glutes to lift the hips until knees, hips and shoulders line up." },
            new("glute-bridge.single-leg", "Single-leg glute bridge", Tier.Bodyweight, ByReps)
                { Reps = new(8, 15, 1), IsUnilateral = true, Cue = "One foot down, the other knee pulled in, lift the hips level without letting the pelvis drop." },
            new("glute-bridge.hip-thrust", "Barbell hip thrust", Tier.Loaded, ByReps, Bench, Barbell)
                { Reps = new(8, 12, 1), Load = new(20, 120, 2.5), Cue = "Upper back on a bench, bar over the hips, drive up to a flat top with your chin tucked." },
        ]) { Region = BackRegion.Below, Source = "Contreras et al. 2015, barbell hip thrust (J Appl Biomech); seed 004 (strong glutes take load off the low back)" },

        new("hamstring-bridge", "Hamstring bridge", MovementPattern.HipDominant, [Hamstrings, Glutes],
        [
            new("hamstring-bridge.double-leg", "Hamstring bridge, heels on a bench", Tier.Bodyweight, ByReps, Bench)
                { StandIns = ChairForBench, Reps = new(8, 15, 1), Cue = "Heels on a bench, knees slightly bent, dig the heels down to lift the hips." },
            new("hamstring-bridge.single-leg", "Single-leg hamstring bridge", Tier.Bodyweight, ByReps, Bench)
                { StandIns = ChairForBench, Reps = new(6, 15, 1), IsUnilateral = true, Cue = "One heel on the bench, the other leg up, lift the hips level; stop at a cramp." },
        ]) { Region = BackRegion.Below, Source = "Freckleton, Cook & Pizzari 2014, single leg hamstring bridge test (Br J Sports Med); seed 000 (hamstrings against quadriceps dominance)" },

        new("bird-dog", "Bird dog", MovementPattern.Trunk, [Erectors, Glutes, Core],
        [
            new("bird-dog.single-limb", "Bird dog, one limb at a time", Tier.Assisted, ByReps)
                { Reps = new(6, 12, 1), Cue = "On hands and knees, spine still, slide one leg back (or one arm forward) and hold 8–10 s each rep." },
            new("bird-dog.opposite-arm-leg", "Bird dog", Tier.Bodyweight, ByReps)
                { Reps = new(6, 12, 1), Cue = "Reach the opposite arm and leg long without the back moving, hold 8–10 s each rep, alternate sides." },
            new("bird-dog.loaded", "Bird dog with a light dumbbell", Tier.Loaded, ByReps, Dumbbell)
                { Reps = new(6, 10, 1), Load = new(1, 5, 1), Cue = "Same bird dog holding a light dumbbell in the reaching hand; the back stays still." },
        ]) { Region = BackRegion.Around, Source = McGill + "; bird dog trains back-extensor endurance" },

        new("dead-bug", "Dead bug", MovementPattern.Trunk, [Core, Obliques, HipFlexors],
        [
            new("dead-bug.bent-knee", "Dead bug, bent-knee heel taps", Tier.Bodyweight, ByReps)
                { Reps = new(6, 12, 1), Cue = "On your back, knees over hips, low back gently pressed down, lower one heel to tap the floor and bring it back." },
            new("dead-bug.straight-leg", "Dead bug, opposite arm and leg", Tier.Bodyweight, ByReps)
                { Reps = new(6, 12, 1), Cue = "Lower the opposite arm and leg toward the floor only as far as your low back stays down." },
            new("dead-bug.loaded", "Dead bug holding a dumbbell", Tier.Loaded, ByReps, Dumbbell)
                { Reps = new(6, 10, 1), Load = new(2, 10, 1), Cue = "Hold a dumbbell up over your chest with both hands while the legs alternate; the back never arches." },
        ]) { Region = BackRegion.Around, Source = McGill + "; dead bug is an anti-extension exercise for trunk-flexor endurance" },

        new("side-bridge", "Side bridge", MovementPattern.Trunk, [Obliques, QuadratusLumborum, Core, Glutes],
        [
            new("side-bridge.knees", "Side bridge from the knees", Tier.Assisted, ByHold)
                { HoldSeconds = new(10, 30, 5), IsUnilateral = true, Cue = "On your side, elbow under the shoulder, knees bent, lift the hips until the body is straight from knees to head." },
            new("side-bridge.full", "Side bridge", Tier.Bodyweight, ByHold)
                { HoldSeconds = new(10, 45, 5), IsUnilateral = true, Cue = "From the feet, top foot in front, lift the hips into one straight line and breathe." },
            new("side-bridge.loaded", "Side bridge with a reach and dumbbell", Tier.Loaded, ByHold, Dumbbell)
                { HoldSeconds = new(15, 45, 5), Load = new(2, 10, 1), IsUnilateral = true, Cue = "Full side bridge with a light dumbbell held up in the top hand; the hips do not sag." },
        ]) { Region = BackRegion.Around, Source = McGill + "; side bridge trains the lateral trunk (quadratus lumborum, obliques)" },

        new("hip-flexor-stretch", "Half-kneeling hip flexor stretch", MovementPattern.Mobility, [HipFlexors, Quadriceps],
        [
            new("hip-flexor-stretch.supported", "Half-kneeling hip flexor stretch holding a chair", Tier.Assisted, ByHold, Chair)
                { Sets = 2, HoldSeconds = new(20, 45, 5), IsUnilateral = true, Cue = "Half-kneeling, hand on a chair, tuck the pelvis under and squeeze the back glute until the front of that hip stretches." },
            new("hip-flexor-stretch.half-kneeling", "Half-kneeling hip flexor stretch", Tier.Bodyweight, ByHold)
                { Sets = 2, HoldSeconds = new(20, 45, 5), IsUnilateral = true, Cue = "Half-kneeling without support, pelvis tucked, glute squeezed, shift forward a little." },
            new("hip-flexor-stretch.overhead-reach", "Half-kneeling hip flexor stretch with overhead reach", Tier.Bodyweight, ByHold)
                { Sets = 2, HoldSeconds = new(20, 45, 5), IsUnilateral = true, Cue = "Same stretch, reach the arm on the kneeling side overhead and lean slightly away." },
        ]) { Region = BackRegion.Below, Source = "Modified Thomas test for hip-flexor length (Harvey 1998, Br J Sports Med); seed 001 (hip flexors below the lower back)" },
    ];
}
