using System.Globalization;
using Spectre.Console;

namespace Progression.Demo;

/// <summary>Where a client stood on every exercise at the end of one week (what the chart draws).</summary>
internal sealed record WeekSnapshot(int Week, IReadOnlyDictionary<string, ExerciseProgress> Progress);

/// <summary>
/// Everything the demo prints. Colour and layout come from Spectre.Console in a terminal; when the output is
/// redirected, or CI=true, or NO_COLOR is set, the same text comes out plain: no ANSI codes, no prompts.
/// </summary>
internal sealed class Printer
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly IAnsiConsole _console;

    public Printer()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        IsPlain = Console.IsOutputRedirected || ci || noColor;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = IsPlain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = IsPlain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console.Out),
        });

        // A file or CI log has no width; wide enough that reasons stay on one line and tables do not fold.
        if (IsPlain)
        {
            _console.Profile.Width = 200;
        }
    }

    public bool IsPlain { get; }

    public void Title(DemoOptions options)
    {
        _console.WriteLine();
        _console.MarkupLine("[bold]Progression demo[/] — a lower-back exercise program, decided by rules, explained by reasons");
        _console.MarkupLine(Markup.Escape(string.Create(Invariant,
            $"client: {options.Client} · weeks: {options.Weeks} · pain policy: {options.PainPolicy.ToString().ToLowerInvariant()} · seed: {options.Seed}")));
        _console.MarkupLine("[grey]Run with --help for the options. Simulated clients; this is not medical advice.[/]");
    }

    public void Step(int number, string text)
    {
        _console.WriteLine();
        _console.Write(new Rule($"[bold yellow]Step {number}[/] [bold]{Markup.Escape(text)}[/]").LeftJustified());
    }

    public void Note(string text) => _console.MarkupLine("  " + Markup.Escape(text));

    public void Client(DemoClient client)
    {
        _console.WriteLine();
        _console.Write(new Rule($"[bold cyan]{Markup.Escape(client.Name)}[/]").LeftJustified().RuleStyle("cyan dim"));
        _console.MarkupLine($"  {Markup.Escape(client.Story)}");
        _console.MarkupLine($"  [grey]Assessment:[/] {Markup.Escape(Describe(client.Start.Assessment))}");
    }

    public void SessionHeader(int week, int session, DateOnly date, CheckIn checkIn)
    {
        var flags = checkIn.RedFlags.Count == 0 ? "no red flags" : "RED FLAGS: " + string.Join(", ", checkIn.RedFlags);
        _console.WriteLine();
        _console.MarkupLine(
            $"[bold]Week {week} · session {session}[/] · {date.ToString("ddd d MMM yyyy", Invariant)}"
            + Markup.Escape($" — check-in: morning pain {checkIn.MorningPain}/10 (usual {checkIn.BaselinePain}/10), ")
            + (checkIn.RedFlags.Count == 0 ? flags : $"[bold red]{Markup.Escape(flags)}[/]"));
    }

    public void Plan(SessionPlan plan)
    {
        if (plan.Items.Count == 0)
        {
            _console.MarkupLine($"  [bold red]Plan: no exercise today — referral {plan.Referral}[/]");
            foreach (var reason in plan.Reasons)
            {
                _console.MarkupLine($"    {ReasonMarkup(reason)}");
            }

            return;
        }

        _console.MarkupLine($"  [underline]Plan[/] ({plan.Items.Count} exercises)");
        var grid = Grid(4);
        var number = 0;
        foreach (var item in plan.Items)
        {
            var p = item.Prescription;
            var extra = item.ExtraSets > 0 ? $" +{item.ExtraSets} {item.ExtraSetsSide}" : "";
            var first = item.FirstSide is { } side ? $", {side} first" : "";
            grid.AddRow(
                $"    {++number}.",
                Markup.Escape(p.VariantId),
                Markup.Escape($"{p.Tier,-10} {p.Dosage}{extra}{first}"),
                item.Reasons.Count == 0 ? "" : ReasonMarkup(item.Reasons[0]) + More(item.Reasons.Count));
        }

        _console.Write(grid);
        foreach (var reason in plan.Reasons)
        {
            _console.MarkupLine($"    [grey]plan note:[/] {ReasonMarkup(reason)}");
        }
    }

    public void SetsDone(int reported, int stopped)
    {
        _console.MarkupLine(stopped == 0
            ? $"  [underline]Sets[/] {reported} reported, every verdict: Continue"
            : $"  [underline]Sets[/] {reported} reported, [bold red]{stopped} stopped something[/]:");
    }

    public void Stopped(SetReport set, SetVerdict verdict)
    {
        var symptoms = set.Symptoms.Count == 0 ? "" : " (" + string.Join(", ", set.Symptoms) + ")";
        var referral = verdict.Referral == Referral.None ? "" : $", referral {verdict.Referral}";
        _console.MarkupLine($"    [bold red]{verdict.Action}{referral}[/] after {Markup.Escape($"{set.ExerciseId} set {set.SetNumber}{symptoms}")}");
        foreach (var reason in verdict.Reasons)
        {
            _console.MarkupLine($"      {ReasonMarkup(reason)}");
        }
    }

    public void Review(SessionReview review)
    {
        _console.MarkupLine("  [underline]Review[/]");
        var grid = Grid(4);
        foreach (var decision in review.Decisions)
        {
            grid.AddRow(
                "    " + Markup.Escape(decision.ExerciseId),
                $"[{StepColour(decision.Step)}]{decision.Step}[/]",
                Markup.Escape(Change(decision.From, decision.To)),
                decision.Reasons.Count == 0 ? "" : ReasonMarkup(decision.Reasons[0]) + More(decision.Reasons.Count));
        }

        _console.Write(grid);
        if (review.Referral != Referral.None)
        {
            _console.MarkupLine($"    [bold red]Referral {review.Referral}[/]");
            foreach (var reason in review.Reasons)
            {
                _console.MarkupLine($"      {ReasonMarkup(reason)}");
            }
        }
    }

    public void Stored(int week, int bytes, bool sameAfterReading)
    {
        _console.MarkupLine(string.Create(Invariant,
            $"  [grey]End of week {week}: state saved as {bytes:N0} bytes of JSON and read back ({(sameAfterReading ? "identical" : "DIFFERENT")}).[/]"));
    }

    public void ProgramStopped(DemoClient client, SessionPlan plan)
    {
        var what = plan.Referral switch
        {
            Referral.Emergency => "needs emergency care now",
            Referral.Urgent => "needs to see a doctor within days",
            _ => "needs to see a professional",
        };
        var panel = new Panel(
            $"[bold red]Program stopped.[/] {Markup.Escape(client.Name)} {what} (referral: {plan.Referral}).\n"
            + "No exercise is planned; the host stops the program here, and it starts again only when a clinician clears it.")
        {
            Border = IsPlain ? BoxBorder.Ascii : BoxBorder.Heavy,
            BorderStyle = new Style(Color.Red),
        };
        _console.Write(panel);
    }

    /// <summary>One row per exercise: a sparkline of tier across the weeks, then the dose at the end of each week shown.</summary>
    public void Chart(DemoClient client, IReadOnlyList<WeekSnapshot> weeks, int weeksPlanned)
    {
        _console.WriteLine();
        _console.MarkupLine($"  [bold]{Markup.Escape(client.Name)}[/] — tier and dose at the end of each week");
        if (weeks.Count == 0)
        {
            _console.MarkupLine("    (no week completed)");
            return;
        }

        // Up to ten dose columns, evenly spaced, always with the last week, so 52 weeks still fit a screen.
        var every = Math.Max(1, (int)Math.Ceiling(weeks.Count / 10.0));
        var shown = weeks.Where((w, i) => i % every == 0 || i == weeks.Count - 1).ToList();

        var table = new Table { Border = IsPlain ? TableBorder.Ascii : TableBorder.Rounded };
        table.AddColumn("exercise");
        table.AddColumn(new TableColumn("tier by week").NoWrap());
        foreach (var week in shown)
        {
            table.AddColumn(new TableColumn($"wk {week.Week}").NoWrap());
        }

        var exercises = weeks.SelectMany(w => w.Progress.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var id in exercises)
        {
            var spark = string.Concat(weeks.Select(w => w.Progress.TryGetValue(id, out var p) ? Spark(p) : '·'));
            if (weeks.Count < weeksPlanned)
            {
                spark += new string('x', weeksPlanned - weeks.Count);
            }

            var row = new List<string> { Markup.Escape(id), Markup.Escape(spark) };
            row.AddRange(shown.Select(w => w.Progress.TryGetValue(id, out var p) ? Markup.Escape(Cell(p)) : "[grey]–[/]"));
            table.AddRow(row.ToArray());
        }

        _console.Write(table);
        _console.MarkupLine("    [grey]tier: _ assisted, = bodyweight, # loaded, ! paused, · not in the program yet, x program stopped[/]");
        _console.MarkupLine("    [grey]dose: A/B/L = assisted/bodyweight/loaded, then sets × reps, or × seconds held, @ load[/]");
    }

    public void Error(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine("Run with --help to see every option.");
    }

    public void Help() => Console.Out.WriteLine(DemoOptions.Usage);

    private static Grid Grid(int columns)
    {
        var grid = new Grid();
        for (var i = 0; i < columns; i++)
        {
            grid.AddColumn(new GridColumn { NoWrap = i < columns - 1, Padding = new Padding(0, 0, 2, 0) });
        }

        return grid;
    }

    private static string ReasonMarkup(Reason reason) =>
        $"{Markup.Escape(reason.Message)} [grey]({Markup.Escape(reason.RuleId)})[/]";

    private static string More(int count) => count > 1 ? $" [grey]+{count - 1} more[/]" : "";

    private static string StepColour(ProgressionStep step) => step switch
    {
        ProgressionStep.Advance or ProgressionStep.Increase => "green",
        ProgressionStep.Hold => "grey",
        ProgressionStep.Deload => "yellow",
        _ => "bold red",
    };

    /// <summary>"3 × 10 → 3 × 11" on the same variant; the new variant named when it changes.</summary>
    private static string Change(Prescription from, Prescription to)
    {
        if (from == to)
        {
            return $"{from.Dosage}";
        }

        return from.VariantId == to.VariantId
            ? $"{from.Dosage} → {to.Dosage}"
            : $"{from.Dosage} → {to.VariantId} ({to.Tier}) {to.Dosage}";
    }

    private static char Spark(ExerciseProgress progress) => progress.Paused ? '!' : progress.Tier switch
    {
        Tier.Assisted => '_',
        Tier.Bodyweight => '=',
        _ => '#',
    };

    private static string Cell(ExerciseProgress progress)
    {
        if (progress.Paused)
        {
            return "paused";
        }

        var d = progress.Dosage;
        var dose = d.Reps is { } reps
            ? string.Create(Invariant, $"{d.Sets}×{reps}")
            : string.Create(Invariant, $"{d.Sets}×{d.HoldSeconds:0.#}s");
        var load = d.LoadKg is { } kg ? string.Create(Invariant, $" @{kg:0.#}kg") : "";
        return $"{progress.Tier.ToString()[0]} {dose}{load}";
    }

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
            parts.Add(string.Create(Invariant, $"single-leg bridge L {bridge.Left:0} s R {bridge.Right:0} s (LSI {bridge.SymmetryIndex:P0})"));
        }

        if (assessment.Trunk is { } trunk)
        {
            parts.Add(string.Create(Invariant, $"trunk flexor {trunk.FlexorSeconds:0} s / extensor {trunk.ExtensorSeconds:0} s"));
        }

        parts.Add(assessment.Equipment is null ? "any equipment" : "equipment: " + string.Join(", ", assessment.Equipment.Order()));
        return string.Join("; ", parts);
    }
}
