using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Progression.Coach.BrowserTests;

/// <summary>
/// The coach host in a real headless Chromium, as a coach uses it: sign in, create a client,
/// check in and plan, log a set with knee joint pain, finish, read the decisions and the chart.
/// </summary>
public sealed class CoachFlowInBrowserTests
{
    [SkippableFact]
    public async Task A_coach_plans_a_session_sees_the_stop_on_knee_joint_pain_and_the_decisions_and_chart_after_finishing()
    {
        string chromium = Chromium.Require();

        // Beyond Playwright's 5 s: CI runs every test assembly at once on two cores, and this waits for what a user sees.
        SetDefaultExpectTimeout(15_000);

        await using var host = new CoachHost();
        Uri site = host.Address;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            // Chromium's sandbox needs user namespaces it cannot have as root (CI runs as root).
            Args = Environment.UserName == "root" ? ["--no-sandbox"] : [],
        });
        var page = await browser.NewPageAsync(new() { BaseURL = site.ToString(), ViewportSize = new() { Width = 1100, Height = 800 } });

        // 1. Sign in as the seeded demo coach.
        await page.GotoAsync("Account/Login");
        await page.Locator("input[name=Email]").FillAsync(CoachHost.CoachEmail);
        await page.Locator("input[name=Password]").FillAsync(CoachHost.CoachPassword);
        await page.Locator("#sign-in").ClickAsync();
        await Expect(page.Locator("#sign-out")).ToBeVisibleAsync();

        // 2. A new client: quadriceps-dominant, a tight left hip flexor, a home kit of mat, chair and band.
        await page.Locator("#new-client").ClickAsync();
        await page.Locator("input[name=Name]").FillAsync("Ada Lovelace");
        await page.Locator("input[name=HamstringQuadRatio]").FillAsync("0.5");
        await page.Locator("input[name=HipFlexorAngleLeft]").FillAsync("8");
        await page.Locator("input[name=HipFlexorAngleRight]").FillAsync("0");
        foreach (string equipment in new[] { "Mat", "Chair", "Band" })
        {
            await page.Locator($"input[name=Equipment][value={equipment}]").CheckAsync();
        }

        await page.Locator("#create-client").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/Clients/\d+$"));
        await Expect(page.GetByText("Ada Lovelace").First).ToBeVisibleAsync();

        // 3. Today's check-in: a little morning pain, no red flags → the plan.
        await page.Locator("#check-in").ClickAsync();
        await page.Locator("input[name=MorningPain]").FillAsync("2");
        await page.Locator("input[name=BaselinePain]").FillAsync("2");
        await page.Locator("#plan-today").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/Clients/\d+/Sessions/\d+$"));
        var items = page.Locator("#plan .plan-item");
        await Expect(items.First).ToBeVisibleAsync();
        await Expect(items.First.Locator(".reason").First).ToBeVisibleAsync();
        await Expect(page.Locator("#set-verdict")).ToHaveCountAsync(0);
        await Screenshot(page, "coach-plan.png");

        // 4. The first exercise's first set as prescribed (the form carries the dose), with knee joint pain 3/10:
        //    the stop, impossible to miss.
        var first = items.First;
        string exerciseId = (await first.GetAttributeAsync("data-exercise-id"))!;
        await first.Locator("input[name=Rpe]").FillAsync("6");
        await first.Locator("select[name=SymptomKind]").SelectOptionAsync("JointPain");
        await first.Locator("select[name=SymptomSite]").SelectOptionAsync("Knee");
        await first.Locator("input[name=SymptomIntensity]").FillAsync("3");
        await first.Locator(".log-set").ClickAsync();

        var verdict = page.Locator("#set-verdict");
        await Expect(verdict).ToBeVisibleAsync();
        await Expect(verdict).ToHaveAttributeAsync("data-action", "StopExercise");
        await Expect(verdict).ToHaveAttributeAsync("role", "alert");
        await Expect(verdict).ToHaveClassAsync(new Regex(@"\bverdict-stop\b"));
        var alert = page.GetByRole(AriaRole.Alert).Filter(new() { HasTextRegex = new Regex("knee joint pain 3/10", RegexOptions.IgnoreCase) });
        await Expect(alert).ToBeVisibleAsync();
        await Expect(alert).ToContainTextAsync("STOP");
        await Expect(verdict.Locator(".reason[data-rule-id='safety.joint-pain-stops-exercise']")).ToBeVisibleAsync();
        await Expect(page.Locator("#sets tbody tr")).ToHaveCountAsync(1);
        await Screenshot(page, "coach-set-verdict.png");

        // 5. Finish: every exercise's decision with its reasons; the stopped one among them.
        await page.Locator("#finish-session").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/Clients/\d+/Sessions/\d+/Review$"));
        var decisions = page.Locator("#decisions .decision");
        await Expect(decisions.First).ToBeVisibleAsync();
        var stopped = page.Locator($"#decisions .decision[data-exercise-id='{exerciseId}']");
        await Expect(stopped).ToBeVisibleAsync();
        await Expect(stopped.Locator(".reason").First).ToBeVisibleAsync();

        // 6. The history page: the chart of tier and dose, and the morning-pain trend.
        string clientPage = Regex.Match(page.Url, @"/Clients/\d+").Value;
        await page.GotoAsync(clientPage.TrimStart('/'));
        await page.Locator("#history").ClickAsync();
        await Expect(page.Locator("svg#dose-chart")).ToBeVisibleAsync();
        await Expect(page.Locator("svg#pain-chart")).ToBeVisibleAsync();
        await Expect(page.Locator("#decision-log tbody tr").First).ToBeVisibleAsync();
    }

    /// <summary>
    /// A full-page screenshot into the folder env PROGRESSION_SCREENSHOTS names (relative to the
    /// repository root), so `PROGRESSION_SCREENSHOTS=docs/images dotnet test …` refreshes the README's pictures.
    /// </summary>
    private static async Task Screenshot(IPage page, string name)
    {
        string? folder = Environment.GetEnvironmentVariable("PROGRESSION_SCREENSHOTS");
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        string path = Path.Combine(Path.IsPathRooted(folder) ? folder : Path.Combine(RepositoryRoot(), folder), name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 0, $"The screenshot {path} is empty.");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Progression.sln")))
            {
                return directory.FullName;
            }
        }

        // The test runs from its build output, dotnet test's working directory.
        return Directory.GetCurrentDirectory();
    }
}
