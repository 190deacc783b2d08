using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Progression.Coach.Tests;

/// <summary>A page as the test reads it: status, the raw HTML, and its DOM.</summary>
public sealed record Page(HttpStatusCode Status, string Html, IDocument Document, Uri? Location)
{
    public IElement? One(string selector) => Document.QuerySelector(selector);

    public IElement Single(string selector) => One(selector) ?? throw new Xunit.Sdk.XunitException($"No {selector} on the page:\n{Html}");

    public IReadOnlyList<IElement> All(string selector) => [.. Document.QuerySelectorAll(selector)];
}

/// <summary>
/// Drives the host the way a browser's forms would: GET a page, take the antiforgery token from the form, POST the
/// fields with it. Also calls the JSON API with the same cookies.
/// </summary>
public sealed class Browser(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<Page> Get(string url) => await Read(await http.GetAsync(url));

    /// <summary>Posts a form found on <paramref name="pageUrl"/> (by a CSS selector) with these fields and the page's antiforgery token.</summary>
    public async Task<Page> Submit(string pageUrl, string formSelector, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var page = await Get(pageUrl);
        var form = page.Single(formSelector);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
        var body = fields.ToList();
        if (withToken)
        {
            var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                ?? throw new Xunit.Sdk.XunitException($"The form {formSelector} on {pageUrl} carries no antiforgery token.");
            body.Add(new("__RequestVerificationToken", token));
        }

        return await Read(await http.PostAsync(action, new FormUrlEncodedContent(body)));
    }

    /// <summary>The hidden and pre-filled fields of a form, as a browser would send them untouched.</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IElement form) =>
        [.. form.QuerySelectorAll("input[name]")
            .Where(i => i.GetAttribute("name") != "__RequestVerificationToken" && i.GetAttribute("type") != "checkbox")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))];

    public async Task SignIn(string email = CoachHost.DemoEmail, string password = CoachHost.DemoPassword)
    {
        var page = await Submit("/Account/Login", "form:has(#sign-in)", [new("Email", email), new("Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
    }

    public async Task<(HttpStatusCode Status, JsonElement Body, string ContentType)> Api(HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, json, response.Content.Headers.ContentType?.MediaType ?? "");
    }

    public async Task ApiSignIn(string email = CoachHost.DemoEmail, string password = CoachHost.DemoPassword)
    {
        var (status, _, _) = await Api(HttpMethod.Post, "/api/login", new { email, password });
        Assert.Equal(HttpStatusCode.NoContent, status);
    }

    public void Dispose() => http.Dispose();

    private static async Task<Page> Read(HttpResponseMessage response)
    {
        using (response)
        {
            var html = await response.Content.ReadAsStringAsync();
            return new Page(response.StatusCode, html, Parser.ParseDocument(html), response.Headers.Location);
        }
    }
}
