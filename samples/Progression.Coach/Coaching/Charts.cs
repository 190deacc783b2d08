using System.Globalization;
using System.Net;
using System.Text;

namespace Progression.Coach.Coaching;

/// <summary>One point of an exercise's history: where it stood after a finished session.</summary>
public sealed record DosePoint(int Session, DateOnly Date, string ExerciseId, Tier Tier, double? Dose, string Label);

/// <summary>One check-in's pain.</summary>
public sealed record PainPoint(int Session, DateOnly Date, int MorningPain, int BaselinePain);

/// <summary>
/// Server-rendered SVG, so the history page needs no script: each exercise's tier (1 assisted, 2 bodyweight, 3 loaded)
/// and dose (reps or seconds) after each finished session, and the morning pain of each check-in against baseline.
/// </summary>
public static class Charts
{
    private const int Width = 900;
    private const int Left = 48;
    private const int Right = 230;   // room for the legend
    // One colour per built-in exercise (14), distinct enough side by side.
    private static readonly string[] Palette =
    [
        "#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#5d4037",
        "#ad1457", "#455a64", "#9e9d24", "#00bfa5", "#ffb300", "#8d6e63", "#3949ab",
    ];

    /// <summary>The tier and dose chart, <c>svg#dose-chart</c>.</summary>
    public static string Dose(IReadOnlyList<DosePoint> points, Func<string, string> exerciseName)
    {
        const int panel = 130;
        const int top = 24;
        const int gap = 44;
        var height = top + panel + gap + panel + 30;
        var sessions = Math.Max(1, points.Select(p => p.Session).DefaultIfEmpty(0).Max());
        var maxDose = Math.Max(1, points.Select(p => p.Dose ?? 0).DefaultIfEmpty(0).Max());
        var svg = Open("dose-chart", height, "Tier and dose of each exercise after each finished session");

        double X(int session) => Left + (sessions == 1 ? (Width - Left - Right) / 2.0 : (session - 1) * (Width - Left - Right) / (double)(sessions - 1));
        double TierY(Tier tier) => top + panel - ((int)tier) * panel / 2.0;
        double DoseY(double dose) => top + panel + gap + panel - (dose / maxDose * panel);

        Text(svg, Left, top - 8, "Tier (1 assisted · 2 bodyweight · 3 loaded)", "title");
        foreach (var tier in Enum.GetValues<Tier>())
        {
            Line(svg, Left, TierY(tier), Width - Right, TierY(tier), "grid");
            Text(svg, Left - 6, TierY(tier) + 4, ((int)tier + 1).ToString(CultureInfo.InvariantCulture), "axis", anchor: "end");
        }

        Text(svg, Left, top + panel + gap - 8, "Dose per set (reps or seconds)", "title");
        foreach (var fraction in new[] { 0.0, 0.5, 1.0 })
        {
            var y = DoseY(maxDose * fraction);
            Line(svg, Left, y, Width - Right, y, "grid");
            Text(svg, Left - 6, y + 4, Display.Number(maxDose * fraction), "axis", anchor: "end");
        }

        var exercises = points.Select(p => p.ExerciseId).Distinct().Order().ToList();
        foreach (var (exerciseId, index) in exercises.Select((e, i) => (e, i)))
        {
            var colour = Palette[index % Palette.Length];
            var series = points.Where(p => p.ExerciseId == exerciseId).OrderBy(p => p.Session).ToList();
            // Exercises on one tier or one dose would draw over each other: each series sits a pixel or two apart.
            var dodge = (index - (exercises.Count - 1) / 2.0) * 2;
            double TierAt(Tier tier) => TierY(tier) + dodge;
            double DoseAt(double dose) => DoseY(dose) + dodge;
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"series\" data-exercise-id=\"{Encode(exerciseId)}\" stroke=\"{colour}\" fill=\"{colour}\">");
            Polyline(svg, series.Select(p => (X(p.Session), TierAt(p.Tier))));
            Polyline(svg, series.Where(p => p.Dose is not null).Select(p => (X(p.Session), DoseAt(p.Dose!.Value))));
            foreach (var p in series)
            {
                Dot(svg, X(p.Session), TierAt(p.Tier), $"{exerciseName(exerciseId)} {p.Date:yyyy-MM-dd}: {p.Tier}, {p.Label}");
                if (p.Dose is { } dose)
                {
                    Dot(svg, X(p.Session), DoseAt(dose), $"{exerciseName(exerciseId)} {p.Date:yyyy-MM-dd}: {p.Label}");
                }
            }

            svg.Append("</g>");
            var legendY = top + 14 * index;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Width - Right + 12}\" y=\"{legendY - 8}\" width=\"10\" height=\"10\" fill=\"{colour}\"/>");
            Text(svg, Width - Right + 26, legendY + 1, exerciseName(exerciseId), "legend");
        }

        XAxis(svg, points.Select(p => (p.Session, p.Date)).Distinct(), X, height - 10);
        if (points.Count == 0)
        {
            Text(svg, Width / 2.0, top + panel, "No finished session yet.", "empty", anchor: "middle");
        }

        return Close(svg);
    }

    /// <summary>The morning pain chart, <c>svg#pain-chart</c>: morning pain (solid) and baseline (dashed), 0–10.</summary>
    public static string Pain(IReadOnlyList<PainPoint> points)
    {
        const int top = 24;
        const int panel = 140;
        var height = top + panel + 30;
        var sessions = Math.Max(1, points.Select(p => p.Session).DefaultIfEmpty(0).Max());
        var svg = Open("pain-chart", height, "Morning pain at each check-in, against baseline");
        double X(int session) => Left + (sessions == 1 ? (Width - Left - Right) / 2.0 : (session - 1) * (Width - Left - Right) / (double)(sessions - 1));
        double Y(int pain) => top + panel - pain * panel / 10.0;

        Text(svg, Left, top - 8, "Morning pain (0–10)", "title");
        foreach (var pain in new[] { 0, 5, 10 })
        {
            Line(svg, Left, Y(pain), Width - Right, Y(pain), "grid");
            Text(svg, Left - 6, Y(pain) + 4, pain.ToString(CultureInfo.InvariantCulture), "axis", anchor: "end");
        }

        svg.Append("<g class=\"series baseline\" stroke=\"#888\" fill=\"#888\" stroke-dasharray=\"4 3\">");
        Polyline(svg, points.Select(p => (X(p.Session), Y(p.BaselinePain))));
        svg.Append("</g><g class=\"series morning\" stroke=\"#c62828\" fill=\"#c62828\">");
        Polyline(svg, points.Select(p => (X(p.Session), Y(p.MorningPain))));
        foreach (var p in points)
        {
            Dot(svg, X(p.Session), Y(p.MorningPain), $"{p.Date:yyyy-MM-dd}: morning {p.MorningPain}/10, baseline {p.BaselinePain}/10");
        }

        svg.Append("</g>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Width - Right + 12}\" y=\"{top - 8}\" width=\"10\" height=\"10\" fill=\"#c62828\"/>");
        Text(svg, Width - Right + 26, top + 1, "morning pain", "legend");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Width - Right + 12}\" y=\"{top + 6}\" width=\"10\" height=\"10\" fill=\"#888\"/>");
        Text(svg, Width - Right + 26, top + 15, "baseline", "legend");
        XAxis(svg, points.Select(p => (p.Session, p.Date)), X, height - 10);
        if (points.Count == 0)
        {
            Text(svg, Width / 2.0, top + panel / 2.0, "No check-in yet.", "empty", anchor: "middle");
        }

        return Close(svg);
    }

    private static StringBuilder Open(string id, int height, string title)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg id=\"{id}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"{Encode(title)}\" font-family=\"system-ui, sans-serif\" font-size=\"11\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        return svg;
    }

    private static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void XAxis(StringBuilder svg, IEnumerable<(int Session, DateOnly Date)> ticks, Func<int, double> x, double y)
    {
        foreach (var (session, date) in ticks.DistinctBy(t => t.Session))
        {
            Text(svg, x(session), y, $"#{session} {date:MM-dd}", "axis", anchor: "middle");
        }
    }

    private static void Polyline(StringBuilder svg, IEnumerable<(double X, double Y)> points)
    {
        var list = points.ToList();
        if (list.Count > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke-width=\"2\" points=\"")
                .AppendJoin(' ', list.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")))
                .Append("\"/>");
        }
    }

    private static void Dot(StringBuilder svg, double x, double y, string title) =>
        svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"point\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"3.5\" stroke=\"none\"><title>{Encode(title)}</title></circle>");

    private static void Line(StringBuilder svg, double x1, double y1, double x2, double y2, string cssClass) =>
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"{cssClass}\" x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"#dde\"/>");

    private static void Text(StringBuilder svg, double x, double y, string text, string cssClass, string anchor = "start") =>
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"{cssClass}\" x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\" fill=\"#334\">{Encode(text)}</text>");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
