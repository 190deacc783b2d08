using Microsoft.AspNetCore.Mvc;
using Progression.Coach.Coaching;

namespace Progression.Coach.Pages.Clients;

/// <summary>Today's check-in: pain and red flags in, a session with today's plan out.</summary>
public sealed class CheckInModel(CoachService coach) : ClientPageModel(coach)
{
    /// <summary>Morning pain as typed.</summary>
    [BindProperty]
    public string? MorningPain { get; set; }

    /// <summary>Baseline pain as typed.</summary>
    [BindProperty]
    public string? BaselinePain { get; set; }

    /// <summary>The red flags ticked, by name.</summary>
    [BindProperty]
    public List<string> RedFlags { get; set; } = [];

    /// <summary>The client's version the form was rendered with.</summary>
    [BindProperty]
    public string? Version { get; set; }

    /// <summary>Shows the form.</summary>
    public IActionResult OnGet(long id) => Load(id) ? Page() : NotFound();

    /// <summary>Plans today and goes to the session.</summary>
    public IActionResult OnPost(long id) => Change(id, () =>
    {
        var input = new CheckInInput(FormInput.Int(MorningPain, nameof(MorningPain)), FormInput.Int(BaselinePain, nameof(BaselinePain)), RedFlags,
            FormInput.Int(Version, nameof(Version)));
        var result = Coach.CheckIn(CoachId, id, input);
        return Redirect($"/Clients/{id}/Sessions/{result.SessionId}");
    });
}
