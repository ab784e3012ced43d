using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Providers;
using Twin.Grains.AzureTable;

[assembly: RegisterProvider("AzureTable", "GrainStorage", "Silo", typeof(AzureTableGrainStorageProviderBuilder))]

namespace Twin.Grains.AzureTable;

/// <summary>Lets orleans.json choose this provider: <c>Orleans:GrainStorage:&lt;name&gt;:ProviderType</c> "AzureTable".</summary>
internal sealed class AzureTableGrainStorageProviderBuilder : IProviderBuilder<ISiloBuilder>
{
    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection)
    {
        ArgumentNullException.ThrowIfNull(name);
        builder.AddAzureTableGrainStorage(name, (OptionsBuilder<AzureTableStorageOptions> options) => options.Bind(configurationSection));
    }
}
