using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Progression.Coach.Coaching;

namespace Progression.Coach.Pages;

/// <summary>
/// What every page of one client shares: the client read for the signed-in coach (another coach's is a 404), the
/// referral banner it renders, and how errors show: the library's message in <c>.error</c> with 400, a version
/// conflict with 409.
/// </summary>
public abstract class ClientPageModel(CoachService coach) : PageModel
{
    /// <summary>The flows.</summary>
    protected CoachService Coach => coach;

    /// <summary>The engine, for names.</summary>
    public IProgressionEngine Engine => coach.Engine;

    /// <summary>The client, read for the signed-in coach.</summary>
    public ClientView Client { get; private set; } = null!;

    /// <summary>The error to show, if any.</summary>
    public string? Error { get; private set; }

    /// <summary>Whether <see cref="Error"/> is a version conflict.</summary>
    public bool IsConflict { get; private set; }

    /// <summary>The signed-in coach's id.</summary>
    protected long CoachId => User.CoachId();

    /// <summary>Reads the client; false when it is not this coach's.</summary>
    protected bool Load(long id)
    {
        try
        {
            Client = coach.Client(CoachId, id);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Runs a change; on bad input or a conflict, reloads the client (the page shows what is stored now) and renders
    /// the page with the message and its status. A missing client or session is a 404.
    /// </summary>
    protected IActionResult Change(long id, Func<IActionResult> change, Action? reload = null)
    {
        try
        {
            return change();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ConflictException e)
        {
            return Show(id, e.Message, StatusCodes.Status409Conflict, conflict: true, reload);
        }
        catch (ArgumentException e)
        {
            return Show(id, ErrorText.Of(e), StatusCodes.Status400BadRequest, conflict: false, reload);
        }
    }

    private IActionResult Show(long id, string message, int status, bool conflict, Action? reload)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        try
        {
            reload?.Invoke();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        Error = message;
        IsConflict = conflict;
        Response.StatusCode = status;
        return Page();
    }
}
