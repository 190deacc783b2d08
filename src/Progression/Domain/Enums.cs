using System.Text.Json.Serialization;

// Enums serialise by name so a stored ClientState stays readable and survives new members.
namespace Progression;

/// <summary>The level of a variant on an exercise ladder, ordered from easiest to hardest.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Tier>))]
public enum Tier
{
    /// <summary>Helped by a chair, wall, band, counterweight or the hands.</summary>
    Assisted = 0,

    /// <summary>The body's own weight, no help and no added load.</summary>
    Bodyweight = 1,

    /// <summary>External load: dumbbells, kettlebell, barbell.</summary>
    Loaded = 2,
}

/// <summary>What a session review decided for one exercise.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProgressionStep>))]
public enum ProgressionStep
{
    /// <summary>Move to the next variant of the ladder, at its starting dose.</summary>
    Advance = 0,

    /// <summary>More dose (reps, hold seconds or load) on the same variant.</summary>
    Increase = 1,

    /// <summary>Keep the same prescription.</summary>
    Hold = 2,

    /// <summary>Go back to the previous variant of the ladder.</summary>
    Regress = 3,

    /// <summary>Less load on the same variant.</summary>
    Deload = 4,

    /// <summary>Stop prescribing the exercise: no lower level is left, or the client was referred.</summary>
    Pause = 5,
}

/// <summary>The kind of a symptom the client reports.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SymptomKind>))]
public enum SymptomKind
{
    /// <summary>The expected burn or tiredness of a working muscle; never stops a set by itself.</summary>
    MuscleFatigue = 0,

    /// <summary>Muscle soreness, including delayed-onset soreness (DOMS) in the days after a session.</summary>
    MuscleSoreness = 1,

    /// <summary>Pain felt in a joint (knee, hip, lower back joints, …).</summary>
    JointPain = 2,

    /// <summary>Pain that travels, typically down a leg.</summary>
    RadiatingPain = 3,

    /// <summary>Numbness or pins and needles.</summary>
    Numbness = 4,

    /// <summary>Loss of strength that is not ordinary fatigue.</summary>
    Weakness = 5,
}

/// <summary>Where a symptom is felt, or what a exercise targets.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BodySite>))]
public enum BodySite
{
    /// <summary>The lumbar region.</summary>
    LowerBack = 0,

    /// <summary>The hip joint.</summary>
    Hip = 1,

    /// <summary>The knee joint.</summary>
    Knee = 2,

    /// <summary>The ankle joint.</summary>
    Ankle = 3,

    /// <summary>The shoulder joint.</summary>
    Shoulder = 4,

    /// <summary>The neck.</summary>
    Neck = 5,

    /// <summary>The gluteal muscles.</summary>
    Glutes = 6,

    /// <summary>The hamstrings.</summary>
    Hamstrings = 7,

    /// <summary>The quadriceps.</summary>
    Quadriceps = 8,

    /// <summary>The inner-thigh adductors.</summary>
    Adductors = 9,

    /// <summary>The hip flexors (iliopsoas, rectus femoris).</summary>
    HipFlexors = 10,

    /// <summary>The deep trunk muscles and abdominal wall.</summary>
    Core = 11,

    /// <summary>One leg (a symptom there may be radiating).</summary>
    Leg = 12,

    /// <summary>The saddle area (numbness there is a red flag).</summary>
    Saddle = 13,

    /// <summary>Both legs at once (a red flag when neurological).</summary>
    BothLegs = 14,

    /// <summary>The upper back.</summary>
    UpperBack = 15,

    /// <summary>The oblique abdominal muscles.</summary>
    Obliques = 16,

    /// <summary>The calves.</summary>
    Calves = 17,

    /// <summary>The thoracic spine.</summary>
    Thoracic = 18,

    /// <summary>The quadratus lumborum, either side of the lumbar spine.</summary>
    QuadratusLumborum = 19,

    /// <summary>The latissimus dorsi.</summary>
    Lats = 20,

    /// <summary>The spinal erectors (back extensors).</summary>
    Erectors = 21,
}

/// <summary>
/// Warning signs that call for a professional, after NICE NG59, NICE CKS (low back pain, sciatica) and BASS 2018
/// (cauda equina syndrome); docs/safety.md lists each with its urgency and source.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RedFlag>))]
public enum RedFlag
{
    /// <summary>New bladder or bowel dysfunction (possible cauda equina syndrome).</summary>
    BladderOrBowelChange = 0,

    /// <summary>Numbness in the saddle area (possible cauda equina syndrome).</summary>
    SaddleNumbness = 1,

    /// <summary>Neurological symptoms in both legs (bilateral sciatica, numbness or weakness): possible cauda equina syndrome.</summary>
    BilateralLegSymptoms = 2,

