using Google.Protobuf.WellKnownTypes;
using Twin.Api.V1;
using Twin.Client;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>
/// The durability check every store must pass: a silo on the store is killed with SIGKILL in the
/// middle of a stream of readings and started again; every reading it acknowledged is there, and
/// so is the scenario a planner saved before.
/// </summary>
internal static class KillMidStream
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <param name="siloArgs">The arguments that put the silo's storage in the store under test.</param>
    /// <param name="checkFirst">What to check on the first silo before it is started again (its log, say).</param>
    public static async Task AssertAcknowledgedReadingsSurviveAsync(string[] siloArgs, Action<SiloProcess>? checkFirst = null)
    {
        string[] args = [.. siloArgs, "--Twin:Demo:SeedWhenEmpty=false", "--Twin:Demo:SimulatedFeed:Enabled=false"];
        var start = DateTime.UtcNow.AddHours(-3);
        var acknowledged = new List<DateTime>();
        string sensor;
        var first = await SiloProcess.StartAsync(args);
        try
        {
            using var client = TwinClient.Connect(first.GrpcAddress);
            sensor = await SensorCliTests.RegisterAirSensorAsync(client, Cancel);
            await client.Scenarios.CreateScenarioAsync(new CreateScenarioRequest { Id = "durable-plan", Name = "Bewaard plan" }, cancellationToken: Cancel);
            var edit = new EditScenarioRequest { Id = "durable-plan" };
            edit.Edits.Add(new ScenarioEdit { ScaleDemand = 1.2 });
            await client.Scenarios.EditScenarioAsync(edit, cancellationToken: Cancel);
            using var call = client.Sensors.Ingest(cancellationToken: Cancel);
            for (ulong sequence = 1; sequence <= 10; sequence++)
            {
                var batch = Batch(sensor, start, sequence);
                await call.RequestStream.WriteAsync(batch, Cancel);
                Assert.True(await call.ResponseStream.MoveNext(Cancel));
                Assert.Equal((sequence, 200), (call.ResponseStream.Current.Sequence, call.ResponseStream.Current.Stored));
                acknowledged.AddRange(batch.Readings.Select(r => r.Time.ToDateTime()));
            }

            // One more batch on its way when the silo dies: it may or may not be stored, but it was never acknowledged.
            await call.RequestStream.WriteAsync(Batch(sensor, start, 11), Cancel);
            await first.KillAsync();
            checkFirst?.Invoke(first);
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
        var plan = await again.Scenarios.GetScenarioAsync(new GetScenarioRequest { Id = "durable-plan" }, cancellationToken: Cancel);

        Assert.Equal(sensor, registered.Sensor.Id);
        Assert.DoesNotContain(acknowledged, t => !times.Contains(t));
        Assert.InRange(times.Count, acknowledged.Count, acknowledged.Count + 200);
        Assert.Equal(("Bewaard plan", 2L, 1.2), (plan.Name, plan.Version, Assert.Single(plan.Edits).ScaleDemand));
    }

    /// <summary>200 readings a second apart, batch after batch.</summary>
    private static ReadingBatch Batch(string sensor, DateTime start, ulong sequence)
    {
        var batch = new ReadingBatch { Sequence = sequence };
        batch.Readings.AddRange(Enumerable.Range(0, 200).Select(i => SensorApiTests.Reading(sensor, start.AddSeconds((((int)sequence - 1) * 200) + i), "no2", 15 + (i % 9))));
        return batch;
    }
}
