using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Twin.Grains.AzureTable;

/// <summary>Adds a named grain storage provider that keeps state in Azure Table storage.</summary>
public static class AzureTableGrainStorageExtensions
{
    public static ISiloBuilder AddAzureTableGrainStorage(this ISiloBuilder silo, string name, Action<AzureTableStorageOptions> configure) =>
        silo.AddAzureTableGrainStorage(name, builder => builder.Configure(configure));

    public static ISiloBuilder AddAzureTableGrainStorage(this ISiloBuilder silo, string name, Action<OptionsBuilder<AzureTableStorageOptions>> configure)
    {
        configure(silo.Services.AddOptions<AzureTableStorageOptions>(name));
        silo.Services.AddTransient<IConfigurationValidator>(
            services => new AzureTableStorageOptionsValidator(services.GetRequiredService<IOptionsMonitor<AzureTableStorageOptions>>().Get(name), name));
        silo.Services.AddGrainStorage(name, Create);
        return silo;
    }

    private static AzureTableGrainStorage Create(IServiceProvider services, string name) => new(
        name,
        services.GetRequiredService<IOptionsMonitor<AzureTableStorageOptions>>().Get(name),
        services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
        services.GetRequiredService<IGrainStorageSerializer>(),
        services.GetRequiredService<ILogger<AzureTableGrainStorage>>());
}
