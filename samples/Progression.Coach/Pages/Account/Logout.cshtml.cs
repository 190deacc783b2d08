using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Progression.Coach.Pages.Account;

/// <summary>Signs out (a POST with the antiforgery token, so no other site can sign a coach out).</summary>
public sealed class LogoutModel : PageModel
{
    /// <summary>There is nothing to see here.</summary>
    public IActionResult OnGet() => RedirectToPage("/Index");

    /// <summary>Removes the cookie.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage("/Account/Login");
    }
}
