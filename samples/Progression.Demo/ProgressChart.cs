using System.Globalization;
using ScottPlot;

namespace Progression.Demo;

/// <summary>
/// One PNG per client: above, the tier each exercise stood on at the end of every week; below, its dose (sets × reps,
/// or sets × seconds held), with the load written where it changes. ScottPlot draws with SkiaSharp, whose Linux native
/// library comes with the package, so it renders headless: no display and no system graphics libraries.
/// </summary>
internal static class ProgressChart
{
    private const int Width = 1200;
    private const int Height = 900;

    public static void Write(ClientHistory history, string path)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        var tiers = multiplot.GetPlot(0);
        var doses = multiplot.GetPlot(1);

        var exercises = history.Weeks.SelectMany(w => w.Progress.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < exercises.Count; i++)
        {
            var id = exercises[i];
            var name = Report.ExerciseName(id);
            var points = history.Weeks
                .Where(w => w.Progress.TryGetValue(id, out var p) && !p.Paused)
                .Select(w => (w.Week, Progress: w.Progress[id]))
                .ToList();
            if (points.Count == 0)
            {
                continue;
            }

            double[] weeks = [.. points.Select(p => (double)p.Week)];

            // A small offset per exercise, so lines on one tier sit side by side instead of on top of each other.
            var offset = (i - (exercises.Count - 1) / 2.0) * 0.05;
            var tierLine = tiers.Add.Scatter(weeks, [.. points.Select(p => (int)p.Progress.Tier + offset)]);
            tierLine.ConnectStyle = ConnectStyle.StepHorizontal;
            tierLine.LegendText = name;
            tierLine.LineWidth = 2;

            var doseLine = doses.Add.Scatter(weeks, [.. points.Select(p => Work(p.Progress.Dosage))]);
            doseLine.LegendText = name;
            doseLine.LineWidth = 2;
            doseLine.Color = tierLine.Color;

            double? lastLoad = null;
            foreach (var (week, progress) in points)
            {
                if (progress.Dosage.LoadKg is { } kg && kg != lastLoad)
                {
                    var label = doses.Add.Text(string.Create(CultureInfo.InvariantCulture, $"{kg:0.#} kg"), week, Work(progress.Dosage));
                    label.LabelFontColor = tierLine.Color;
                    label.LabelFontSize = 13;
                }

                lastLoad = progress.Dosage.LoadKg;
            }
        }

        foreach (var referral in history.Weeks.Where(w => w.ReferralOpen))
        {
            var span = tiers.Add.VerticalSpan(referral.Week - 0.5, referral.Week + 0.5);
            span.FillStyle.Color = Colors.Red.WithAlpha(0.15);
            span.LegendText = "referral open";
        }

        var tierTicks = new ScottPlot.TickGenerators.NumericManual();
        tierTicks.AddMajor((int)Tier.Assisted, "assisted");
        tierTicks.AddMajor((int)Tier.Bodyweight, "bodyweight");
        tierTicks.AddMajor((int)Tier.Loaded, "loaded");
        tiers.Axes.Left.TickGenerator = tierTicks;
        tiers.Axes.SetLimitsY(-0.5, 2.5);
        tiers.Title($"{history.Client.Name}: tier and dose at the end of each week");
        tiers.YLabel("tier");
        tiers.ShowLegend(Edge.Right);

        doses.YLabel("sets × reps (or × seconds)");
        doses.XLabel("week");
        doses.ShowLegend(Edge.Right);

        var lastWeek = Math.Max(1, history.Weeks.Count);
        tiers.Axes.SetLimitsX(0.5, lastWeek + 0.5);
        doses.Axes.SetLimitsX(0.5, lastWeek + 0.5);

        multiplot.SavePng(path, Width, Height);
    }

    /// <summary>The dose as one number a line can show: sets × reps, or sets × seconds for a hold.</summary>
    private static double Work(Dosage dosage) => dosage.Sets * (dosage.Reps ?? dosage.HoldSeconds ?? 0);
}
