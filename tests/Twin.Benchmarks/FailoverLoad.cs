using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Twin.Api.V1;
using Twin.Client;
using Twin.Testing;

namespace Twin.Benchmarks;

/// <summary>
/// The failover load command: a real Redis (AOF, fsync always) holding membership, grain state and reminders,
/// two silos in one cluster, and sensor operators' clients that ingest readings and query sensors against both
/// silos' addresses. Each round SIGKILLs the silo the clients talk to, measures how long until a client's
/// first call succeeds again and until every client's calls all succeed again, checks that every acknowledged
/// reading is stored, and starts a fresh silo in its place for the next round. Prints min, median and max.
/// </summary>
public static class FailoverLoad
{
    /// <summary>How long the benchmark's clients try other silos before a call fails to the caller (who then repeats it).</summary>
    private static readonly TimeSpan FailoverWindow = TimeSpan.FromSeconds(2);

    /// <summary>The most a round may take to recover; past it the command fails.</summary>
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = IntOption(args, "--rounds", 3);
        var clients = IntOption(args, "--clients", 4);
        var perClient = IntOption(args, "--sensors-per-client", 4);
        var extra = args.SkipWhile(a => a != "--").Skip(1).ToArray();
        Console.WriteLine($"failover-load: {rounds} rounds, {clients} clients with {perClient} sensors each, failover window {FailoverWindow.TotalSeconds:0} s; silo args: {string.Join(' ', extra)}");

        await using var redis = await RedisProcess.LaunchAsync();
        string[] siloArgs = [.. redis.ClusterArguments, "--Twin:Demo:SeedWhenEmpty=false", "--Twin:Demo:SimulatedFeed:Enabled=false", .. extra];
        var doomed = await SiloProcess.StartAsync(siloArgs, serverGc: false);
        var other = await SiloProcess.StartAsync(siloArgs, serverGc: false);
        var results = new List<Round>();
        try
        {
            for (var round = 1; round <= rounds; round++)
            {
                Round result;
                try
                {
                    result = await RoundAsync(round, doomed, other, clients, perClient);
                }
                catch (OperationCanceledException)
                {
                    var log = other.Log.Split('\n');
                    Console.WriteLine($"round {round}: the cluster did not serve every call again within {RecoveryBound.TotalSeconds:0} s; the survivor's log ends:");
                    Console.WriteLine(string.Join('\n', log[Math.Max(0, log.Length - 40)..]));
                    return 1;
                }

                results.Add(result);
                Console.WriteLine($"round {round}: {result.SensorsOnKilled} of {result.Sensors} sensor grains on the killed silo; first call served {result.FirstSuccess:0.00} s after the kill, all calls served {result.AllSucceeding:0.00} s after it, silo declared dead after {result.DeclaredDead:0.00} s; {result.Failures} failed calls repeated, {result.Acknowledged:N0} acknowledged readings all stored");

                // The survivor is the next round's victim; a new silo joins in place of the killed one.
                await doomed.DisposeAsync();
                (doomed, other) = (other, await SiloProcess.StartAsync(siloArgs, serverGc: false));
            }
        }
        finally
        {
            await doomed.DisposeAsync();
            await other.DisposeAsync();
        }

        Console.WriteLine();
        Console.WriteLine("| after SIGKILL of the silo the clients talk to | min | median | max |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine(Row("a client's first successful call", results.Select(r => r.FirstSuccess)));
        Console.WriteLine(Row("every client's calls succeed again", results.Select(r => r.AllSucceeding)));
        Console.WriteLine(Row("the survivor's membership lists the killed silo as dead", results.Select(r => r.DeclaredDead)));
        return 0;
    }

