using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Progression.Demo;

/// <summary>Where a client stood on every exercise at the end of one week, and the steps taken that week (what the chart draws).</summary>
internal sealed record WeekSnapshot(int Week, IReadOnlyDictionary<string, ExerciseProgress> Progress, ILookup<string, ProgressionStep> Steps);

/// <summary>
/// Everything the demo prints. Colour and layout come from Spectre.Console in a terminal; when the output is
/// redirected, or CI=true, or NO_COLOR is set, the same text comes out plain: no ANSI codes, no prompts.
/// </summary>
internal sealed class Printer
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly IAnsiConsole _console;
    private IReadOnlyList<Reason> _lastPlanNotes = [];

    public Printer()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        IsPlain = Console.IsOutputRedirected || ci || noColor;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            // Not AnsiSupport.No: Spectre's non-ANSI backend calls Console.ResetColor, which .NET turns into escape
            // codes on a terminal (CI=true in a terminal). With no colours and every style stripped (Line, Plain),
            // the ANSI backend has nothing to emit.
            Ansi = IsPlain ? AnsiSupport.Yes : AnsiSupport.Detect,
            ColorSystem = IsPlain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console.Out),
        });

        // A file or a CI log has no width: never fold a line there (headings are drawn by hand in plain mode).
        if (IsPlain)
        {
            _console.Profile.Width = 4096;
        }
    }

    public bool IsPlain { get; }

    public void Title(DemoOptions options)
    {
        Line("[bold]Progression demo[/] — a lower-back exercise program, decided by rules, explained by reasons");
        Line("[grey]Simulated clients; this is not medical advice. Run with --help for the options.[/]");
        Step(1, "Read the options");
        Note(string.Create(Invariant,
            $"client: {options.Client} · weeks: {options.Weeks} · pain policy: {options.PainPolicy.ToString().ToLowerInvariant()} · seed: {options.Seed}"));
    }

    public void Step(int number, string text) => Heading($"Step {number} · {text}", '=', "bold yellow");

    public void Note(string text) => Line("  " + Markup.Escape(text));

    public void Client(DemoClient client)
    {
        _lastPlanNotes = [];
        Heading(client.Name, '-', "bold cyan");
        Line($"  {Markup.Escape(client.Story)}");
        Line($"  [grey]Assessment:[/] {Markup.Escape(Describe(client.Start.Assessment))}");
    }

    public void SessionHeader(int week, int session, DateOnly date, CheckIn checkIn)
    {
        var flags = checkIn.RedFlags.Count == 0 ? "no red flags" : "RED FLAGS: " + string.Join(", ", checkIn.RedFlags);
        _console.WriteLine();
        Line(
            $"[bold]Week {week} · session {session}[/] · {date.ToString("ddd d MMM yyyy", Invariant)}"
            + Markup.Escape($" — check-in: morning pain {checkIn.MorningPain}/10 (usual {checkIn.BaselinePain}/10), ")
            + (checkIn.RedFlags.Count == 0 ? flags : $"[bold red]{Markup.Escape(flags)}[/]"));
    }

    public void Plan(SessionPlan plan)
    {
        if (plan.Items.Count == 0)
        {
            Line($"  [bold red]Plan: no exercise today — referral {plan.Referral}[/]");
            foreach (var reason in plan.Reasons)
            {
                Line($"    {ReasonMarkup(reason)}");
            }

            return;
        }

        Line($"  [underline]Plan[/] ({plan.Items.Count} exercises)");
        Rows(plan.Items.Select((item, index) =>
        {
            var p = item.Prescription;
            var extra = item.ExtraSets > 0 ? $" +{item.ExtraSets} {item.ExtraSetsSide}" : "";
            var first = item.FirstSide is { } side ? $", {side} first" : "";
            return new[]
            {
                new Cell($"{index + 1}."),
                new Cell(p.VariantId),
                new Cell(p.Tier.ToString(), "grey"),
                new Cell($"{p.Dosage}{extra}{first}", "bold"),
                new Cell("", Markup: item.Reasons.Count == 0 ? "" : ReasonMarkup(item.Reasons[0]) + More(item.Reasons.Count)),
            };
        }));

        // The same notes (missing equipment, say) every session would bury the rest; show them when they change.
        if (!plan.Reasons.SequenceEqual(_lastPlanNotes))
        {
            foreach (var reason in plan.Reasons)
            {
                Line($"    [grey]plan note:[/] {ReasonMarkup(reason)}");
            }

            _lastPlanNotes = plan.Reasons;
        }
    }

    public void SetsDone(int reported, IReadOnlyList<(SetReport Set, SetVerdict Verdict)> shown)
    {
        var stopped = shown.Count(v => v.Verdict.Action != SetAction.Continue);
        Line(stopped == 0
            ? $"  [underline]Sets[/] {reported} reported; nothing stopped"
            : $"  [underline]Sets[/] {reported} reported; [bold red]{stopped} verdict{(stopped == 1 ? "" : "s")} stopped something[/]");
        foreach (var (set, verdict) in shown)
        {
            var symptoms = set.Symptoms.Count == 0 ? "" : " (" + string.Join(", ", set.Symptoms) + ")";
            var referral = verdict.Referral == Referral.None ? "" : $", referral {verdict.Referral}";
            var style = verdict.Action == SetAction.Continue ? "yellow" : "bold red";
            Line($"    [{style}]{verdict.Action}{referral}[/] after {Markup.Escape($"{set.ExerciseId} set {set.SetNumber}{symptoms}")}");
            foreach (var reason in verdict.Reasons)
            {
                Line($"      {ReasonMarkup(reason)}");
            }
        }
    }

    public void Review(SessionReview review)
    {
        Line("  [underline]Review[/]");
        Rows(review.Decisions.Select(decision => new[]
        {
            new Cell(decision.ExerciseId),
            new Cell(decision.Step.ToString(), StepColour(decision.Step)),
            new Cell(Change(decision.From, decision.To)),
            new Cell("", Markup: decision.Reasons.Count == 0 ? "" : ReasonMarkup(decision.Reasons[0]) + More(decision.Reasons.Count)),
        }));
        if (review.Referral != Referral.None)
        {
            Line($"    [bold red]Referral {review.Referral}[/]");
            foreach (var reason in review.Reasons)
            {
                Line($"      {ReasonMarkup(reason)}");
            }
        }
    }

    public void Stored(int week, int bytes, bool sameAfterReading)
    {
        Line(string.Create(Invariant,
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
        var panel = new Panel(Plain(
            $"[bold red]Program stopped.[/] {Markup.Escape(client.Name)} {what} (referral: {plan.Referral}).\n"
            + "No exercise is planned; the host stops the program here, and it starts again only when a clinician clears it."))
        {
            Border = IsPlain ? BoxBorder.Ascii : BoxBorder.Heavy,
            BorderStyle = IsPlain ? Style.Plain : new Style(Color.Red),
        };
        _console.Write(panel);
    }

    /// <summary>One row per exercise: a sparkline of tier across the weeks, then the dose at the end of each week shown.</summary>
    public void Chart(DemoClient client, IReadOnlyList<WeekSnapshot> weeks, int weeksPlanned)
    {
        _console.WriteLine();
        Line($"  [bold]{Markup.Escape(client.Name)}[/] — tier and dose at the end of each week");
        if (weeks.Count == 0)
        {
            Line("    (no week completed)");
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
            row.AddRange(shown.Select(w => w.Progress.TryGetValue(id, out var p) ? Markup.Escape(ChartCell(p) + Marks(w.Steps[id])) : "[grey]–[/]"));
            table.AddRow(row.Select(Plain).ToArray());
        }

        _console.Write(table);
        Line("    [grey]tier by week: _ assisted  = bodyweight  # loaded  ! paused  · not yet  x stopped[/]");
        Line("    [grey]dose: A/B/L tier, sets × reps (or × seconds held) @ load[/]");
        Line("    [grey]↑ moved up to the next variant that week, ↓ regressed or deloaded[/]");
    }

    public void Error(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine("Run with --help to see every option.");
    }

    public void Help() => Console.Out.WriteLine(DemoOptions.Usage);

    /// <summary>Writes one line of markup; in plain mode the styles are removed first, so not one escape code is written.</summary>
    private void Line(string markup) => _console.MarkupLine(Plain(markup));

    private string Plain(string markup) => IsPlain ? Markup.Escape(Markup.Remove(markup)) : markup;

    private void Heading(string text, char underline, string style)
    {
        _console.WriteLine();
        if (IsPlain)
        {
            _console.WriteLine(text);
            _console.WriteLine(new string(underline, text.Length));
        }
        else
        {
            _console.Write(new Rule($"[{style}]{Markup.Escape(text)}[/]").LeftJustified().RuleStyle("grey"));
        }
    }

    /// <summary>One line per row, every column but the last padded to its widest cell; no trailing spaces.</summary>
    private void Rows(IEnumerable<Cell[]> rows)
    {
        var table = rows.ToList();
        if (table.Count == 0)
        {
            return;
        }

        var widths = Enumerable.Range(0, table[0].Length - 1).Select(i => table.Max(r => r[i].Text.Length)).ToArray();
        foreach (var row in table)
        {
            var line = new StringBuilder("    ");
            for (var i = 0; i < widths.Length; i++)
            {
                var text = Markup.Escape(row[i].Text.PadRight(widths[i] + 2));
                line.Append(row[i].Style is { } style ? $"[{style}]{text}[/]" : text);
            }

            line.Append(row[^1].Markup ?? Markup.Escape(row[^1].Text));
            Line(line.ToString().TrimEnd());
        }
    }

    private sealed record Cell(string Text, string? Style = null, string? Markup = null);

    private static string Marks(IEnumerable<ProgressionStep> steps)
    {
        var set = steps.ToHashSet();
        return (set.Contains(ProgressionStep.Regress) || set.Contains(ProgressionStep.Deload) ? "↓" : "")
               + (set.Contains(ProgressionStep.Advance) ? "↑" : "");
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

    private static string ChartCell(ExerciseProgress progress)
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