    /// <summary>Weakness that is getting worse (progressive neurological deficit); with <see cref="BilateralLegSymptoms"/>, possible cauda equina syndrome.</summary>
    ProgressiveWeakness = 3,

    /// <summary>Pain at night that rest does not ease.</summary>
    NightPain = 4,

    /// <summary>Weight loss without a reason.</summary>
    UnexplainedWeightLoss = 5,

    /// <summary>Fever alongside back pain.</summary>
    Fever = 6,

    /// <summary>A history of cancer.</summary>
    CancerHistory = 7,

    /// <summary>A recent fall, accident or other trauma.</summary>
    RecentTrauma = 8,

    /// <summary>New back pain starting before the age of 20 or after 50 (possible serious pathology).</summary>
    NewPainUnder20OrOver50 = 9,

    /// <summary>Osteoporosis or long-term corticosteroid use (possible fracture).</summary>
    OsteoporosisOrSteroidUse = 10,

    /// <summary>A weakened immune system: immunosuppressant drugs, HIV, chemotherapy (possible infection).</summary>
    Immunosuppression = 11,

    /// <summary>Pain in the thoracic (mid) spine (possible serious pathology).</summary>
    ThoracicPain = 12,
}

/// <summary>What to do after a set, ordered from least to most cautious.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SetAction>))]
public enum SetAction
{
    /// <summary>Carry on.</summary>
    Continue = 0,

    /// <summary>Stop this exercise for today; other exercises may go on.</summary>
    StopExercise = 1,

    /// <summary>Stop the whole session.</summary>
    StopSession = 2,
}

/// <summary>Whether, and how soon, the client should see a professional; ordered by urgency.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Referral>))]
public enum Referral
{
    /// <summary>No referral.</summary>
    None = 0,

    /// <summary>See a professional at the next routine opportunity.</summary>
    Routine = 1,

    /// <summary>See a professional within days.</summary>
    Urgent = 2,

    /// <summary>Seek emergency care now.</summary>
    Emergency = 3,
}

/// <summary>A side of the body.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Side>))]
public enum Side
{
    /// <summary>The left side.</summary>
    Left = 0,

    /// <summary>The right side.</summary>
    Right = 1,
}

/// <summary>The movement pattern of an exercise, used to balance a plan.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MovementPattern>))]
public enum MovementPattern
{
    /// <summary>Hinging at the hip: glutes and hamstrings lead (bridges, hinges, good mornings).</summary>
    HipDominant = 0,

    /// <summary>Bending at the knee: quadriceps lead (split squats, squats).</summary>
    KneeDominant = 1,

    /// <summary>Trunk endurance: holding the spine still against flexion, extension or side bending.</summary>
    Trunk = 2,

    /// <summary>Stretching and mobility work, planned before strength work.</summary>
    Mobility = 3,
}

/// <summary>
/// Where an exercise works relative to the lower back, after the seeds' framing ("the muscles below, around, and
/// above it"). A plan of a full-size session keeps work in each region (<see cref="ProgressionPolicy.MinBelowExercises"/>,
/// <see cref="ProgressionPolicy.MinAroundExercises"/>, <see cref="ProgressionPolicy.MinAboveExercises"/>).
/// </summary>
public enum BackRegion
{
    /// <summary>Below the lower back: hips and thighs (hip flexors, glutes, hamstrings, inner thighs, split squats).</summary>
    Below = 0,

    /// <summary>Around the lower back: the trunk and the quadratus lumborum (bird dog, dead bug, side bridge, QL stretch, good mornings).</summary>
    Around = 1,

    /// <summary>Above the lower back: the thoracic spine and the lats (the wall pullover).</summary>
    Above = 2,
}

/// <summary>Equipment a variant needs. There is no <c>None</c>: an empty set means none is needed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Equipment>))]
public enum Equipment
{
    /// <summary>A sturdy chair.</summary>
    Chair = 0,

    /// <summary>A free wall.</summary>
    Wall = 1,

    /// <summary>A flat bench or box.</summary>
    Bench = 2,

    /// <summary>An inclined bench.</summary>
    InclineBench = 3,

    /// <summary>A resistance band.</summary>
    Band = 4,

    /// <summary>Dumbbells.</summary>
    Dumbbell = 5,

    /// <summary>A kettlebell.</summary>
    Kettlebell = 6,

    /// <summary>A barbell with plates.</summary>
    Barbell = 7,

    /// <summary>A slant board (heels or toes raised).</summary>
    SlantBoard = 8,

    /// <summary>An exercise mat.</summary>
    Mat = 9,

    /// <summary>A step or low box.</summary>
    Step = 10,

    /// <summary>A fixed bar or rack to hold or anchor a band to.</summary>
    Rack = 11,
}
