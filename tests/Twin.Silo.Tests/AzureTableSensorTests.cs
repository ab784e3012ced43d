using Google.Protobuf.WellKnownTypes;
using Twin.Api.V1;
using Twin.Client;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>
/// Grain state and sensor histories in Azure Table storage (a real Azurite, chosen by ProviderType "AzureTable"
/// on the command line as in orleans.json): a silo killed with SIGKILL mid-stream keeps every acknowledged reading.
/// </summary>
public sealed class AzureTableSensorTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_SiloKilledMidStream_EveryAcknowledgedReadingIsInAzureTableStorageAfterRestart()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        string[] args = [.. azurite.SiloArguments, "--Twin:Demo:SeedWhenEmpty=false", "--Twin:Demo:SimulatedFeed:Enabled=false"];
        var start = DateTime.UtcNow.AddHours(-3);
        var acknowledged = new List<DateTime>();
        string sensor;
        var first = await SiloProcess.StartAsync(args);
        try
        {
            using var client = TwinClient.Connect(first.GrpcAddress);
            sensor = await SensorCliTests.RegisterAirSensorAsync(client, Cancel);
            using var call = client.Sensors.Ingest(cancellationToken: Cancel);
            for (ulong sequence = 1; sequence <= 10; sequence++)
            {
                var batch = DurableSensorTests.Batch(sensor, start, sequence);
                await call.RequestStream.WriteAsync(batch, Cancel);
                Assert.True(await call.ResponseStream.MoveNext(Cancel));
                Assert.Equal((sequence, 200), (call.ResponseStream.Current.Sequence, call.ResponseStream.Current.Stored));
                acknowledged.AddRange(batch.Readings.Select(r => r.Time.ToDateTime()));
            }

            // One more batch on its way when the silo dies: it may or may not be stored, but it was never acknowledged.
            await call.RequestStream.WriteAsync(DurableSensorTests.Batch(sensor, start, 11), Cancel);
            await first.KillAsync();
            Assert.Contains("keeps state in Azure table TwinGrainState", first.Log, StringComparison.Ordinal);
        }
        finally
        {
            await first.DisposeAsync();
        }

        await using var second = await SiloProcess.StartAsync(args);
        using var again = TwinClient.Connect(second.GrpcAddress);
        var registered = await again.Sensors.GetSensorAsync(new GetSensorRequest { SensorId = sensor }, cancellationToken: Cancel);
        var stored = await again.Sensors.GetSeriesAsync(new GetSeriesRequest
        {
            SensorId = sensor, Quantity = "no2", Resolution = SeriesResolution.Raw,
            From = Timestamp.FromDateTime(start.AddHours(-1)), To = Timestamp.FromDateTime(DateTime.UtcNow),
        }, cancellationToken: Cancel);
        var times = stored.Readings.Select(r => r.Time.ToDateTime()).ToHashSet();

        Assert.Equal(sensor, registered.Sensor.Id);
        Assert.DoesNotContain(acknowledged, t => !times.Contains(t));
        Assert.InRange(times.Count, acknowledged.Count, acknowledged.Count + 200);
    }

    [Fact]
    public async Task Start_AzureTableWithoutConnectionString_ExitsNamingTheSetting()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => SiloProcess.StartAsync("--Orleans:GrainStorage:city:ProviderType=AzureTable", "--Twin:Demo:SeedWhenEmpty=false"));

        Assert.Contains("Orleans:GrainStorage:city:ConnectionString", refused.Message, StringComparison.Ordinal);
    }
}
