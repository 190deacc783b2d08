// A walkthrough of embedding Progression in a host: a coaching app that follows three clients through
// several weeks of a lower-back program. Each numbered step below is a step a real host takes; the
// clients and their reports are simulated (deterministically, from --seed).
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Progression;
using Progression.Demo;

const int SessionsPerWeek = 3;
int[] sessionWeekdays = [0, 2, 4]; // Monday, Wednesday, Friday
var firstMonday = new DateOnly(2026, 1, 5);

var printer = new Printer();

// Step 1 — Read the options. Bad input names the option and what it allows, and exits with 2.
var (options, error) = DemoOptions.Parse(args);
if (options is null)
{
    printer.Error(error!);
    return 2;
}

if (options.ShowHelp)
{
    printer.Help();
    return 0;
}

printer.Title(options);

// Step 2 — Register the engine once, at start-up. AddProgression builds and validates the engine now, so a
// bad configuration fails here and not at a client's first session. The host then asks for IProgressionEngine
// only: one immutable, thread-safe singleton that keeps no per-client state.
printer.Step(2, "Register the engine with dependency injection");
var services = new ServiceCollection().AddProgression(builder =>
{
    if (options.PainPolicy == PainPolicyChoice.Monitoring)
    {
        builder.UsePolicy(ProgressionPolicy.PainMonitoring);
    }
});
using var provider = services.BuildServiceProvider();
var engine = provider.GetRequiredService<IProgressionEngine>();
printer.Note(options.PainPolicy == PainPolicyChoice.Monitoring
    ? "Pain policy: pain monitoring (Thomeé 1997) — joint pain 0–2/10 is fine, 3–5/10 holds progression, above 5/10 stops."
    : "Pain policy: strict (the default) — any joint pain stops the exercise; muscle fatigue never does.");

// Step 3 — Meet the clients. The host creates each ClientState after the first appointment, with the assessment.
printer.Step(3, "Meet the clients");
DemoClient[] everyone =
[
    new("desk", "Maya Lindqvist, 34, software tester",
        "Sits nine hours a day; stiff low back by evening. Tight hip flexors, strong quads, weak hamstrings.",
        ClientState.New("maya-lindqvist", new Assessment
        {
            HamstringQuadRatio = 0.48,
            HipFlexorAngle = new SidePair(Left: 8, Right: 5),
            SingleLegBridgeSeconds = new SidePair(Left: 32, Right: 41),
            Trunk = new TrunkEndurance { FlexorSeconds = 95, ExtensorSeconds = 70, SideBridgeLeftSeconds = 48, SideBridgeRightSeconds = 52 },
            Equipment = new HashSet<Equipment> { Equipment.Chair, Equipment.Wall, Equipment.Mat, Equipment.Bench, Equipment.Dumbbell },
        }),
        BaselinePain: 2),

    // The coach adds the ATG split squat to Tomás's program on day one (he wants to kneel and take stairs again).
    // The engine keeps exercises a client already has progress on, so the host seeds that progress: chair-assisted,
    // at the variant's starting dose.
    new("knee", "Tomás Herrera, 52, warehouse team lead",
        "Lifts boxes all day; wants to hike again. Feels his right knee on deep knee bends now and then.",
        ClientState.New("tomas-herrera", new Assessment
            {
                HamstringQuadRatio = 0.66,
                Equipment = new HashSet<Equipment> { Equipment.Chair, Equipment.Wall, Equipment.Mat, Equipment.Band, Equipment.Rack, Equipment.Dumbbell },
            })
            .WithProgress(SimulatedClient.KneePainExercise, new ExerciseProgress
            {
                VariantId = "atg-split-squat.chair",
                Tier = Tier.Assisted,
                Dosage = Dosage.OfReps(3, 8),
            }),
        BaselinePain: 3)
    { KneePainWeek = 3 },

    new("redflag", "Priya Natarajan, 61, retired teacher",
        "Long-standing low back ache, otherwise well. Her check-ins are where the host hears about red flags.",
        ClientState.New("priya-natarajan", new Assessment { HamstringQuadRatio = 0.62 }),
        BaselinePain: 3)
    { RedFlagWeek = 5, RedFlags = new HashSet<RedFlag> { RedFlag.SaddleNumbness } },
];

