using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Serialization;
using Orleans.Storage;
using Twin.Grains.AzureTable;
using Twin.Testing;

namespace Twin.Grains.Tests;

/// <summary>An <see cref="AzureTableGrainStorage"/> on a real Azurite of its own, with Orleans' binary serializer as the silo has.</summary>
public sealed class AzuriteGrainStorage : IAsyncDisposable
{
    public const string ServiceId = "twin-test";

    private static readonly IGrainStorageSerializer Serializer =
        new OrleansGrainStorageSerializer(new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>());

    private readonly AzuriteProcess _azurite;

    private AzuriteGrainStorage(AzuriteProcess azurite, AzureTableStorageOptions options, AzureTableGrainStorage storage)
    {
        _azurite = azurite;
        Options = options;
        Storage = storage;
    }

    public AzureTableGrainStorage Storage { get; }

    public AzureTableStorageOptions Options { get; }

    public static async Task<AzuriteGrainStorage> StartAsync(bool deleteStateOnClear = true)
    {
        var azurite = await AzuriteProcess.StartAsync();
        var options = new AzureTableStorageOptions { ConnectionString = azurite.ConnectionString, DeleteStateOnClear = deleteStateOnClear };
        var storage = new AzureTableGrainStorage("test", options, ServiceId, Serializer, NullLogger<AzureTableGrainStorage>.Instance);
        await storage.InitializeAsync(TestContext.Current.CancellationToken);
        return new AzuriteGrainStorage(azurite, options, storage);
    }

    /// <summary>The row keys stored for one state, read straight from the table.</summary>
    public async Task<List<string>> RowKeysAsync(string stateName, GrainId grainId)
    {
        var table = new TableClient(Options.ConnectionString, Options.TableName);
        var partition = StateRowKeys.PartitionKey(ServiceId, stateName, grainId);
        var keys = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey"]))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }

    public ValueTask DisposeAsync() => _azurite.DisposeAsync();
}
