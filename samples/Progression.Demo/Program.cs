// A walkthrough of embedding Progression in a host: a coaching app that follows three clients through
// several weeks of a lower-back program. Each numbered step in Demo.Run is a step a real host takes; the
// clients and their reports are simulated (deterministically, from --seed).
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Progression;
using Progression.Demo;

return Demo.Run(args, Console.Out, Console.Error);

namespace Progression.Demo
{
    /// <summary>The demo as a call, so a test can run it into a <see cref="TextWriter"/> and look at what it wrote.</summary>
    public static class Demo
    {
        private const int SessionsPerWeek = 3;
        private static readonly int[] SessionWeekdays = [0, 2, 4]; // Monday, Wednesday, Friday
        private static readonly DateOnly FirstMonday = new(2026, 1, 5);

        /// <summary>Runs the default story (every client, default weeks and seed) and writes the charts under a folder.</summary>
        /// <param name="output">Where the text goes; anything but a terminal gets plain text 120 columns wide.</param>
        /// <param name="outputDirectory">The folder the charts are written to; created if missing.</param>
        /// <returns>The exit code: 0.</returns>
        public static int Run(TextWriter output, string outputDirectory) => Run(["--out", outputDirectory], output, output);

        /// <summary>Runs the demo with command-line arguments.</summary>
        /// <param name="args">The options; <c>--help</c> lists them.</param>
        /// <param name="output">Where the walkthrough goes.</param>
        /// <param name="error">Where a bad option is reported.</param>
        /// <returns>0, or 2 for a bad option.</returns>
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
        {
            // Step 1 — Read the options. Bad input names the option and what it allows, and exits with 2.
            var (options, problem) = DemoOptions.Parse(args);
            if (options is null)
            {
                error.WriteLine(problem);
                error.WriteLine("Run with --help to see every option.");
                return 2;
            }

            if (options.ShowHelp)
            {
                output.WriteLine(DemoOptions.Usage);
                return 0;
            }

            var report = new Report(output, options.Verbose);
            report.Title(options);

            // Step 2 — Register the engine once, at start-up. AddProgression builds and validates the engine now, so a
            // bad configuration fails here and not at a client's first session. The host then asks for
            // IProgressionEngine only: one immutable, thread-safe singleton that keeps no per-client state.
            var monitoring = options.PainPolicy == PainPolicyChoice.Monitoring;
            report.Registration(monitoring ? RegistrationCode.Monitoring : RegistrationCode.Strict, monitoring);
            var services = new ServiceCollection().AddProgression(builder =>
            {
                if (monitoring)
                {
                    builder.UsePolicy(ProgressionPolicy.PainMonitoring);
                }
            });
            using var provider = services.BuildServiceProvider();
            var engine = provider.GetRequiredService<IProgressionEngine>();

            // Step 3 — Meet the clients. The host creates each ClientState after the first appointment, with the assessment.
            var clients = options.Client == "all"
                ? DemoClients.All
                : DemoClients.All.Where(c => c.Key == options.Client).ToArray();
            report.Clients(clients, options.Weeks);

            // Step 4 — Run the program, session by session, and keep what the engine returns.
            report.Step(4, $"Follow them for {options.Weeks} week{(options.Weeks == 1 ? "" : "s")}, {SessionsPerWeek} sessions a week");
            var histories = clients.Select(client => FollowClient(engine, client, options, report)).ToList();

            // Step 5 — Summarise each client, with the variants they reached, and draw tier and dose over the weeks.
            report.Step(5, "Where each client ended, and a chart of tier and dose over the weeks");
            Directory.CreateDirectory(options.OutputDirectory);
            foreach (var history in histories)
            {
                var chart = Path.GetFullPath(Path.Combine(options.OutputDirectory, $"{history.Client.Key}-progress.png"));
                ProgressChart.Write(history, chart);
                report.Summary(history, chart);
            }

            return 0;
        }

