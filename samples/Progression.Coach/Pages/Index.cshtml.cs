using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Progression.Coach.Coaching;
using Progression.Coach.Data;

namespace Progression.Coach.Pages;

/// <summary>The signed-in coach's clients (and nobody else's).</summary>
public sealed class IndexModel(CoachStore store) : PageModel
{
    /// <summary>The clients, by name.</summary>
    public IReadOnlyList<ClientView> Clients { get; private set; } = [];

    /// <summary>Reads them.</summary>
    public void OnGet() => Clients =
        [.. store.Clients(User.CoachId()).Select(row => new ClientView(row, JsonSerializer.Deserialize<ClientState>(row.StateJson)!))];
}
