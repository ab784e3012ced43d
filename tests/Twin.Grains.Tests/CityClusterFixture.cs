using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;
using Twin.Grains.City;

[assembly: AssemblyFixture(typeof(Twin.Grains.Tests.CityClusterFixture))]

namespace Twin.Grains.Tests;

/// <summary>One Orleans test cluster of two silos with memory storage, shared by every test in the assembly.</summary>
public sealed class CityClusterFixture : IAsyncLifetime
{
    public const int SiloCount = 2;

    private readonly InProcessTestCluster _cluster;

    public CityClusterFixture()
    {
        var builder = new InProcessTestClusterBuilder(SiloCount);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<TimeProvider>(Time);
            silo.AddTwinGrains();
            silo.AddMemoryGrainStorage(StorageNames.City);
            silo.AddMemoryGrainStorage(StorageNames.Sensors);
            silo.Services.AddKeyedSingleton<IGrainStorage>(
                StorageNames.Sensors, (services, _) => new RecordingGrainStorage(MemoryGrainStorageFactory.Create(services, StorageNames.Sensors)));
            silo.UseInMemoryReminderService();
        });
        _cluster = builder.Build();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public IGrainFactory Grains => _cluster.Client;

    public int ActiveSilos => _cluster.GetActiveSilos().Count();

    /// <summary>Deactivates a grain so that its next call reads its state back from storage.</summary>
    public Task DeactivateAsync(IAddressable grain) => _cluster.DeactivateAsync(grain);

    /// <summary>The cluster's own serializer: what grain calls and grain storage write.</summary>
    public Serializer Serializer => _cluster.Client.ServiceProvider.GetRequiredService<Serializer>();

    public CityWriter Writer => new(Grains, Time);

    /// <summary>The reminders the cluster holds (one table for all silos).</summary>
    public Orleans.IReminderTable Reminders => _cluster.Silos[0].ServiceProvider.GetRequiredService<Orleans.IReminderTable>();

    public CityReader Reader => new(Grains);

    public async ValueTask InitializeAsync() => await _cluster.DeployAsync();

    public async ValueTask DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
    }
}
