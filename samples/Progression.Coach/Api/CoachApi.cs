using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Progression.Coach.Coaching;

namespace Progression.Coach.Api;

/// <summary>The body of <c>POST /api/login</c>.</summary>
public sealed record LoginRequest(string? Email, string? Password);

/// <summary>The body of <c>POST /api/clients</c>: the assessment as the library serialises it; equipment by name.</summary>
public sealed record CreateClientRequest(string? Name, JsonElement? Assessment, IReadOnlyList<string>? Equipment);

/// <summary>The body of a call that changes the client's state: the version it was read at.</summary>
public sealed record VersionRequest(long? Version);

/// <summary>
/// The JSON API: the same flows as the pages, for a mobile app or the load check. Cookie auth (401 when signed out);
/// every POST must be <c>application/json</c>, which a cross-site form cannot send without a CORS preflight this host
/// never grants: that is the API's CSRF defence, as the antiforgery token is the forms'.
/// </summary>
public static class CoachApi
{
    // The library's Assessment JSON, in either case; a side pair must name both sides (a missing one is not 0).
    private static readonly JsonSerializerOptions AssessmentOptions = new() { PropertyNameCaseInsensitive = true, RespectRequiredConstructorParameters = true };

    /// <summary>Maps every <c>/api</c> route.</summary>
    public static void MapCoachApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(RequireJson);

        api.MapPost("/login", (HttpContext http, CoachAccounts accounts) => Run(http, async () =>
        {
            var body = await Body<LoginRequest>(http);
            if (accounts.SignIn(body.Email, body.Password) is not { } principal)
            {
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed", detail: "The email or password is not right.");
            }

            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            return Results.NoContent();
        })).AllowAnonymous();

        api.MapPost("/clients", (HttpContext http, CoachService coach) => Run(http, async () =>
        {
            var body = await Body<CreateClientRequest>(http);
            var assessment = body.Assessment is { ValueKind: not JsonValueKind.Null } element ? ReadAssessment(element) : null;
            if (body.Equipment is { } names)
            {
                var equipment = names.Select((n, i) => FormInput.RequiredEnum<Equipment>(n, $"equipment[{i}]")).ToHashSet();
                assessment = (assessment ?? new Assessment()) with { Equipment = equipment };
            }

            var client = coach.CreateClient(http.User.CoachId(), body.Name, assessment);
            return Results.Created($"/api/clients/{client.Row.Id}", new { id = client.Row.Id, version = client.Version });
        }));

        api.MapGet("/clients/{id:long}", (HttpContext http, long id, CoachService coach) => Run(http, () =>
        {
            var client = coach.Client(http.User.CoachId(), id);
            using var state = JsonDocument.Parse(client.Row.StateJson);
            return Task.FromResult(Results.Json(
                new { id = client.Row.Id, name = client.Row.Name, version = client.Version, state = state.RootElement.Clone() }, Json.Options));
        }));

        api.MapPost("/clients/{id:long}/sessions", (HttpContext http, long id, CoachService coach) => Run(http, async () =>
        {
            var body = await Body<CheckInInput>(http);
            var result = coach.CheckIn(http.User.CoachId(), id, body);
            return Results.Json(new { sessionId = result.SessionId, version = result.Version, plan = result.Plan }, Json.Options,
                statusCode: StatusCodes.Status201Created);
        }));

        api.MapPost("/clients/{id:long}/sessions/{sessionId:long}/sets", (HttpContext http, long id, long sessionId, CoachService coach) => Run(http, async () =>
        {
            var body = await Body<SetInput>(http);
            var result = coach.LogSet(http.User.CoachId(), id, sessionId, body);
            return Results.Json(new
            {
                setId = result.SetId,
                setNumber = result.SetNumber,
                action = result.Verdict.Action,
                referral = result.Verdict.Referral,
                reasons = result.Verdict.Reasons,
            }, Json.Options);
        }));

        api.MapPost("/clients/{id:long}/sessions/{sessionId:long}/finish", (HttpContext http, long id, long sessionId, CoachService coach) => Run(http, async () =>
        {
            var body = await Body<VersionRequest>(http);
            var result = coach.Finish(http.User.CoachId(), id, sessionId, RequiredVersion(body));
            return Results.Json(new { version = result.Version, referral = result.Review.Referral, decisions = result.Review.Decisions }, Json.Options);
        }));

        api.MapPost("/clients/{id:long}/referral/clear", (HttpContext http, long id, CoachService coach) => Run(http, async () =>
        {
            var body = await Body<VersionRequest>(http);
            var version = coach.ClearReferral(http.User.CoachId(), id, RequiredVersion(body), http.User.CoachEmail());
            return Results.Json(new { version }, Json.Options);
        }));
    }

    private static Assessment? ReadAssessment(JsonElement element)
    {
        try
        {
            return element.Deserialize<Assessment>(AssessmentOptions);
        }
        catch (JsonException e)
        {
            throw new ArgumentException(
                $"assessment is not the library's Assessment JSON at {e.Path ?? "$"} (a side pair needs both Left and Right; numbers are JSON numbers): {ErrorText.Of(e)}",
                "assessment", e);
        }
    }

    private static long RequiredVersion(VersionRequest body) =>
        body.Version ?? throw new ArgumentException("version is missing; send the client's version as read (GET /api/clients/{id}).", "version");

    private static async ValueTask<object?> RequireJson(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && !request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: $"Content-Type must be application/json; was \"{request.ContentType}\".");
        }

        return await next(context);
    }

    private static async Task<T> Body<T>(HttpContext http)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Json.Options)
                ?? throw new ArgumentException("The request body is empty or null; send a JSON object.", "body");
        }
        catch (JsonException e)
        {
            throw new ArgumentException(
                $"The request body is not valid at {e.Path ?? "$"}: a value of the wrong type (numbers are JSON numbers, enums names such as \"Left\") or malformed JSON.",
                "body", e);
        }
    }

    // The one place API errors become problem JSON: the library's message as the detail, never a stack trace.
    private static async Task<IResult> Run(HttpContext http, Func<Task<IResult>> handle)
    {
        try
        {
            return await handle();
        }
        catch (NotFoundException)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Nothing at {http.Request.Path} for this coach.");
        }
        catch (ConflictException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: e.Message,
                extensions: new Dictionary<string, object?> { ["currentVersion"] = e.CurrentVersion, ["yourVersion"] = e.YourVersion });
        }
        catch (ArgumentException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad input", detail: ErrorText.Of(e));
        }
    }
}
