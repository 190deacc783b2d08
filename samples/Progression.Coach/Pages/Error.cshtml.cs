using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Progression.Coach.Pages;

/// <summary>The page an unexpected error ends on: a sentence and a request id, never a stack trace; problem JSON for the API.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>The id to find the request in the log.</summary>
    public string RequestId { get; private set; } = "";

    /// <summary>Shows the page, or problem JSON for an API path.</summary>
    public IActionResult OnGet() => Respond();

    /// <summary>The same for a failed POST.</summary>
    public IActionResult OnPost() => Respond();

    private IActionResult Respond()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var original = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path ?? "";
        if (original.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            return new ObjectResult(new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Server error",
                Detail = $"The request could not be completed (request {RequestId}).",
            })
            { StatusCode = StatusCodes.Status500InternalServerError, ContentTypes = { "application/problem+json" } };
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Page();
    }
}
