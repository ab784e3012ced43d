using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Storage;

namespace Twin.Grains;

/// <summary>What every silo of Twin needs from the grains side, for the real host and the test cluster alike.</summary>
public static class TwinSiloBuilderExtensions
{
    public static ISiloBuilder AddTwinGrains(this ISiloBuilder silo)
    {
        // Grain state is stored in Orleans' own binary format: version-tolerant through the [Id]s on every
        // record, several times faster than the default JSON serializer, and exact for doubles and
        // immutable collections.
        silo.Services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
        silo.Services.TryAddSingleton(TimeProvider.System);
        return silo;
    }
}
