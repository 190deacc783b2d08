using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Progression.Coach.Load;

/// <summary>
/// One client's program through the JSON API, as a coaching app would drive it: created once, then
/// session after session — check in and plan, log every planned set, finish with the version it holds.
/// </summary>
internal sealed class SimulatedClient(HttpClient http, IProgressionEngine engine, Latencies latencies, int index)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    // Seeded per client, so a run sends the same reports every time.
    private readonly Random _random = new(1_000 + index);

    /// <summary>What reached the host with a success answer; the database must hold exactly this.</summary>
    public long? ClientId { get; private set; }

    public int SessionsPlanned { get; private set; }

    public int SetsLogged { get; private set; }

    public int SessionsFinished { get; private set; }

    public long? LastVersion { get; private set; }

    public async Task RunAsync(int sessions)
    {
        var created = await SendAsync<CreatedClient>("create", "api/clients", Client());
        if (created is null)
        {
            return;
        }

        ClientId = created.Id;
        LastVersion = created.Version;
        for (int session = 1; session <= sessions; session++)
        {
            if (!await SessionAsync(created.Id))
            {
                return;   // the version this client holds is unknown now: what follows would only repeat the failure
            }
        }
    }

    private async Task<bool> SessionAsync(long clientId)
    {
        var checkIn = new CheckInRequest(MorningPain: _random.Next(0, 3), BaselinePain: 1, RedFlags: []);
        var planned = await SendAsync<PlannedSession>("plan", $"api/clients/{clientId}/sessions", checkIn);
        if (planned is null)
        {
            return false;
        }

        SessionsPlanned++;
        string sets = $"api/clients/{clientId}/sessions/{planned.SessionId}/sets";
        foreach (var item in planned.Plan.Items)
        {
            foreach (var report in Reports(item))
            {
                var answer = await SendAsync<SetAnswer>("set", sets, report);
                if (answer is null)
                {
                    return false;
                }

                SetsLogged++;
                if (answer.Action != "Continue")
                {
                    break;   // a stop ends this exercise (the plausible reports below never ask for one)
                }
            }
        }

        var finished = await SendAsync<FinishAnswer>(
            "finish", $"api/clients/{clientId}/sessions/{planned.SessionId}/finish", new FinishRequest(planned.Version));
        if (finished is null)
        {
            return false;
        }

        SessionsFinished++;
        LastVersion = finished.Version;
        return true;
    }

    private CreateClientRequest Client()
    {
        // Every other client brings an assessment (quadriceps-dominant, a tight left hip flexor) and a home kit.
        bool assessed = index % 2 == 1;
        object? assessment = assessed
            ? new { HamstringQuadRatio = 0.5, Trunk = new { FlexorSeconds = 90, ExtensorSeconds = 80 }, HipFlexorAngle = new { Left = 8, Right = 0 } }
            : null;
        return new CreateClientRequest($"Load client {index}", assessment, assessed ? ["Mat", "Dumbbell", "Chair"] : null);
    }

    /// <summary>The planned sets: each side of a one-sided variant, the extra sets on their side; mostly on target.</summary>
    private IEnumerable<SetRequest> Reports(PlanItem item)
    {
        bool oneSided = engine.Catalog.GetVariant(item.VariantId).Variant.IsUnilateral;
        string[] sides = !oneSided ? [""] : item.FirstSide == "Right" ? ["Right", "Left"] : ["Left", "Right"];
        for (int set = 1; set <= item.Sets; set++)
        {
            foreach (string side in sides)
            {
                yield return Report(item, side);
            }
        }

        for (int extra = 1; extra <= item.ExtraSets && item.ExtraSetsSide is not null; extra++)
        {
            yield return Report(item, item.ExtraSetsSide);
        }
    }

    private SetRequest Report(PlanItem item, string side)
    {
        // One set in ten falls one short; RPE 6–9; one in six reports the expected muscle burn.
        int shortBy = _random.Next(10) == 0 ? 1 : 0;
        SymptomBody[] symptoms = _random.Next(6) == 0 ? [new SymptomBody("MuscleFatigue", "Glutes", _random.Next(2, 5))] : [];
        return new SetRequest(
            item.ExerciseId,
            item.VariantId,
            item.Reps is int reps ? Math.Max(1, reps - shortBy) : null,
            item.HoldSeconds is double hold ? Math.Max(1, hold - shortBy) : null,
            item.LoadKg,
            Rpe: _random.Next(6, 10),
            Side: side.Length == 0 ? null : side,
            symptoms);
    }

    private async Task<T?> SendAsync<T>(string kind, string path, object body)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.PostAsJsonAsync(path, body, Json);
            string text = await response.Content.ReadAsStringAsync();
            clock.Stop();
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created))
            {
                latencies.Fail($"{kind} POST /{path} → {(int)response.StatusCode}: {text}");
                return null;
            }

            latencies.Add(kind, clock.Elapsed);
            return JsonSerializer.Deserialize<T>(text, Json)
                ?? throw new JsonException($"{kind} POST /{path} answered 'null'.");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            latencies.Fail($"{kind} POST /{path} → {e.GetType().Name}: {e.Message}");
            return null;
        }
    }
}
