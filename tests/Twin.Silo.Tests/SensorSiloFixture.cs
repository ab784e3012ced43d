using Twin.Client;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>
/// A demo silo of its own for the sensor tests, which register sensors of their own: the shared demo
/// silo keeps exactly the demo's entities for the tests that compare with it.
/// </summary>
public sealed class SensorSiloFixture : IAsyncLifetime
{
    private SiloProcess? _silo;

    public SiloProcess Silo => _silo ?? throw new InvalidOperationException("not started");

    public TwinClient Connect() => TwinClient.Connect(Silo.GrpcAddress);

    public async ValueTask InitializeAsync() => _silo = await SiloProcess.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SensorSiloGroup : ICollectionFixture<SensorSiloFixture>
{
    public const string Name = "sensor silo";
}
