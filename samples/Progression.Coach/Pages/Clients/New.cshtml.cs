using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;
using Progression.Coach.Coaching;

namespace Progression.Coach.Pages.Clients;

/// <summary>Creates a client from a name, an assessment and the equipment they have.</summary>
public sealed class NewModel(CoachService coach) : PageModel
{
    /// <summary>The form's assessment inputs and their labels, in order.</summary>
    public static IReadOnlyList<(string Name, string Label)> AssessmentFields { get; } =
    [
        ("HamstringQuadRatio", "Hamstring : quadriceps ratio (e.g. 0.55)"),
        ("SideBridgeLeftSeconds", "Side bridge, left (s)"),
        ("SideBridgeRightSeconds", "Side bridge, right (s)"),
        ("ExtensorEnduranceSeconds", "Trunk extensor endurance (s)"),
        ("FlexorEnduranceSeconds", "Trunk flexor endurance (s)"),
        ("SingleLegBridgeLeftSeconds", "Single-leg bridge, left (s)"),
        ("SingleLegBridgeRightSeconds", "Single-leg bridge, right (s)"),
        ("HipFlexorAngleLeft", "Thomas test hip angle, left (°, + = above horizontal)"),
        ("HipFlexorAngleRight", "Thomas test hip angle, right (°)"),
    ];

    /// <summary>The name typed.</summary>
    [BindProperty]
    public string? Name { get; set; }

    /// <summary>The equipment ticked, by name.</summary>
    [BindProperty]
    public List<string> Equipment { get; set; } = [];

    /// <summary>Why the client was not created.</summary>
    public string? Error { get; private set; }

    /// <summary>What was typed in a field, shown again after an error.</summary>
    public string Value(string field) => Request.HasFormContentType ? Request.Form[field].ToString() : "";

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Creates the client, or shows the library's message with 400.</summary>
    public IActionResult OnPost()
    {
        try
        {
            var created = coach.CreateClient(User.CoachId(), Name, ReadAssessment());
            return Redirect($"/Clients/{created.Row.Id}");
        }
        catch (ArgumentException e)
        {
            Error = ErrorText.Of(e);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    // The library's Assessment checks the ranges; this reads the numbers and refuses half a pair.
    private Assessment? ReadAssessment()
    {
        double? Read(string field) => FormInput.Number(Request.Form[field] is var v && !StringValues.IsNullOrEmpty(v) ? v.ToString() : null, field);

        SidePair? Pair(string left, string right)
        {
            var (l, r) = (Read(left), Read(right));
            return (l, r) switch
            {
                (null, null) => null,
                ({ } a, { } b) => new SidePair(a, b),
                (null, _) => throw new ArgumentException($"{left} is missing while {right} is given; a left/right measurement needs both sides.", left),
                (_, null) => throw new ArgumentException($"{right} is missing while {left} is given; a left/right measurement needs both sides.", right),
            };
        }

        var ratio = Read("HamstringQuadRatio");
        var sideBridge = Pair("SideBridgeLeftSeconds", "SideBridgeRightSeconds");
        var extensor = Read("ExtensorEnduranceSeconds");
        var flexor = Read("FlexorEnduranceSeconds");
        var bridge = Pair("SingleLegBridgeLeftSeconds", "SingleLegBridgeRightSeconds");
        var hipFlexor = Pair("HipFlexorAngleLeft", "HipFlexorAngleRight");
        var equipment = Equipment.Where(e => !string.IsNullOrWhiteSpace(e))
            .Select((e, i) => FormInput.RequiredEnum<Progression.Equipment>(e, $"Equipment[{i}]")).ToHashSet();

        var trunk = sideBridge is null && extensor is null && flexor is null
            ? null
            : new TrunkEndurance
            {
                SideBridgeLeftSeconds = sideBridge?.Left,
                SideBridgeRightSeconds = sideBridge?.Right,
                ExtensorSeconds = extensor,
                FlexorSeconds = flexor,
            };
        if (ratio is null && trunk is null && bridge is null && hipFlexor is null && equipment.Count == 0)
        {
            return null;
        }

        return new Assessment
        {
            HamstringQuadRatio = ratio,
            Trunk = trunk,
            SingleLegBridgeSeconds = bridge,
            HipFlexorAngle = hipFlexor,
            Equipment = equipment.Count == 0 ? null : equipment,   // none ticked: no restriction
        };
    }
}
