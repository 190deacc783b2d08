// Progression.Coach: the library embedded the way a coaching product would embed it.
// Read in this order: 1. configuration, 2. the engine, 3. the database, 4. sign-in, 5. pages and API, 6. start.
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Progression;
using Progression.Coach.Api;
using Progression.Coach.Coaching;
using Progression.Coach.Data;

var builder = WebApplication.CreateBuilder(args);

// 1. Configuration: appsettings.json holds the database file, the demo coach and the Progression section.
var connectionString = CoachDatabase.InFolder(
    builder.Configuration.GetConnectionString("Coach")
        ?? throw new InvalidOperationException("ConnectionStrings:Coach is missing; appsettings.json sets it to \"Data Source=coach.db\"."),
    builder.Environment.ContentRootPath);   // a relative file lands beside appsettings.json, wherever the host is started from

// 2. The engine: built once, from the Progression section (policy values, optionally a catalog file); a bad value
//    fails start-up with every problem listed. One engine serves every request: it keeps no per-client state.
builder.Services.AddProgression(builder.Configuration.GetSection("Progression"));

// 3. The database and the flows over it.
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(new CoachDatabase(connectionString));
builder.Services.AddSingleton<CoachStore>();
builder.Services.AddSingleton<CoachService>();
builder.Services.AddSingleton<IPasswordHasher<CoachRow>, PasswordHasher<CoachRow>>();
builder.Services.AddSingleton<CoachAccounts>();

// 4. Sign-in: a cookie; every page needs a signed-in coach except the login page; the API answers 401, not a redirect.
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/Account/Login";
        options.Cookie.Name = "progression.coach";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.SlidingExpiration = true;
        options.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
    });
builder.Services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

// 5. Pages (antiforgery on every form post, Razor Pages' default) and the JSON API.
builder.Services.AddRazorPages(options => options.Conventions.AllowAnonymousToPage("/Account/Login").AllowAnonymousToPage("/Error"));
builder.Services.AddProblemDetails();

var app = builder.Build();

// 6. Start: bring the schema up to date and seed the demo coach, then serve.
app.Services.GetRequiredService<CoachDatabase>().Migrate();
app.Services.GetRequiredService<CoachAccounts>().SeedDemoCoach(
    app.Configuration["Coach:DemoCoach:Email"], app.Configuration["Coach:DemoCoach:Password"]);

// Never a stack trace, in Development too: known bad input is caught where it happens (400), anything else is a 500
// with a plain page or problem JSON.
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/Error",
    StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
});
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapCoachApi();
app.Run();

static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
{
    if (context.Request.Path.StartsWithSegments("/api"))
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    context.Response.Redirect(context.RedirectUri);
    return Task.CompletedTask;
}

/// <summary>The entry point, public so the integration tests can host it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