var clients = options.Client == "all" ? everyone : everyone.Where(c => c.Key == options.Client).ToArray();
foreach (var client in clients)
{
    printer.Note($"{client.Key,-8} {client.Name} — {client.Story}");
    if (client.KneePainWeek > options.Weeks || client.RedFlagWeek > options.Weeks)
    {
        printer.Note($"         (Their turning point is in week {client.KneePainWeek ?? client.RedFlagWeek}; run with --weeks {client.KneePainWeek ?? client.RedFlagWeek} or more to see it.)");
    }
}

// Step 4 — Run the program. Before each session the client checks in; the engine plans; after every set the
// client reports and the engine says go on or stop; after the session the engine reviews, and the host keeps
// the new state it returns.
printer.Step(4, $"Simulate {options.Weeks} week{(options.Weeks == 1 ? "" : "s")}, {SessionsPerWeek} sessions a week");
var charts = new List<(DemoClient Client, List<WeekSnapshot> Weeks)>();
foreach (var client in clients)
{
    printer.Client(client);
    var simulated = new SimulatedClient(client, options.Seed);
    var state = client.Start;
    var weeks = new List<WeekSnapshot>();
    DateOnly? lastSession = null;
    var programStopped = false;
    var stepsThisWeek = new List<ExerciseDecision>();

    for (var week = 1; week <= options.Weeks; week++)
    {
        for (var session = 1; session <= SessionsPerWeek; session++)
        {
            var date = firstMonday.AddDays((week - 1) * 7 + sessionWeekdays[session - 1]);

            // 4a. Check in: morning pain against the usual level, and red flags.
            var checkIn = simulated.CheckIn(week, session, lastSession is { } last ? date.DayNumber - last.DayNumber : null);
            printer.SessionHeader(week, session, date, checkIn);

            // 4b. Plan today's session. A red flag plans nothing and refers; the host stops the program.
            var plan = engine.PlanSession(state, checkIn);
            printer.Plan(plan);
            if (plan.Items.Count == 0 && plan.Referral != Referral.None)
            {
                printer.ProgramStopped(client, plan);
                programStopped = true;
                break;
            }

            // 4c. Do the sets. Each set is evaluated as soon as it is reported; a stop ends that exercise (or the
            //     session). The demo shows the verdicts that stop something, and those on sets where pain was reported.
            var sets = new List<SetReport>();
            var shown = new List<(SetReport Set, SetVerdict Verdict)>();
            var sessionStopped = false;
            foreach (var item in plan.Items)
            {
                var setsToDo = item.Prescription.Dosage.Sets + item.ExtraSets; // extra sets: the weaker side, when selection chose one
                for (var setNumber = 1; setNumber <= setsToDo; setNumber++)
                {
                    var set = simulated.PerformSet(item.Prescription, setNumber, week, session);
                    sets.Add(set);
                    var verdict = engine.EvaluateSet(state, set);
                    if (verdict.Action != SetAction.Continue || set.Symptoms.Any(s => s.Kind != SymptomKind.MuscleFatigue))
                    {
                        shown.Add((set, verdict));
                    }

                    if (verdict.Action != SetAction.Continue)
                    {
                        sessionStopped = verdict.Action == SetAction.StopSession;
                        break;
                    }
                }

                if (sessionStopped)
                {
                    break;
                }
            }

            printer.SetsDone(sets.Count, shown);

            // 4d. Review the session: one decision per exercise, and the client's next state (a review needs a set).
            if (sets.Count == 0)
            {
                continue;
            }

            var review = engine.ReviewSession(state, new SessionReport(date, sets) { CheckIn = checkIn });
            printer.Review(review);
            stepsThisWeek.AddRange(review.Decisions);
            state = review.Next;
            lastSession = date;
        }

        if (programStopped)
        {
            break;
        }

        // 4e. Store the state. The engine stores nothing: a real host would write this JSON to its database
        // and read it back before the next session. Here it round-trips in memory to show that it can.
        var json = JsonSerializer.Serialize(state);
        var stored = JsonSerializer.Deserialize<ClientState>(json)!;
        printer.Stored(week, Encoding.UTF8.GetByteCount(json), stored == state);
        state = stored;
        weeks.Add(new WeekSnapshot(week, state.Progress, stepsThisWeek.ToLookup(d => d.ExerciseId, d => d.Step)));
        stepsThisWeek.Clear();
    }

    charts.Add((client, weeks));
}

// Step 5 — Chart each client's tier and dose over the weeks, from the states the host stored.
printer.Step(5, "Tier and dose over the weeks");
foreach (var (client, weeks) in charts)
{
    printer.Chart(client, weeks, options.Weeks);
}

return 0;
