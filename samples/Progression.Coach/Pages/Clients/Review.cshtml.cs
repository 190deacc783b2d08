using Microsoft.AspNetCore.Mvc;
using Progression.Coach.Coaching;
using Progression.Coach.Data;

namespace Progression.Coach.Pages.Clients;

/// <summary>Finishing a session (a POST with the version the session page showed) and its decisions with their reasons.</summary>
public sealed class ReviewModel(CoachService coach) : ClientPageModel(coach)
{
    /// <summary>The session.</summary>
    public SessionRow Session { get; private set; } = null!;

    /// <summary>Its review, once finished.</summary>
    public ReviewView? Review { get; private set; }

    /// <summary>Shows the review.</summary>
    public IActionResult OnGet(long id, long sessionId)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        try
        {
            Read(sessionId);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>Finishes the session from the version the page had; a stale one is a conflict (409) and nothing is stored.</summary>
    public IActionResult OnPost(long id, long sessionId, string? version) => Change(id, () =>
    {
        Coach.Finish(CoachId, id, sessionId, FormInput.Int(version, "Version") ?? throw new ArgumentException("Version is missing.", "Version"));
        return Redirect($"/Clients/{id}/Sessions/{sessionId}/Review");
    }, reload: () => Read(sessionId));

    private void Read(long sessionId)
    {
        Session = Coach.Session(Client, sessionId);
        Review = Session.ReviewJson is { } json ? Json.Read<ReviewView>(json) : null;
    }
}
