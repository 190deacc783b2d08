using Microsoft.Playwright;

public sealed class ThrowawayTest
{
    [Fact]
    public async Task Chromium_Renders_A_Tiny_Page()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("<h1 id='x'>hello</h1>");
        Assert.Equal("hello", await page.Locator("#x").InnerTextAsync());
    }
}
