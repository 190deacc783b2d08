using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Progression.Coach.Load;

/// <summary>
/// The coach host as a coaching team runs it: its own process, started from its build output on
/// 127.0.0.1 with a free port and a temporary SQLite file, in the Production environment.
/// </summary>
internal sealed class CoachHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringWriter _output = new();

    private CoachHostProcess(Process process, Uri address, string databasePath)
    {
        _process = process;
        Address = address;
        DatabasePath = databasePath;
    }

    public Uri Address { get; }

    public string DatabasePath { get; }

    /// <summary>What the host printed (shown when it did not come up).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The coach the host seeds at start (its appsettings.json's demo coach, set here so the two cannot drift).</summary>
    public static readonly LoginRequest Coach = new("coach@example.com", "progression-demo");

    public static async Task<CoachHostProcess> StartAsync(string hostDll, string databasePath)
    {
        int port = FreeLoopbackPort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root is the current directory: the host's own output folder.
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Coach"] = $"Data Source={databasePath}";
        start.Environment["Coach__DemoCoach__Email"] = Coach.Email;
        start.Environment["Coach__DemoCoach__Password"] = Coach.Password;

        var process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {hostDll} did not start.");
        var host = new CoachHostProcess(process, address, databasePath);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilListeningAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.WriteLine(line);
        }
    }

    private async Task WaitUntilListeningAsync(TimeSpan limit)
    {
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The coach host exited with code {_process.ExitCode} before it listened on {Address}:\n{Output}");
            }

            try
            {
                // Any answer (the login redirect) means Kestrel is up and the schema is in place.
                using var response = await probe.GetAsync("Account/Login");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
            catch (TaskCanceledException)
            {
                await Task.Delay(200);
            }
        }

        throw new InvalidOperationException($"The coach host did not answer on {Address} within {limit.TotalSeconds} s:\n{Output}");
    }

    private static int FreeLoopbackPort()
    {
        // The port is free when asked; the host binds it a moment later (nothing else on this machine races for it).
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
