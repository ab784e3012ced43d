using System.Diagnostics;

namespace Twin.Testing;

/// <summary>
/// A real Redis (Debian's redis-server, installed by tests/setup.sh) on a free loopback port with a
/// throwaway directory, append-only file on and fsync on every write, as the durability tests and the
/// load commands need (the tests' skip-when-missing start is in RedisProcess.Tests.cs).
/// </summary>
public sealed partial class RedisProcess : IAsyncDisposable
{
    private const string Executable = "/usr/bin/redis-server";

    private readonly Process _process;
    private readonly string _directory;

    private RedisProcess(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>The silo arguments that put grain state, sensor histories and reminders in this Redis.</summary>
    public string[] SiloArguments =>
    [
        "--Orleans:GrainStorage:city:ProviderType=Redis", $"--Orleans:GrainStorage:city:ConnectionString={ConnectionString}",
        "--Orleans:GrainStorage:sensors:ProviderType=Redis", $"--Orleans:GrainStorage:sensors:ConnectionString={ConnectionString}",
        "--Orleans:Reminders:ProviderType=Redis", $"--Orleans:Reminders:ConnectionString={ConnectionString}",
    ];

    /// <summary>As <see cref="SiloArguments"/>, and cluster membership in this Redis too: silos started with them form one cluster.</summary>
    public string[] ClusterArguments =>
    [
        .. SiloArguments,
        "--Orleans:Clustering:ProviderType=Redis", $"--Orleans:Clustering:ConnectionString={ConnectionString}",
    ];

    /// <summary>Whether redis-server is installed here (tests/setup.sh installs it).</summary>
    public static bool IsInstalled => File.Exists(Executable);

    /// <summary>Why Redis cannot be started here, or null when it can.</summary>
    public static string? Missing => IsInstalled ? null : $"{Executable} is not installed (tests/setup.sh installs it)";

    /// <summary>Starts Redis; throws naming what is missing when redis-server is not installed (the load commands' way).</summary>
    public static async Task<RedisProcess> LaunchAsync()
    {
        if (Missing is { } missing)
        {
            throw new InvalidOperationException(missing);
        }

        var directory = Directory.CreateTempSubdirectory("twin-redis-").FullName;
        var port = SiloProcess.FreePort();
        var start = new ProcessStartInfo(Executable);
        foreach (var arg in new[] { "--port", $"{port}", "--bind", "127.0.0.1", "--dir", directory, "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--protected-mode", "no" })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            return new RedisProcess(await ListeningProcess.StartAsync(start, port, "redis-server"), directory, port);
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>How many keys Redis holds now (DBSIZE): grain states, staged import chunks, membership, ...</summary>
    public async Task<long> KeyCountAsync()
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync("127.0.0.1", Port);
        var stream = client.GetStream();
        await stream.WriteAsync("*1\r\n$6\r\nDBSIZE\r\n"u8.ToArray());
        using var reader = new StreamReader(stream);
        var reply = await reader.ReadLineAsync() ?? "";
        return reply.StartsWith(':') ? long.Parse(reply[1..], System.Globalization.CultureInfo.InvariantCulture) : throw new InvalidOperationException($"DBSIZE answered '{reply}'");
    }

    private bool _stopped;

    /// <summary>Stops Redis and deletes its folder; a second call does nothing (a test may stop it early).</summary>
    public ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return ValueTask.CompletedTask;
        }

        _stopped = true;
        return new(ListeningProcess.StopAsync(_process, _directory));
    }
}
