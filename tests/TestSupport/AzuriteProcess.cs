using System.Diagnostics;

namespace Twin.Testing;

/// <summary>
/// A real Azurite (the Azure Storage emulator, npm package installed by tests/setup.sh into tests/azurite) serving
/// the Table service on a free loopback port, with a throwaway folder for its data.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account; its key is public, the same in every Azurite.</summary>
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly string _directory;

    private AzuriteProcess(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>The silo arguments that put grain state and sensor histories in this Azurite (reminders stay as configured).</summary>
    public string[] SiloArguments =>
    [
        "--Orleans:GrainStorage:city:ProviderType=AzureTable", $"--Orleans:GrainStorage:city:ConnectionString={ConnectionString}",
        "--Orleans:GrainStorage:sensors:ProviderType=AzureTable", $"--Orleans:GrainStorage:sensors:ConnectionString={ConnectionString}",
    ];

    /// <summary>Starts Azurite's Table service, or skips the test (fails it under CI=true) when node or Azurite is missing.</summary>
    public static async Task<AzuriteProcess> StartAsync()
    {
        var node = FindOnPath("node");
        var main = Path.Combine(RepositoryPaths.Root, "tests", "azurite", "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (node is null || !File.Exists(main))
        {
            var reason = node is null ? "node is not on PATH (tests/setup.sh needs Node.js)" : $"{main} is missing (tests/setup.sh installs Azurite)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
        }

        var directory = Directory.CreateTempSubdirectory("twin-azurite-").FullName;
        var port = SiloProcess.FreePort();
        var start = new ProcessStartInfo(node);
        foreach (var arg in new[] { main, "--tableHost", "127.0.0.1", "--tablePort", $"{port}", "--location", directory, "--skipApiVersionCheck", "--loose", "--silent", "--disableTelemetry" })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            return new AzuriteProcess(await ListeningProcess.StartAsync(start, port, "Azurite"), directory, port);
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    public ValueTask DisposeAsync() => new(ListeningProcess.StopAsync(_process, _directory));

    private static string? FindOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);
}
