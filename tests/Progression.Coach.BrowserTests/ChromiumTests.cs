using FailException = Xunit.Sdk.FailException;

namespace Progression.Coach.BrowserTests;

/// <summary>The skip rule: a missing browser skips the browser test on a developer's machine and fails it in CI.</summary>
public sealed class ChromiumTests
{
    [Fact]
    public void No_browser_outside_CI_skips_with_how_to_install_one()
    {
        var skip = Assert.Throws<Xunit.SkipException>(() => Chromium.Require(Environment(("PATH", "/usr/local/bin:/bin")), NoFiles));

        Assert.Contains("apt-get install -y chromium", skip.Message);
    }

    [Fact]
    public void No_browser_with_CI_true_fails_instead_of_skipping()
    {
        var failure = Assert.Throws<FailException>(() => Chromium.Require(Environment(("CI", "true"), ("PATH", "/bin")), NoFiles));

        Assert.Contains("CI=true", failure.Message);
    }

    [Fact]
    public void PROGRESSION_CHROMIUM_is_taken_before_Debians_path()
    {
        string path = Chromium.Require(Environment(("PROGRESSION_CHROMIUM", "/opt/chrome/chrome")), _ => true);

        Assert.Equal("/opt/chrome/chrome", path);
    }

    [Fact]
    public void A_PROGRESSION_CHROMIUM_that_is_not_there_is_reported_not_skipped()
    {
        var missing = Assert.Throws<FileNotFoundException>(
            () => Chromium.Require(Environment(("PROGRESSION_CHROMIUM", "/opt/nothing/chrome")), file => file == "/usr/bin/chromium"));

        Assert.Contains("/opt/nothing/chrome", missing.Message);
    }

    [Fact]
    public void Without_Debians_chromium_one_on_PATH_is_found()
    {
        string path = Chromium.Require(Environment(("PATH", "/usr/local/bin:/snap/bin")), file => file == "/snap/bin/chromium");

        Assert.Equal("/snap/bin/chromium", path);
    }

    private static bool NoFiles(string path) => false;

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
