using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Twin.Api.V1;
using Twin.Client;
using Twin.Testing;

namespace Twin.Benchmarks;

/// <summary>
/// The city-scale load command: starts a real silo that seeds the city-scale synthetic set
/// (about 100,000 entities) through the same writer an import uses, measures how fast it wrote,
/// what every activated entity costs in memory against an empty silo, and how fast area queries
/// answer over gRPC on loopback.
/// </summary>
public static partial class CityLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var queries = IntOption(args, "--queries", 2_000);
        var concurrency = IntOption(args, "--concurrency", 8);
        var boxSize = IntOption(args, "--box", 500);
        Console.WriteLine($"city-load: {queries} queries of {boxSize} m boxes, 1 and {concurrency} clients");

        var empty = await MeasureEmptySiloAsync();
        await using var silo = await SiloProcess.StartAsync(["--Twin:Demo:Scale=City"], serverGc: true);
        var seeded = SeedLine().Match(silo.Log);
        if (!seeded.Success)
        {
            Console.Error.WriteLine("The silo did not report seeding:\n" + silo.Log);
            return 1;
        }

        var entities = int.Parse(seeded.Groups["created"].Value, CultureInfo.InvariantCulture);
        var seconds = double.Parse(seeded.Groups["seconds"].Value, CultureInfo.InvariantCulture);
        var memory = ProcessMemory.Of(silo.ProcessId);

        using var client = TwinClient.Connect(silo.GrpcAddress);
        var stats = await client.City.GetStatsAsync(new GetStatsRequest());
        var boxes = RandomBoxes(stats.Extent, boxSize, queries);
        var sequential = await QueryAsync(client, boxes, 1);
        var parallel = await QueryAsync(client, boxes, concurrency);

        Report(entities, seconds, stats, empty, memory, sequential, parallel, concurrency, boxSize);
        return 0;
    }

    private static async Task<ProcessMemory> MeasureEmptySiloAsync()
    {
        await using var silo = await SiloProcess.StartAsync(["--Twin:Demo:SeedWhenEmpty=false"], serverGc: true);
        return ProcessMemory.Of(silo.ProcessId);
    }

    private static List<BoundingBox> RandomBoxes(BoundingBox extent, double size, int count)
    {
        var random = new Random(2026);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var x = extent.MinX + (random.NextDouble() * (extent.MaxX - extent.MinX - size));
            var y = extent.MinY + (random.NextDouble() * (extent.MaxY - extent.MinY - size));
            return new BoundingBox { MinX = x, MinY = y, MaxX = x + size, MaxY = y + size, Crs = Crs.RdNew };
        })];
    }

    private static async Task<QueryRun> QueryAsync(TwinClient client, List<BoundingBox> boxes, int concurrency)
    {
        // Warm up: the first calls pay for JIT and connection setup.
        foreach (var box in boxes.Take(50))
        {
            await CountAsync(client, box);
        }

        var latencies = new double[boxes.Count];
        var found = 0L;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, boxes.Count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            var start = Stopwatch.GetTimestamp();
            Interlocked.Add(ref found, await CountAsync(client, boxes[i]));
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        });
        return new QueryRun(latencies, clock.Elapsed.TotalSeconds, found);
    }

    private static async Task<int> CountAsync(TwinClient client, BoundingBox box)
    {
        var count = 0;
        await foreach (var _ in client.QueryAreaAsync(new QueryAreaRequest { Box = box }))
        {
            count++;
        }

        return count;
    }

    private static void Report(
        int entities, double seconds, CityStats stats, ProcessMemory empty, ProcessMemory seeded, QueryRun sequential, QueryRun parallel, int concurrency, int boxSize)
    {
        var perEntity = (double)(seeded.ResidentBytes - empty.ResidentBytes) / entities;
        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| entities written (city-scale set) | {entities:N0} ({stats.Counts.Buildings:N0} buildings, {stats.Counts.Trees:N0} trees, {stats.Counts.StreetSegments:N0} street segments, {stats.Counts.UtilityLines:N0} utility lines, {stats.Counts.Sensors} sensors) in {stats.Tiles} tiles |");
        Console.WriteLine($"| write time | {seconds:0.0} s = {entities / seconds:N0} entities/s |");
        Console.WriteLine($"| resident memory, empty silo | {empty.ResidentBytes / 1048576.0:N0} MiB |");
        Console.WriteLine($"| resident memory, every entity activated | {seeded.ResidentBytes / 1048576.0:N0} MiB (peak {seeded.PeakResidentBytes / 1048576.0:N0} MiB) |");
        Console.WriteLine($"| memory per activated entity (entity grain + tile copy) | {perEntity:N0} bytes |");
        Row($"{boxSize} m box query, 1 client", sequential);
        Row($"{boxSize} m box query, {concurrency} clients", parallel);
    }

    private static void Row(string name, QueryRun run) =>
        Console.WriteLine($"| {name} | p50 {Percentiles.Of(run.Latencies, 50):0.00} ms, p99 {Percentiles.Of(run.Latencies, 99):0.00} ms, {run.Latencies.Length / run.Seconds:N0} queries/s, {run.Found / (double)run.Latencies.Length:N0} entities per box |");

    private static int IntOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    [GeneratedRegex(@"Demo seeded: (?<created>\d+) entities in (?<tiles>\d+) tiles in (?<seconds>[\d.]+) s")]
    private static partial Regex SeedLine();

    private sealed record QueryRun(double[] Latencies, double Seconds, long Found);
}
