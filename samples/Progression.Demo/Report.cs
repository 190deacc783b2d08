using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Progression.Demo;

/// <summary>
/// Everything the demo prints, through Spectre.Console. On a terminal: colour, rounded tables, the terminal's width.
/// Anywhere else (a file, a pipe, a test's writer, CI=true, NO_COLOR): no escape codes and 120 columns, so every line
/// fits 120 characters.
/// </summary>
internal sealed class Report
{
    public const int PlainWidth = 120;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly IAnsiConsole _console;
    private readonly bool _verbose;
    private readonly bool _plain;
    private bool _firstPlanShown;
    private bool _everyStoreIdentical = true;

    public Report(TextWriter output, bool verbose)
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        _plain = !terminal || ci || noColor;
        _verbose = verbose;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            // Plain: ANSI on but no colours, and every style is stripped before writing (Text), so nothing is emitted;
            // Spectre's non-ANSI backend would call Console.ResetColor, which writes codes to a terminal.
            Ansi = _plain ? AnsiSupport.Yes : AnsiSupport.Detect,
            ColorSystem = _plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (_plain)
        {
            _console.Profile.Width = PlainWidth;
        }
    }

    public void Title(DemoOptions options)
    {
        Line("[bold]Progression demo[/] — a lower-back exercise program, decided by rules, explained by reasons");
        Line("[grey]Simulated clients; this is not medical advice. Run with --help for the options.[/]");
        Step(1, "Read the options");
        Line(Escape(string.Create(Invariant,
            $"client: {options.Client} · weeks: {options.Weeks} · pain policy: {options.PainPolicy.ToString().ToLowerInvariant()}"
            + $" · seed: {options.Seed} · verbose: {(options.Verbose ? "yes" : "no")}")));
    }

    public void Step(int number, string text)
    {
        _console.WriteLine();
        var title = $"Step {number} · {text}";
        _console.Write(new Rule(Styled($"[bold yellow]{Escape(title)}[/]")).LeftJustified().RuleStyle(_plain ? Style.Plain : new Style(Color.Grey))
            .Border(_plain ? BoxBorder.Ascii : BoxBorder.Rounded));
    }

    public void Registration(string code, bool monitoring)
    {
        Step(2, "Register the engine with dependency injection, once, at start-up");
        _console.Write(Boxed(new Text(code), "Program.cs"));
        Line(Escape(monitoring
            ? "Pain policy: pain monitoring (Thomeé 1997): joint pain 0–2/10 is fine, 3–5/10 holds progression, above 5/10 stops."
            : "Pain policy: strict (the default): any joint pain stops the exercise; muscle fatigue never does."));
    }

    public void Clients(IReadOnlyList<DemoClient> clients, int weeks)
    {
        Step(3, "Meet the clients");
        var table = NewTable("--client", "who", "story");
        foreach (var client in clients)
        {
            var story = client.Story;
            var late = client.TurningPoints.Where(w => w > weeks).ToList();
            if (late.Count > 0)
            {
                story += $" (Run with --weeks {late.Max()} or more to see all of it.)";
            }

            table.AddRow(Cell(Escape(client.Key)), Cell($"[bold]{Escape(client.Name)}[/]"), Cell(Escape(story)));
        }

        _console.Write(table);
    }

    public void ClientHeading(DemoClient client)
    {
        _firstPlanShown = false;
        _console.WriteLine();
        _console.Write(new Rule(Styled($"[bold cyan]{Escape(client.Name)}[/]")).LeftJustified()
            .RuleStyle(_plain ? Style.Plain : new Style(Color.Grey)).Border(_plain ? BoxBorder.Ascii : BoxBorder.Rounded));
        Line($"[grey]Assessment:[/] {Escape(Describe(client.Start.Assessment))}");
        if (client.Start.Progress.Count > 0)
        {
            Line("[grey]Brings from an earlier program:[/] " + Escape(string.Join("; ",
                client.Start.Progress.Values.Select(p => $"{VariantName(p.VariantId)} {p.Dosage}"))));
        }
    }

    /// <summary>
    /// One session. By default a line with the counts and one line for each thing worth a look (a new variant, a load
    /// step, a step down, a stop, a referral); with --verbose the whole plan, every set and every decision.
    /// </summary>
    public void Session(SessionLog log, ClientState state)
    {
        var when = string.Create(Invariant, $"Week {log.Week} · {log.Date:ddd d MMM}");
        var checkIn = $"pain {log.CheckIn.MorningPain}/10 (usual {log.CheckIn.BaselinePain})"
                      + (log.CheckIn.RedFlags.Count == 0 ? "" : ", red flags: " + string.Join(", ", log.CheckIn.RedFlags));

        if (log.Clearance is { } clearance)
        {
            _console.WriteLine();
            _console.Write(Boxed(new Markup(Styled(
                $"[bold green]Referral cleared[/] (open since {clearance.Referral.Since.ToString("d MMM", Invariant)}, "
                + $"{clearance.Referral.Urgency}). {Escape(clearance.Note)}\n"
                + Escape("The host calls state.ClearReferral().WithClearedRedFlags(RedFlag.NightPain): planning resumes, "
                         + "and the flag, if reported again, is named in the plan without blocking it."))),
                "clearance", Color.Green));
        }

        if (log.Plan.Items.Count == 0)
        {
            var headline = log.ReferralStored
                ? $"[bold red]Referral {log.Plan.Referral}: nothing planned[/]; the host stores it with state.WithReferral(plan, date)."
                : $"[red]Referral {log.Plan.Referral} still open: nothing planned[/] until a clinician clears it.";
            Line($"[bold]{Escape(when)}[/]  {Escape(checkIn)}");
            Line("  " + headline);
            foreach (var reason in log.Plan.Reasons.Take(log.ReferralStored || _verbose ? int.MaxValue : 1))
            {
                Line("    " + ReasonMarkup(reason));
            }

            return;
        }

        var review = log.Review!;
        var stops = log.Sets.Where(s => s.Verdict.Action != SetAction.Continue).ToList();
        var counts = review.Decisions.GroupBy(d => Direction(d.Step)).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {g.Key switch { 0 => "up", 1 => "held", _ => "down" }}");
        var setsText = $"{log.Sets.Count} sets" + (stops.Count == 0 ? "" : $", {stops.Count} stopped");
        if (_verbose)
        {
            _console.WriteLine();
        }

        Line($"[bold]{Escape(when)}[/]  {Escape(checkIn)} · {log.Plan.Items.Count} exercises · {Escape(setsText)}"
             + $" · {string.Join(", ", counts)}");

        if (_verbose || !_firstPlanShown)
        {
            PlanTable(log.Plan);
            _firstPlanShown = true;
        }

        if (_verbose)
        {
            SetsTable(log.Sets);
            DecisionTable(review.Decisions, all: true);
        }
        else
        {
            foreach (var (set, verdict) in stops)
            {
                Line($"  [red]{verdict.Action}[/] {Escape($"{VariantName(set.VariantId)} set {set.SetNumber}")}: "
                     + ReasonMarkup(verdict.Reasons[0]));
            }

            var notable = review.Decisions.Where(IsNotable).ToList();
            if (notable.Count > 0)
            {
                DecisionTable(notable, all: false);
            }
        }

        if (review.Referral != Referral.None)
        {
            Line($"  [bold red]Referral {review.Referral}[/], stored in the new state: {ReasonMarkup(review.Reasons[0])}");
        }
    }

    public void Stored(int week, int bytes, bool sameAfterReading)
    {
        _everyStoreIdentical &= sameAfterReading;
        if (_verbose)
        {
            Line(string.Create(Invariant,
                $"[grey]End of week {week}: state saved as {bytes:N0} bytes of JSON and read back "
                + $"({(sameAfterReading ? "identical" : "DIFFERENT")}).[/]"));
        }
    }

    public void Summary(ClientHistory history, string chartPath)
    {
        _console.WriteLine();
        Line($"[bold cyan]{Escape(history.Client.Name)}[/]");
        var table = NewTable("exercise", "started on", "ended on", "tier", "steps ▲ up = held ▼ down");
        var starts = new Dictionary<string, ExerciseProgress>(StringComparer.Ordinal);
        foreach (var week in history.Weeks)
        {
            foreach (var (id, progress) in week.Progress)
            {
                starts.TryAdd(id, history.Client.Start.ProgressOf(id) ?? FirstPlanned(history, id) ?? progress);
            }
        }

        foreach (var (id, end) in history.Final.Progress.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var start = starts.GetValueOrDefault(id, end);
            var steps = history.Sessions.Where(s => s.Review is not null)
                .SelectMany(s => s.Review!.Decisions).Where(d => d.ExerciseId == id).ToList();
            var up = steps.Count(d => Direction(d.Step) == 0);
            var held = steps.Count(d => Direction(d.Step) == 1);
            var down = steps.Count(d => Direction(d.Step) == 2);
            var tier = start.Tier == end.Tier ? end.Tier.ToString() : $"{start.Tier} ▲ {end.Tier}";
            if (start.Tier > end.Tier)
            {
                tier = $"{start.Tier} ▼ {end.Tier}";
            }

            table.AddRow(
                Cell(Escape(ExerciseName(id))),
                Cell(Escape($"{VariantName(start.VariantId)}, {start.Dosage}")),
                Cell(Escape($"{VariantName(end.VariantId)}, {end.Dosage}") + (end.Paused ? " [red](paused)[/]" : "")),
                Cell(Escape(tier)),
                Cell($"▲ {up}  = {held}  ▼ {down}"));
        }

        _console.Write(table);
        Line(_everyStoreIdentical
            ? "[grey]The state was saved as JSON and read back at the end of every week: identical each time.[/]"
            : "[red]A stored state read back DIFFERENT.[/]");
        Line($"Chart: [link]{Escape(chartPath)}[/]");
    }

    // ---- The three tables of a session ----------------------------------------------------------------------

    private void PlanTable(SessionPlan plan)
    {
        var table = NewTable("#", "exercise today", "tier", "dose", "why (first reason)");
        for (var i = 0; i < plan.Items.Count; i++)
        {
            var item = plan.Items[i];
            var p = item.Prescription;
            var extra = item.ExtraSets > 0 ? $", +{item.ExtraSets} {item.ExtraSetsSide}" : "";
            var first = item.FirstSide is { } side ? $", {side} first" : "";
            var why = item.Reasons.Count == 0 ? "" : ReasonMarkup(item.Reasons[0]);
            if (_verbose && item.Reasons.Count > 1)
            {
                why = string.Join("\n", item.Reasons.Select(ReasonMarkup));
            }

            table.AddRow(Cell((i + 1).ToString(Invariant)), Cell(Escape(VariantName(p.VariantId))), Cell(p.Tier.ToString()),
                Cell(Escape($"{p.Dosage}{extra}{first}")), Cell(why));
        }

        _console.Write(table);
        if (_verbose)
        {
            foreach (var reason in plan.Reasons)
            {
                Line("  [grey]plan note:[/] " + ReasonMarkup(reason));
            }
        }
    }

    private void SetsTable(IReadOnlyList<(SetReport Set, SetVerdict Verdict)> sets)
    {
        var table = NewTable("exercise", "set", "reported", "RPE", "symptoms", "verdict");
        foreach (var (set, verdict) in sets)
        {
            var done = set.Reps is { } reps ? $"{reps} reps" : string.Create(Invariant, $"{set.HoldSeconds:0.#} s");
            if (set.LoadKg is { } kg)
            {
                done += string.Create(Invariant, $" at {kg:0.##} kg");
            }

            var symptoms = set.Symptoms.Count == 0 ? "–" : string.Join(", ", set.Symptoms);
            var verdictText = verdict.Action == SetAction.Continue
                ? "[green]Continue[/]"
                : $"[red]{verdict.Action}[/]: " + string.Join("\n", verdict.Reasons.Select(ReasonMarkup));
            table.AddRow(Cell(Escape(VariantName(set.VariantId))), Cell(set.SetNumber.ToString(Invariant)), Cell(Escape(done)),
                Cell(set.Rpe?.ToString(Invariant) ?? "–"), Cell(Escape(symptoms)), Cell(verdictText));
        }

        _console.Write(table);
    }

    private void DecisionTable(IReadOnlyList<ExerciseDecision> decisions, bool all)
    {
        var table = NewTable("exercise", "step", "from → to", all ? "reasons" : "why");
        foreach (var decision in decisions)
        {
            var reasons = all ? decision.Reasons : decision.Reasons.Take(1);
            table.AddRow(Cell(Escape(ExerciseName(decision.ExerciseId))), Cell(StepMarkup(decision)),
                Cell(Escape(Change(decision.From, decision.To))), Cell(string.Join("\n", reasons.Select(ReasonMarkup))));
        }

        _console.Write(table);
    }

    // ---- Words ------------------------------------------------------------------------------------------------

    /// <summary>0 up, 1 held, 2 down: how the step reads, whatever the numbers of the dose do.</summary>
    private static int Direction(ProgressionStep step) => step switch
    {
        ProgressionStep.Advance or ProgressionStep.Increase => 0,
        ProgressionStep.Hold => 1,
        _ => 2,
    };

    /// <summary>Worth a line by default: a new variant, a load change, and every step down.</summary>
    private static bool IsNotable(ExerciseDecision d) =>
        d.Step is not (ProgressionStep.Hold or ProgressionStep.Increase) || d.From.Dosage.LoadKg != d.To.Dosage.LoadKg;

    /// <summary>
    /// The step as it reads: an arrow that points the way the program moved and a word for what moved, so a step down
    /// to an easier variant at more reps (single-leg 3 × 13 → double-leg 3 × 20) reads as the step down it is.
    /// </summary>
    private string StepMarkup(ExerciseDecision d)
    {
        var loadUp = d.To.Dosage.LoadKg > d.From.Dosage.LoadKg;
        var (text, colour) = d.Step switch
        {
            ProgressionStep.Advance => ("▲ next variant", "green"),
            ProgressionStep.Increase when loadUp => ("▲ load step", "green"),
            ProgressionStep.Increase => ("▲ more", "green"),
            ProgressionStep.Hold => ("= hold", "grey"),
            ProgressionStep.Regress when d.From.VariantId != d.To.VariantId => ("▼ easier variant", "red"),
            ProgressionStep.Regress => ("▼ dose step down", "red"),
            ProgressionStep.Deload => ("▼ deload", "yellow"),
            _ => ("▼ paused", "bold red"),
        };
        return $"[{colour}]{text}[/]";
    }

    private static string Change(Prescription from, Prescription to)
    {
        if (from == to)
        {
            return $"{from.Dosage}";
        }

        return from.VariantId == to.VariantId
            ? $"{from.Dosage} → {to.Dosage}"
            : $"{VariantName(from.VariantId)} {from.Dosage} → {VariantName(to.VariantId)} {to.Dosage}";
    }

    private static ExerciseProgress? FirstPlanned(ClientHistory history, string exerciseId) =>
        history.Sessions.SelectMany(s => s.Plan.Items).Select(i => i.Prescription).Where(p => p.ExerciseId == exerciseId)
            .Select(p => new ExerciseProgress { VariantId = p.VariantId, Tier = p.Tier, Dosage = p.Dosage }).FirstOrDefault();

    public static string VariantName(string? variantId) =>
        variantId is not null && ExerciseCatalog.BuiltIn.TryGetVariant(variantId, out _, out var variant) ? variant.Name : variantId ?? "?";

    public static string ExerciseName(string exerciseId) => ExerciseCatalog.BuiltIn.Find(exerciseId)?.Name ?? exerciseId;

    private static string ReasonMarkup(Reason reason) => $"{Escape(reason.Message)} [grey]({Escape(reason.RuleId)})[/]";

    private static string Describe(Assessment? assessment)
    {
        if (assessment is null)
        {
            return "none";
        }

        var parts = new List<string>();
        if (assessment.HamstringQuadRatio is { } hq)
        {
            parts.Add(string.Create(Invariant, $"H:Q {hq:0.00}{(hq < 0.6 ? " (quadriceps dominant)" : "")}"));
        }

        if (assessment.HipFlexorAngle is { } hip)
        {
            parts.Add(string.Create(Invariant, $"Thomas test L {hip.Left:+0;-0;0}° R {hip.Right:+0;-0;0}°"));
        }

        if (assessment.SingleLegBridgeSeconds is { } bridge)
        {
            parts.Add(string.Create(Invariant,
                $"single-leg bridge L {bridge.Left:0} s R {bridge.Right:0} s (LSI {bridge.SymmetryIndex:P0})"));
        }

        if (assessment.Trunk is { } trunk)
        {
            parts.Add(string.Create(Invariant, $"trunk flexor {trunk.FlexorSeconds:0} s / extensor {trunk.ExtensorSeconds:0} s"));
        }

        parts.Add(assessment.Equipment is null
            ? "any equipment"
            : "equipment: " + string.Join(", ", assessment.Equipment.Order()));
        return string.Join("; ", parts);
    }

    // ---- Spectre plumbing -------------------------------------------------------------------------------------

    private static string Escape(string text) => Markup.Escape(text);

    /// <summary>Markup as given on a terminal; in plain mode with every style removed, so not one escape code is written.</summary>
    private string Styled(string markup) => _plain ? Markup.Escape(Markup.Remove(markup)) : markup;

    private void Line(string markup) => _console.MarkupLine(Styled(markup));

    private IRenderable Cell(string markup) => new Markup(Styled(markup));

    private Table NewTable(params string[] headers)
    {
        var table = new Table { Border = _plain ? TableBorder.Ascii : TableBorder.Rounded, Expand = false };
        if (!_plain)
        {
            table.BorderStyle = new Style(Color.Grey);
        }

        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Styled($"[bold]{Escape(header)}[/]")));
        }

        return table;
    }

    private Panel Boxed(IRenderable content, string header, Color? colour = null) =>
        new(content)
        {
            Header = new PanelHeader(Escape(header)),
            Border = _plain ? BoxBorder.Ascii : BoxBorder.Rounded,
            BorderStyle = _plain || colour is null ? Style.Plain : new Style(colour.Value),
        };


}
