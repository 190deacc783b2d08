// A bounded load check of the coach host (samples/Progression.Coach), not a timed test: it
// starts the host as its own process on 127.0.0.1, drives simulated clients through the JSON
// API a few at a time, prints p50/p99 per request kind, and then checks in the SQLite file
// that everything the host confirmed is stored. Exit code 1 when a request failed or a row is missing.
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Progression;
using Progression.Coach.Load;

Options options;
try
{
    options = Options.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

// 1. The host, from its build output, on a free loopback port with a new database file.
string hostDll;
try
{
    hostDll = options.HostDll ?? HostLocator.BuiltHostDll();
    if (!File.Exists(hostDll))
    {
        throw new FileNotFoundException($"--host was '{hostDll}', and no file is there; it takes the path of a built Progression.Coach.dll.", hostDll);
    }
}
catch (IOException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

string databasePath = Path.Combine(Path.GetTempPath(), $"coach-load-{Guid.NewGuid():N}.db");
Console.WriteLine($"Coach host load check: {options.Clients} clients × {options.Sessions} sessions, {options.Concurrency} clients at a time");
Console.WriteLine($"host: {hostDll}");

var latencies = new Latencies();
var clients = new List<SimulatedClient>();
var clock = Stopwatch.StartNew();
try
{
    await using (var host = await CoachHostProcess.StartAsync(hostDll, databasePath))
    {
        Console.WriteLine($"listening on {host.Address} (started in {clock.Elapsed.TotalSeconds:F1} s), database {databasePath}");

        // 2. The demo coach signs in once; every simulated client shares the cookie (one coach, many clients).
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer() })
        {
            BaseAddress = host.Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        using (var login = await http.PostAsJsonAsync("api/login", CoachHostProcess.Coach, SimulatedClient.Json))
        {
            if (login.StatusCode != HttpStatusCode.NoContent)
            {
                Console.Error.WriteLine($"Sign-in as the demo coach answered {(int)login.StatusCode}: {await login.Content.ReadAsStringAsync()}");
                return 1;
            }
        }

        // 3. The clients, a bounded number at a time; each runs its sessions in order, as one person would.
        var engine = ProgressionEngine.CreateDefault();
        clients.AddRange(Enumerable.Range(1, options.Clients).Select(i => new SimulatedClient(http, engine, latencies, i)));
        var run = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            clients,
            new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency },
            async (client, _) => await client.RunAsync(options.Sessions));
        run.Stop();

        int requests = new[] { "create", "plan", "set", "finish" }.Sum(latencies.Count);
        Console.WriteLine($"{requests} requests answered in {run.Elapsed.TotalSeconds:F1} s ({requests / run.Elapsed.TotalSeconds:F0} per second)");
        Console.WriteLine();
        Console.WriteLine(latencies.Table(["create", "plan", "set", "finish"]));
        Console.WriteLine();
    }

    // 4. With the host stopped: is everything it confirmed in the file?
    var missing = DatabaseCheck.Missing(databasePath, clients);
    int expectedSessions = options.Clients * options.Sessions;
    int finished = clients.Sum(c => c.SessionsFinished);
    Console.WriteLine($"stored: {clients.Sum(c => c.SessionsPlanned)} sessions ({finished} of {expectedSessions} finished), {clients.Sum(c => c.SetsLogged)} sets");

    foreach (string failure in latencies.Failures.Take(10))
    {
        Console.Error.WriteLine($"failed: {failure}");
    }

    foreach (string problem in missing.Take(10))
    {
        Console.Error.WriteLine($"missing: {problem}");
    }

    if (latencies.Failures.Count > 0 || missing.Count > 0 || finished != expectedSessions)
    {
        Console.Error.WriteLine(
            $"Load check FAILED: {latencies.Failures.Count} requests failed, {missing.Count} counts differ between the answers and the database, " +
            $"{finished} of {expectedSessions} sessions finished.");
        return 1;
    }

    Console.WriteLine($"Load check passed: every session, set and finish the host confirmed is in the database ({clock.Elapsed.TotalSeconds:F1} s in all).");
    return 0;
}
catch (InvalidOperationException e)
{
    // The host did not start or did not answer: its own output is in the message.
    Console.Error.WriteLine($"Load check FAILED: {e.Message}");
    return 1;
}
finally
{
    foreach (string file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
    {
        File.Delete(file);
    }
}
