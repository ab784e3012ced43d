using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Twin.Api.V1;
using Twin.Client;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>
/// Two silos on loopback with membership, grain state and reminders in one real Redis. One silo is killed
/// with SIGKILL while a client ingests readings and queries; the client, given both addresses, carries on
/// on the survivor, and nothing acknowledged or saved before is lost.
/// </summary>
public sealed class ClusterFailoverTests
{
    /// <summary>The most a client may wait for the cluster to serve again after a silo dies; failing past it fails the test.</summary>
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(60);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cluster_SiloKilledWhileClientIngests_ClientRecoversOnSurvivorAndNothingAcknowledgedIsLost()
    {
        await using var redis = await RedisProcess.StartAsync();
        string[] args = [.. redis.ClusterArguments, "--Twin:Demo:SeedWhenEmpty=false", "--Twin:Demo:SimulatedFeed:Enabled=false"];
        await using var first = await SiloProcess.StartAsync(args);
        await using var second = await SiloProcess.StartAsync(args);
        var sensors = new List<string>();
        var scenarios = new List<string>();
        using (var setup = TwinClient.Connect([first.GrpcAddress, second.GrpcAddress]))
        {
            for (var i = 0; i < 12; i++)
            {
                sensors.Add(await SensorCliTests.RegisterAirSensorAsync(setup, Cancel));
            }

            for (var i = 0; i < 3; i++)
            {
                var id = $"cluster-plan-{Guid.NewGuid():N}"[..40];
                await setup.Scenarios.CreateScenarioAsync(new CreateScenarioRequest { Id = id, Name = $"Plan {i}", Description = "saved before the crash" }, cancellationToken: Cancel);
                scenarios.Add(id);
            }
        }

        // Orleans places the grains on either silo (by load): the one holding sensors or scenarios is
        // killed, and the client is given it first, so that the client has to fail over.
        var placed = await ClusterAsync(second);
        var onFirst = placed.ActivationsOnOthers("SensorGrain") + placed.ActivationsOnOthers("ScenarioGrain");
        var (doomed, survivor) = onFirst > 0 ? (first, second) : (second, first);
        using var client = TwinClient.Connect([doomed.GrpcAddress, survivor.GrpcAddress]);
        var load = new ReadingLoad(client, sensors, DateTime.UtcNow.AddHours(-2));
        await load.RunAsync(batches: 12, Cancel);
        var before = await ClusterAsync(survivor);
        Assert.Equal(2, before.Active.Count);
        Assert.True(before.ActivationsOnOthers("SensorGrain") + before.ActivationsOnOthers("ScenarioGrain") > 0, "no sensor or scenario grain on the silo to be killed: " + before);

        var killedAt = Stopwatch.GetTimestamp();
        await doomed.KillAsync();
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        bound.CancelAfter(RecoveryBound);
        await load.RunAsync(batches: 24, bound.Token);
        var recovered = Stopwatch.GetElapsedTime(killedAt);

        foreach (var sensor in sensors)
        {
            var stored = await client.Sensors.GetSeriesAsync(new GetSeriesRequest
            {
                SensorId = sensor, Quantity = "no2", Resolution = SeriesResolution.Raw,
                From = Timestamp.FromDateTime(load.Start.AddHours(-1)), To = Timestamp.FromDateTime(DateTime.UtcNow),
            }, cancellationToken: Cancel);
            var times = stored.Readings.Select(r => r.Time.ToDateTime()).ToHashSet();
            Assert.All(load.Acknowledged(sensor), t => Assert.Contains(t, times));
        }

        foreach (var id in scenarios)
        {
            var scenario = await client.Scenarios.GetScenarioAsync(new GetScenarioRequest { Id = id }, cancellationToken: Cancel);
            Assert.Equal("saved before the crash", scenario.Description);
        }

        var after = await ClusterAsync(survivor);
        Assert.Equal([after.Self], after.Active);
        Assert.True(after.ActivationsOnSelf("SensorGrain") >= sensors.Count && after.ActivationsOnSelf("ScenarioGrain") >= scenarios.Count, "not every grain reactivated on the survivor: " + after);
        Assert.True(recovered < RecoveryBound, $"recovered after {recovered}");
        TestContext.Current.SendDiagnosticMessage($"client served again {load.FirstSuccessAfter(killedAt):0.0} s after the kill");
    }

    private static async Task<ClusterView> ClusterAsync(SiloProcess silo)
    {
        using var http = new HttpClient();
        var json = await http.GetFromJsonAsync<JsonElement>($"{silo.HttpAddress}/cluster", Cancel);
        return new ClusterView(json);
    }

    /// <summary>What /cluster says: which silos are active, and the grain activations of the silo asked.</summary>
    private sealed class ClusterView(JsonElement json)
    {
        public override string ToString() => json.GetRawText();

        public string Self { get; } = json.GetProperty("silo").GetString()!;

        public List<string> Active { get; } = [.. json.GetProperty("silos").EnumerateArray()
            .Where(s => s.GetProperty("status").GetString() == "Active").Select(s => s.GetProperty("address").GetString()!)];

        public int ActivationsOnSelf(string grainType) => Activations(grainType, self: true);

        public int ActivationsOnOthers(string grainType) => Activations(grainType, self: false);

        private int Activations(string grainType, bool self) => json.GetProperty("silos").EnumerateArray()
            .Where(s => s.GetProperty("self").GetBoolean() == self && s.GetProperty("status").GetString() == "Active")
            .Sum(s => s.GetProperty("activations").TryGetProperty(grainType, out var count) ? count.GetInt32() : 0);
    }
}
