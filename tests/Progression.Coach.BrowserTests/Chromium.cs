namespace Progression.Coach.BrowserTests;

/// <summary>
/// Where the Chromium the test drives is: env PROGRESSION_CHROMIUM, else Debian's /usr/bin/chromium,
/// else a chromium on PATH. Playwright never downloads a browser here.
/// </summary>
internal static class Chromium
{
    public const string Install =
        "Install Debian's Chromium (`sudo apt-get install -y chromium`) or set PROGRESSION_CHROMIUM to a Chromium or Chrome executable.";

    private const string Debian = "/usr/bin/chromium";

    /// <summary>The browser for this machine's environment and files.</summary>
    public static string Require() => Require(Environment.GetEnvironmentVariable, File.Exists);

    /// <summary>
    /// The browser's path. None found: with env CI=true the test FAILS (CI must run it; .ci/run installs
    /// Chromium first), elsewhere it is skipped with how to install one.
    /// </summary>
    public static string Require(Func<string, string?> environment, Func<string, bool> fileExists)
    {
        string? path = Find(environment, fileExists);
        if (path is not null)
        {
            return path;
        }

        if (string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI=true and no Chromium was found (PROGRESSION_CHROMIUM, {Debian}, PATH), so the browser test cannot run. {Install}");
        }

        Skip.If(true, $"No Chromium found (PROGRESSION_CHROMIUM, {Debian}, PATH): the browser test is skipped. {Install}");
        return "";
    }

    private static string? Find(Func<string, string?> environment, Func<string, bool> fileExists)
    {
        string? configured = environment("PROGRESSION_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // A path that was asked for and is not there is a mistake to report, not a reason to look elsewhere.
            return fileExists(configured)
                ? configured
                : throw new FileNotFoundException($"PROGRESSION_CHROMIUM is '{configured}', and no file is there.", configured);
        }

        if (fileExists(Debian))
        {
            return Debian;
        }

        return (environment("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "chromium"))
            .FirstOrDefault(fileExists);
    }
}
