using Twin.Client;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>A silo that starts empty (no demo), for import tests; uploads are capped at 2 MB so the limit can be tested.</summary>
public sealed class EmptySiloFixture : IAsyncLifetime
{
    public const long UploadLimit = 2_000_000;

    private SiloProcess? _silo;

    public SiloProcess Silo => _silo ?? throw new InvalidOperationException("not started");

    public TwinClient Connect() => TwinClient.Connect(Silo.GrpcAddress);

    public async ValueTask InitializeAsync() =>
        _silo = await SiloProcess.StartAsync("--Twin:Demo:SeedWhenEmpty=false", $"--Twin:Import:MaxUploadBytes={UploadLimit}");

    public async ValueTask DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }
}
