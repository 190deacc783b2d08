namespace Progression.Demo;

/// <summary>One of the demo's clients: who they are, where they start, and what happens to them.</summary>
/// <param name="Key">The --client value that picks them.</param>
/// <param name="Name">A name to print.</param>
/// <param name="Story">One sentence on who they are.</param>
/// <param name="Start">Their state on day one, as the host would create it after the first appointment.</param>
/// <param name="BaselinePain">Their usual back pain, 0–10, reported at every check-in.</param>
internal sealed record DemoClient(string Key, string Name, string Story, ClientState Start, int BaselinePain)
{
    /// <summary>The week in which the client feels their knee on the split squat, if they do.</summary>
    public int? KneePainWeek { get; init; }

    /// <summary>The week in which the client reports red flags at the first check-in, if they do.</summary>
    public int? RedFlagWeek { get; init; }

    /// <summary>The red flags reported in <see cref="RedFlagWeek"/>.</summary>
    public IReadOnlySet<RedFlag> RedFlags { get; init; } = new HashSet<RedFlag>();

    /// <summary>The week in which a clinician has seen the client and clears the referral, before its first session.</summary>
    public int? ClearanceWeek { get; init; }

    /// <summary>What the clinician found, as the host records it with the clearance.</summary>
    public string ClearanceNote { get; init; } = "";

    /// <summary>A week of short nights: every set of <see cref="BadWeekExercise"/> falls short, in every session.</summary>
    public int? BadWeek { get; init; }

    /// <summary>The exercise that falls short in <see cref="BadWeek"/>.</summary>
    public string? BadWeekExercise { get; init; }

    /// <summary>The week numbers of this client's turning points, for the note that says how long to run.</summary>
    public IEnumerable<int> TurningPoints =>
        new[] { KneePainWeek, RedFlagWeek, ClearanceWeek, BadWeek }.OfType<int>();
}

/// <summary>
/// Plays a client filling in the app: a check-in before each session and a report after each set.
/// Everything comes from one <see cref="Random"/> seeded per client, so a seed always tells the same story.
/// </summary>
internal sealed class SimulatedClient(DemoClient client, int seed)
{
    // Chances per set; small enough that most sessions succeed and the 2-for-2 rule gets to act.
    private const double MissChance = 0.04;
    private const double HardSetChance = 0.06;
    private const double FatigueChance = 0.15;

    public const string KneePainExercise = "atg-split-squat";

    private static readonly Dictionary<string, BodySite> WorkingMuscle = new(StringComparer.Ordinal)
    {
        ["glute-bridge"] = BodySite.Glutes,
        ["hamstring-bridge"] = BodySite.Hamstrings,
        ["band-hip-hinge"] = BodySite.Hamstrings,
        ["seated-good-morning"] = BodySite.Erectors,
        ["atg-split-squat"] = BodySite.Quadriceps,
        ["bird-dog"] = BodySite.Erectors,
        ["dead-bug"] = BodySite.Core,
        ["side-bridge"] = BodySite.Obliques,
        ["wall-pullover"] = BodySite.Lats,
    };

    // Not HashCode.Combine: it is randomised per process, and the same seed must tell the same story every run.
    // Each client gets its own stream, so following one client alone prints what "all" prints for them.
    private readonly Random _random = new(unchecked(seed * 397 + client.Key.Sum(c => c)));

    public DemoClient Client => client;

    /// <summary>How the client is this morning: near their baseline, now and then a point above or below.</summary>
    public CheckIn CheckIn(int week, int session, int? daysSinceLastSession)
    {
        var roll = _random.NextDouble();
        var morning = Math.Clamp(client.BaselinePain + (roll < 0.15 ? 1 : roll > 0.9 ? -1 : 0), 0, 10);
        // The red flag is reported in its week and again after the clearance: a cleared flag no longer blocks.
        var redFlags = (week == client.RedFlagWeek && session == 1) || week >= client.ClearanceWeek
            ? client.RedFlags
            : new HashSet<RedFlag>();
        return new CheckIn
        {
            MorningPain = week == client.RedFlagWeek && session == 1 ? Math.Min(10, client.BaselinePain + 3) : morning,
            BaselinePain = client.BaselinePain,
            RedFlags = redFlags,
            DaysSinceLastSession = daysSinceLastSession,
        };
    }

    /// <summary>
    /// The report after one set: mostly on target at RPE 6–8; sometimes a rep (or a few seconds) short, sometimes
    /// RPE 9; muscle fatigue now and then. In the knee-pain week, the split squat hurts the knee from the second set;
    /// in the bad week, the one exercise falls short every time.
    /// </summary>
    public SetReport PerformSet(Prescription prescription, int setNumber, int week, int session, Side? side = null)
    {
        var dose = prescription.Dosage;
        var missed = _random.NextDouble() < MissChance
                     || (week == client.BadWeek && prescription.ExerciseId == client.BadWeekExercise);
        var rpe = _random.NextDouble() < HardSetChance ? 9 : _random.Next(6, 9);
        var symptoms = new List<Symptom>();
        if (_random.NextDouble() < FatigueChance)
        {
            symptoms.Add(new Symptom(SymptomKind.MuscleFatigue, WorkingMuscle.GetValueOrDefault(prescription.ExerciseId, BodySite.Core), _random.Next(2, 6)));
        }

        if (week == client.KneePainWeek && session == 1 && prescription.ExerciseId == KneePainExercise && setNumber >= 2)
        {
            symptoms.Add(new Symptom(SymptomKind.JointPain, BodySite.Knee, 3));
        }

        return new SetReport
        {
            ExerciseId = prescription.ExerciseId,
            VariantId = prescription.VariantId,
            SetNumber = setNumber,
            Reps = dose.Reps is { } reps ? (missed ? Math.Max(0, reps - 2) : reps) : null,
            HoldSeconds = dose.HoldSeconds is { } hold ? (missed ? Math.Max(0, hold - 3) : hold) : null,
            LoadKg = dose.LoadKg,
            Rpe = missed ? Math.Max(rpe, 8) : rpe,
            Symptoms = symptoms,
            Side = side,
        };
    }
}
