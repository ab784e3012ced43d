using Twin.Client;
using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Testing;

[assembly: AssemblyFixture(typeof(Twin.Silo.Tests.DemoSiloFixture))]

namespace Twin.Silo.Tests;

/// <summary>A silo process as `dotnet run --project silo/Twin.Silo` starts it: demo seeded, default settings, free ports.</summary>
public sealed class DemoSiloFixture : IAsyncLifetime
{
    private SiloProcess? _silo;

    public SiloProcess Silo => _silo ?? throw new InvalidOperationException("not started");

    /// <summary>What the silo seeded, generated again here with the same (default) options.</summary>
    public CitySet Demo { get; } = CitySet.From(DemoDistrict.Generate(DemoOptions.Default).All().Select(CityPrecision.Normalize));

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
