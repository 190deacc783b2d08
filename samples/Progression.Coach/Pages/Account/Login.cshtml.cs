using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Progression.Coach.Coaching;

namespace Progression.Coach.Pages.Account;

/// <summary>Signs a coach in with email and password (checked with Identity's hasher) and sets the cookie.</summary>
public sealed class LoginModel(CoachAccounts accounts) : PageModel
{
    /// <summary>The email typed.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The password typed (never shown again).</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in; only a local path is followed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the sign-in failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs in, or shows the error with 400.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (accounts.SignIn(Email, Password) is not { } principal)
        {
            Error = "The email or password is not right.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
