using Progression.Demo;

namespace Progression.Tests.Demo;

/// <summary>Runs the demo once, into a string and a temporary folder, for every test of this class.</summary>
public sealed class DemoRun : IDisposable
{
    public DemoRun()
    {
        OutputDirectory = Path.Combine(Path.GetTempPath(), "progression-demo-" + Guid.NewGuid().ToString("N"));
        var writer = new StringWriter();
        ExitCode = Progression.Demo.Demo.Run(writer, OutputDirectory);
        Text = writer.ToString();
        Lines = Text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    public string OutputDirectory { get; }

    public int ExitCode { get; }

    public string Text { get; }

    public string[] Lines { get; }

    public void Dispose()
    {
        if (Directory.Exists(OutputDirectory))
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }
    }
}

public sealed class DemoTests(DemoRun run) : IClassFixture<DemoRun>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Run_Default_WritesOneNonEmptyPngPerClientAndPrintsItsPath()
    {
        Assert.Equal(0, run.ExitCode);
        foreach (var key in new[] { "desk", "knee", "redflag" })
        {
            var path = Path.Combine(run.OutputDirectory, $"{key}-progress.png");
            Assert.True(File.Exists(path), $"no chart at {path}");
            var bytes = File.ReadAllBytes(path);
            Assert.True(bytes.Length > 10_000, $"{path} has only {bytes.Length} bytes");
            Assert.Equal(PngSignature, bytes[..8]);
            Assert.Contains("Chart: " + Path.GetFullPath(path), run.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_ToAWriter_NoLineLongerThan120AndNoEscapeCodes()
    {
        var longest = run.Lines.OrderByDescending(l => l.Length).First();
        Assert.True(longest.Length <= 120, $"{longest.Length} characters: {longest}");
        Assert.DoesNotContain('\u001b', run.Text);
        Assert.InRange(run.Lines.Length, 100, 800);
    }

    [Fact]
    public void Run_Default_TellsOfLoadedTierLoadStepDeloadAndAClearedReferral()
    {
        Assert.Contains("| Loaded ", run.Text, StringComparison.Ordinal);
        Assert.Contains("▲ load step", run.Text, StringComparison.Ordinal);
        Assert.Contains("▼ deload", run.Text, StringComparison.Ordinal);
        Assert.Contains("Referral Urgent: nothing planned", run.Text, StringComparison.Ordinal);
        Assert.Contains("Referral cleared", run.Text, StringComparison.Ordinal);

        // After the clearance the client trains again: a session line with exercises follows the clearance box.
        var cleared = run.Text.IndexOf("Referral cleared", StringComparison.Ordinal);
        Assert.Matches(@"Week 5 · Mon 2 Feb .* · \d exercises", run.Text[cleared..]);
    }

    [Fact]
    public void Run_Default_AStepToAnEasierVariantReadsAsAStepDown()
    {
        // The split squat's step down to the chair variant lands on more reps (3 × 8–10 → 3 × 15, the dose depends on
        // how the earlier sessions went): the arrow and the variant names must say it is a step down.
        // The table wraps a decision over two lines: the step is the one whose second line goes on to the chair variant.
        var steps = run.Lines.Select((l, i) => (Line: l, Next: i + 1 < run.Lines.Length ? run.Lines[i + 1] : ""))
            .Where(p => p.Line.Contains("| ATG split squat |", StringComparison.Ordinal) && p.Line.Contains("ATG split squat on flat ground 3 ×", StringComparison.Ordinal)
                        && p.Next.Contains("→ Chair-assisted ATG split squat 3 ×", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(steps);
        Assert.All(steps, p => Assert.Contains("▼ easier variant", p.Line, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_Verbose_ShowsEveryReportedSetWithItsVerdict()
    {
        var writer = new StringWriter();
        var directory = Path.Combine(run.OutputDirectory, "verbose");
        var code = Progression.Demo.Demo.Run(["--client", "knee", "--weeks", "3", "--verbose", "--out", directory], writer, writer);

        Assert.Equal(0, code);
        var text = writer.ToString();
        Assert.Contains("| exercise ", text, StringComparison.Ordinal);
        Assert.Contains("reps at 12 kg", text, StringComparison.Ordinal);   // a reported kettlebell set
        Assert.Contains("StopExercise", text, StringComparison.Ordinal);    // the knee-pain set of week 3
        Assert.All(text.Split('\n'), l => Assert.True(l.TrimEnd('\r').Length <= 120, l));
    }

    [Fact]
    public void Run_BadOption_ExitsWith2AndNamesTheOption()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = Progression.Demo.Demo.Run(["--weeks", "99"], output, error);

        Assert.Equal(2, code);
        Assert.Contains("--weeks does not accept '99'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 to 52", error.ToString(), StringComparison.Ordinal);
    }
}