        private static ClientHistory FollowClient(IProgressionEngine engine, DemoClient client, DemoOptions options, Report report)
        {
            report.ClientHeading(client);
            var simulated = new SimulatedClient(client, options.Seed);
            var history = new ClientHistory(client);
            var state = client.Start;
            DateOnly? lastSession = null;

            for (var week = 1; week <= options.Weeks; week++)
            {
                for (var session = 1; session <= SessionsPerWeek; session++)
                {
                    var date = FirstMonday.AddDays((week - 1) * 7 + SessionWeekdays[session - 1]);
                    var log = new SessionLog(week, session, date);

                    // 4a. A clinician's clearance. The host closes the stored referral and records the flag the clinician
                    //     has seen, so reporting it again informs the plan but no longer blocks it.
                    if (week == client.ClearanceWeek && session == 1 && state.OpenReferral is not null)
                    {
                        log.Clearance = (state.OpenReferral, client.ClearanceNote);
                        state = state.ClearReferral().WithClearedRedFlags([.. client.RedFlags]);
                    }

                    // 4b. Check in: morning pain against the usual level, and red flags.
                    log.CheckIn = simulated.CheckIn(week, session, lastSession is { } last ? date.DayNumber - last.DayNumber : null);

                    // 4c. Plan today's session. A red flag plans nothing and refers; the host stores that referral, and
                    //     every later plan returns it and plans nothing until a clinician clears it.
                    log.Plan = engine.PlanSession(state, log.CheckIn);
                    if (log.Plan.Items.Count == 0)
                    {
                        if (log.Plan.Referral > Referral.None && state.OpenReferral is null)
                        {
                            state = state.WithReferral(log.Plan, date);
                            log.ReferralStored = true;
                        }

                        report.Session(log, state);
                        history.Sessions.Add(log);
                        continue;
                    }

                    // 4d. Do the sets. Each set is evaluated as soon as it is reported; a stop ends that exercise (or the
                    //     whole session).
                    var sets = new List<SetReport>();
                    foreach (var item in log.Plan.Items)
                    {
                        var setsToDo = item.Prescription.Dosage.Sets + item.ExtraSets; // extra sets: the weaker side
                        for (var setNumber = 1; setNumber <= setsToDo; setNumber++)
                        {
                            var set = simulated.PerformSet(item.Prescription, setNumber, week, session);
                            var verdict = engine.EvaluateSet(state, set);
                            sets.Add(set);
                            log.Sets.Add((set, verdict));
                            if (verdict.Action != SetAction.Continue)
                            {
                                break;
                            }
                        }

                        if (log.Sets[^1].Verdict.Action == SetAction.StopSession)
                        {
                            break;
                        }
                    }

                    // 4e. Review the session: one decision per exercise, and the client's next state to store.
                    log.Review = engine.ReviewSession(state, new SessionReport(date, sets) { CheckIn = log.CheckIn });
                    state = log.Review.Next;
                    lastSession = date;
                    report.Session(log, state);
                    history.Sessions.Add(log);
                }

                // 4f. Store the state. The engine stores nothing: a real host writes this JSON to its database and reads
                //     it back before the next session. Here it round-trips in memory to show that it can.
                var json = JsonSerializer.Serialize(state);
                var stored = JsonSerializer.Deserialize<ClientState>(json)!;
                report.Stored(week, Encoding.UTF8.GetByteCount(json), stored == state);
                state = stored;
                history.Weeks.Add(new WeekSnapshot(week, state.Progress, state.OpenReferral is not null));
            }

            history.Final = state;
            return history;
        }
    }

    /// <summary>The registration code of step 2, as the demo prints it; it is the code the step runs.</summary>
    internal static class RegistrationCode
    {
        public const string Strict =
            """
            var services = new ServiceCollection()
                .AddProgression(builder => { });      // the default policy: strict
            using var provider = services.BuildServiceProvider();
            var engine = provider.GetRequiredService<IProgressionEngine>();
            """;

        public const string Monitoring =
            """
            var services = new ServiceCollection()
                .AddProgression(builder => builder.UsePolicy(ProgressionPolicy.PainMonitoring));
            using var provider = services.BuildServiceProvider();
            var engine = provider.GetRequiredService<IProgressionEngine>();
            """;
    }
}
