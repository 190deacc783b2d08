namespace Progression.Coach.BrowserTests;

/// <summary>
/// Where the Chromium the test drives is: env PROGRESSION_CHROMIUM, else Debian's /usr/bin/chromium,
/// else a chromium on PATH. Playwright never downloads a browser here.
/// </summary>
internal static class Chromium
{
    public const string Install =
        "Install Debian's Chromium (`sudo apt-get install -y chromium`) or set PROGRESSION_CHROMIUM to a Chromium or Chrome executable.";

    public static string? Find()
    {
        string? configured = Environment.GetEnvironmentVariable("PROGRESSION_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // A path that was asked for and is not there is a mistake to report, not a reason to look elsewhere.
            return File.Exists(configured)
                ? configured
                : throw new FileNotFoundException($"PROGRESSION_CHROMIUM is '{configured}', and no file is there.", configured);
        }

        if (File.Exists("/usr/bin/chromium"))
        {
            return "/usr/bin/chromium";
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "chromium"))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>In CI (env CI=true) a missing browser fails the test; elsewhere it skips it with how to install one.</summary>
    public static string Require()
    {
        string? path = Find();
        if (path is not null)
        {
            return path;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI=true and no Chromium was found, so the browser test cannot run. {Install}");
        }

        Skip.If(true, $"No Chromium found (PROGRESSION_CHROMIUM, /usr/bin/chromium, PATH). {Install}");
        return "";
    }
}
