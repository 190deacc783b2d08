using Microsoft.AspNetCore.Mvc;
using Progression.Coach.Coaching;

namespace Progression.Coach.Pages.Clients;

/// <summary>Records that a clinician cleared the client's open referral (a POST from the banner's form).</summary>
public sealed class ClearReferralModel(CoachService coach) : ClientPageModel(coach)
{
    /// <summary>Nothing to show on its own: back to the client.</summary>
    public IActionResult OnGet(long id) => Redirect($"/Clients/{id}");

    /// <summary>Clears the referral from the version the page showed.</summary>
    public IActionResult OnPost(long id, string? version) => Change(id, () =>
    {
        Coach.ClearReferral(CoachId, id, FormInput.Int(version, "Version") ?? throw new ArgumentException("Version is missing.", "Version"), User.CoachEmail());
        return Redirect($"/Clients/{id}");
    });
}