    private static async Task<Round> RoundAsync(int round, SiloProcess doomed, SiloProcess survivor, int clients, int perClient)
    {
        // The doomed silo is listed first, so every client talks to it until it dies and must fail over.
        using var client = TwinClient.Connect([doomed.GrpcAddress, survivor.GrpcAddress], FailoverWindow);
        // Far enough back that the readings of a long round (one a second per sensor) stay in the past.
        var start = DateTime.UtcNow.AddHours(-20);
        var loads = new List<(ReadingLoad Load, string[] Sensors)>();
        for (var c = 0; c < clients; c++)
        {
            var sensors = new string[perClient];
            for (var s = 0; s < perClient; s++)
            {
                sensors[s] = string.Create(CultureInfo.InvariantCulture, $"failover-{round}-{c}-{s}");
                await IngestLoad.RegisterOneAsync(client, sensors[s]);
            }

            loads.Add((new ReadingLoad(client, sensors, start), sensors));
        }

        // Warm up: every sensor's grain is active (on either silo) and has readings.
        await Task.WhenAll(loads.Select(l => l.Load.RunAsync(2 * perClient, CancellationToken.None)));

        // Where the sensors' grains are: those on the doomed silo must be activated again on the survivor.
        var before = await ClusterAsync(doomed);
        var doomedAddress = before.GetProperty("silo").GetString()!;
        var onDoomed = Activations(before, doomedAddress, "SensorGrain");

        using var bound = new CancellationTokenSource(RecoveryBound);
        var killedAt = Stopwatch.GetTimestamp();
        await doomed.KillAsync();
        var declaredDead = DeclaredDeadAsync(survivor, doomedAddress, killedAt, bound.Token);
        await Task.WhenAll(loads.Select(l => UntilSteadyAsync(l.Load, perClient, killedAt, bound.Token)));
        var dead = await declaredDead;

        var acknowledged = 0;
        foreach (var (load, sensors) in loads)
        {
            acknowledged += await CheckStoredAsync(client, load, sensors);
        }

        return new Round(
            loads.Min(l => l.Load.FirstSuccessAfter(killedAt)),
            loads.Max(l => l.Load.AllSucceedingAfter(killedAt)),
            loads.Sum(l => l.Load.Failures),
            acknowledged,
            dead,
            onDoomed,
            clients * perClient);
    }

    /// <summary>Keeps one client going until, at least five seconds after the kill, it has gone round its sensors twice without a failed call.</summary>
    private static async Task UntilSteadyAsync(ReadingLoad load, int sensors, long killedAt, CancellationToken cancellationToken)
    {
        var streak = 0;
        while (streak < 2 * sensors || Stopwatch.GetElapsedTime(killedAt) < TimeSpan.FromSeconds(5))
        {
            var failures = load.Failures;
            await load.RunAsync(1, cancellationToken);
            streak = load.Failures == failures ? streak + 1 : 0;
        }
    }

    /// <summary>Every reading the server acknowledged to the client is in the sensor's history; returns how many there were.</summary>
    private static async Task<int> CheckStoredAsync(TwinClient client, ReadingLoad load, string[] sensors)
    {
        var count = 0;
        foreach (var sensor in sensors)
        {
            var stored = await client.Sensors.GetSeriesAsync(new GetSeriesRequest
            {
                SensorId = sensor, Quantity = "no2", Resolution = SeriesResolution.Raw,
                From = Timestamp.FromDateTime(load.Start.AddHours(-1)), To = Timestamp.FromDateTime(DateTime.UtcNow),
            });
            var times = stored.Readings.Select(r => r.Time.ToDateTime()).ToHashSet();
            var acknowledged = load.Acknowledged(sensor);
            var missing = acknowledged.Count(t => !times.Contains(t));
            if (missing > 0)
            {
                throw new InvalidOperationException($"{sensor}: {missing} of {acknowledged.Count} acknowledged readings are not stored");
            }

            count += acknowledged.Count;
        }

        return count;
    }

    private static string Row(string measure, IEnumerable<double> seconds)
    {
        var sorted = seconds.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"| {measure} | {sorted[0]:0.00} s | {sorted[sorted.Length / 2]:0.00} s | {sorted[^1]:0.00} s |");
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>Seconds from the kill until the survivor's membership view lists the killed silo as dead.</summary>
    private static async Task<double> DeclaredDeadAsync(SiloProcess survivor, string address, long killedAt, CancellationToken cancellationToken)
    {
        while (true)
        {
            var view = await ClusterAsync(survivor);
            if (view.ValueKind == JsonValueKind.Object && view.GetProperty("silos").EnumerateArray().Any(s => s.GetProperty("address").GetString() == address && s.GetProperty("status").GetString() == "Dead"))
            {
                return Stopwatch.GetElapsedTime(killedAt).TotalSeconds;
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>The silo's /cluster page: the silos of the cluster, their status and grain activations.</summary>
    private static async Task<JsonElement> ClusterAsync(SiloProcess silo)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            return await http.GetFromJsonAsync<JsonElement>($"{silo.HttpAddress}/cluster");
        }
        catch (HttpRequestException)
        {
            // The page failed while the cluster recovers: asked again.
            return default;
        }
    }

    private static int Activations(JsonElement view, string address, string grainType) => view.GetProperty("silos").EnumerateArray()
        .Where(s => s.GetProperty("address").GetString() == address)
        .Sum(s => s.GetProperty("activations").TryGetProperty(grainType, out var count) ? count.GetInt32() : 0);

    private sealed record Round(double FirstSuccess, double AllSucceeding, int Failures, int Acknowledged, double DeclaredDead, int SensorsOnKilled, int Sensors);
}
