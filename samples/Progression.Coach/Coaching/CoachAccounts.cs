using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Progression.Coach.Data;

namespace Progression.Coach.Coaching;

/// <summary>Coaches: the seeded demo coach, password checks with ASP.NET Core Identity's hasher, and the sign-in principal.</summary>
public sealed class CoachAccounts(CoachStore store, IPasswordHasher<CoachRow> hasher, ILogger<CoachAccounts> logger)
{
    private readonly Lazy<string> _unknownEmailHash = new(() => hasher.HashPassword(new CoachRow(0, "", ""), Guid.NewGuid().ToString()));

    /// <summary>Adds the demo coach when no coach has that email (a demo password: change it for anything real).</summary>
    public void SeedDemoCoach(string? email, string? password)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password) || store.FindCoach(email) is not null)
        {
            return;
        }

        Add(email, password);
        logger.LogInformation("Seeded the demo coach {Email}.", email);
    }

    /// <summary>Adds a coach with a hashed password.</summary>
    public long Add(string email, string password)
    {
        var hash = hasher.HashPassword(new CoachRow(0, email, ""), password);
        return store.AddCoach(email.Trim(), hash);
    }

    /// <summary>The principal to sign in when the password matches; otherwise null (same answer for an unknown email).</summary>
    public ClaimsPrincipal? SignIn(string? email, string? password)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        // An unknown email is checked against a throwaway hash, so the answer takes as long as for a wrong password
        // and does not tell which emails have accounts.
        var coach = store.FindCoach(email.Trim());
        var checkedAgainst = coach ?? new CoachRow(0, email, _unknownEmailHash.Value);
        if (hasher.VerifyHashedPassword(checkedAgainst, checkedAgainst.PasswordHash, password) == PasswordVerificationResult.Failed || coach is null)
        {
            return null;
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, coach.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, coach.Email)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }
}

/// <summary>The signed-in coach's id and email, from the cookie's claims.</summary>
public static class CoachClaims
{
    /// <summary>The coach's id.</summary>
    public static long CoachId(this ClaimsPrincipal user) =>
        long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The coach's email.</summary>
    public static string CoachEmail(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? "";
}
