using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>
/// Grain state and sensor histories in Azure Table storage (a real Azurite, chosen by ProviderType "AzureTable"
/// on the command line as in orleans.json): a silo killed with SIGKILL mid-stream keeps every acknowledged reading.
/// </summary>
public sealed class AzureTableSensorTests
{
    [Fact]
    public async Task Ingest_SiloKilledMidStream_EveryAcknowledgedReadingIsInAzureTableStorageAfterRestart()
    {
        await using var azurite = await AzuriteProcess.StartAsync();

        await KillMidStream.AssertAcknowledgedReadingsSurviveAsync(
            azurite.SiloArguments,
            first => Assert.Contains("keeps state in Azure table TwinGrainState", first.Log, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_AzureTableWithoutConnectionString_ExitsNamingTheSetting()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => SiloProcess.StartAsync("--Orleans:GrainStorage:city:ProviderType=AzureTable", "--Twin:Demo:SeedWhenEmpty=false"));

        Assert.Contains("Orleans:GrainStorage:city:ConnectionString", refused.Message, StringComparison.Ordinal);
    }
}
