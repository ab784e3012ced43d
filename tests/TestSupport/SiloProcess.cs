using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
namespace Twin.Testing;

/// <summary>
/// A real Twin silo in its own process on free loopback ports, started from the built
/// Twin.Silo.dll with the repository's orleans.json and command-line overrides.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly Lock _logLock = new();

    private static readonly HashSet<int> _handedOut = [];

    private SiloProcess(Process process, int httpPort, int grpcPort)
    {
        _process = process;
        HttpPort = httpPort;
        GrpcPort = grpcPort;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int HttpPort { get; }

    public int GrpcPort { get; }

    public string GrpcAddress => $"http://127.0.0.1:{GrpcPort}";

    public string HttpAddress => $"http://127.0.0.1:{HttpPort}";

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    public int ExitCode => _process.ExitCode;

    public string Log
    {
        get
        {
            lock (_logLock)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts a silo and waits until it reports healthy (demo seeded when asked).</summary>
    public static Task<SiloProcess> StartAsync(params string[] extraArgs) => StartAsync(extraArgs, serverGc: false);

    /// <summary>Starts a silo with the given arguments; tests use workstation GC to stay small, benchmarks the configured server GC.</summary>
    public static async Task<SiloProcess> StartAsync(IEnumerable<string> extraArgs, bool serverGc)
    {
        for (var attempt = 1; ; attempt++)
        {
            var process = Launch(extraArgs, serverGc);
            try
            {
                await process.WaitUntilHealthyAsync();
                return process;
            }
            catch (InvalidOperationException error) when (attempt < 3 && error.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                // Another process took one of the free ports between the check and the bind: new ports.
                await process.DisposeAsync();
            }
            catch
            {
                await process.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Starts a silo without waiting for it to be ready (a test that kills it while it seeds); <see cref="WaitUntilHealthyAsync"/> waits.</summary>
    public static SiloProcess Launch(IEnumerable<string> extraArgs, bool serverGc = false)
    {
        var (http, grpc, silo) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Directory.CreateTempSubdirectory("twin-silo-").FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SiloDll());
        foreach (var arg in new[] { $"--Twin:HttpPort={http}", $"--Twin:GrpcPort={grpc}", $"--Orleans:Endpoints:SiloPort={silo}" }.Concat(extraArgs))
        {
            start.ArgumentList.Add(arg);
        }

        if (!serverGc)
        {
            start.Environment["DOTNET_gcServer"] = "0";
        }

        return new SiloProcess(Process.Start(start)!, http, grpc);
    }

    /// <summary>SIGKILL, as a crash or a pulled plug: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does, and waits for the process to end.</summary>
    public async Task<bool> InterruptAsync(TimeSpan timeout)
    {
        using var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
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

    /// <summary>Waits until /healthz says Healthy (the demo seeded when asked); throws when the silo exits or takes too long.</summary>
    public async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The silo exited with code {_process.ExitCode} while starting:\n{Log}");
            }

            try
            {
                var body = await http.GetStringAsync($"{HttpAddress}/healthz");
                if (body == "Healthy")
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The silo did not become healthy within {StartTimeout}:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logLock)
        {
            _log.AppendLine(line);
        }
    }

    private static string SiloDll()
    {
        // tests/Twin.Silo.Tests/bin/<Configuration>/net10.0 -> silo/Twin.Silo/bin/<Configuration>/net10.0
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(RepositoryPaths.Root, "silo", "Twin.Silo", "bin", configuration, "net10.0", "Twin.Silo.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the silo first (dotnet build).", path);
    }

    /// <summary>
    /// A loopback port nobody listens on right now, below the kernel's ephemeral range (32768 and up
    /// on Linux), so that no outgoing connection of the test run takes it before the silo binds it;
    /// each port is handed out once per test process.
    /// </summary>
    public static int FreePort()
    {
        lock (_handedOut)
        {
            while (true)
            {
                var port = Random.Shared.Next(20_000, 32_000);
                if (!_handedOut.Add(port))
                {
                    continue;
                }

                try
                {
                    using var listener = new TcpListener(IPAddress.Loopback, port);
                    listener.Start();
                    return port;
                }
                catch (SocketException)
                {
                    // In use: try another.
                }
            }
        }
    }
}
