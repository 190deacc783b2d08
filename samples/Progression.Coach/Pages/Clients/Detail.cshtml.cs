using Microsoft.AspNetCore.Mvc;
using Progression.Coach.Coaching;

namespace Progression.Coach.Pages.Clients;

/// <summary>A client's overview: each exercise's level, and a Resume button on each paused one.</summary>
public sealed class DetailModel(CoachService coach) : ClientPageModel(coach)
{
    /// <summary>The assessment in one line.</summary>
    public static string Describe(Assessment a)
    {
        var parts = new List<string>();
        if (a.HamstringQuadRatio is { } hq) parts.Add($"H:Q {Display.Number(hq)}");
        if (a.Trunk is { } t) parts.Add($"trunk flexor {Display.Number(t.FlexorSeconds)} s, extensor {Display.Number(t.ExtensorSeconds)} s, side bridge {Display.Number(t.SideBridgeLeftSeconds)}/{Display.Number(t.SideBridgeRightSeconds)} s");
        if (a.SingleLegBridgeSeconds is { } b) parts.Add($"single-leg bridge {Display.Number(b.Left)}/{Display.Number(b.Right)} s");
        if (a.HipFlexorAngle is { } h) parts.Add($"hip angle {Display.Number(h.Left)}/{Display.Number(h.Right)}°");
        return parts.Count == 0 ? "no measurements" : string.Join("; ", parts);
    }

    /// <summary>Shows the client.</summary>
    public IActionResult OnGet(long id) => Load(id) ? Page() : NotFound();

    /// <summary>Resumes a paused exercise from the version the page showed.</summary>
    public IActionResult OnPostResume(long id, string? exerciseId, string? version) => Change(id, () =>
    {
        Coach.Resume(CoachId, id, exerciseId, FormInput.Int(version, "Version") ?? throw new ArgumentException("Version is missing.", "Version"), User.CoachEmail());
        return Redirect($"/Clients/{id}");
    });
}
