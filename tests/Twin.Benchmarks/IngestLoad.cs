using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Twin.Api.V1;
using Twin.Client;
using Twin.Testing;

namespace Twin.Benchmarks;

/// <summary>
/// The sensor ingest load command: starts a real silo (demo seeded, simulated feed off), registers
/// sensors of its own, then streams batches of readings from several gRPC clients on loopback for a
/// fixed time with a few batches in flight each, and reports acknowledged readings per second, the
/// acknowledgement latency, the silo's memory per sensor, and how long a month of hourly data takes to read.
/// </summary>
public static class IngestLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var shape = new LoadShape(IntOption(args, "--sensors", 200), IntOption(args, "--streams", 4), IntOption(args, "--batch", 1_000), IntOption(args, "--window", 4), IntOption(args, "--seconds", 30));
        var extra = args.SkipWhile(a => a != "--").Skip(1).ToArray();
        Console.WriteLine($"ingest-load: {shape.Sensors} sensors, {shape.Streams} gRPC streams, batches of {shape.Batch} readings, {shape.Window} in flight per stream, {shape.Seconds} s; silo args: {string.Join(' ', extra)}");
        if (args.Contains("--compare-redis"))
        {
            return await CompareAsync(shape, extra);
        }

        var run = await MeasureAsync(shape, extra);
        var (acknowledged, elapsed, batch, sensors) = (run.Acknowledged, run.Elapsed, shape.Batch, shape.Sensors);
        var all = run.Latencies;
        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| acknowledged readings | {acknowledged:N0} in {elapsed:0.0} s = {run.PerSecond:N0} readings/s ({run.Stored:N0} stored, {run.Rejected:N0} rejected; {run.Checked} read back: {run.CheckedCount:N0} of {run.CheckedSent:N0}) |");
        Console.WriteLine($"| acknowledgement latency per batch of {batch} | p50 {Percentiles.Of(all, 50):0.0} ms, p99 {Percentiles.Of(all, 99):0.0} ms ({all.Length:N0} batches) |");
        Console.WriteLine($"| silo resident memory | {run.Before.ResidentBytes / 1048576.0:N0} MiB with {sensors} sensors registered, {run.After.ResidentBytes / 1048576.0:N0} MiB after ingest (peak {run.After.PeakResidentBytes / 1048576.0:N0} MiB) |");
        Console.WriteLine($"| growth per sensor with {acknowledged / sensors:N0} readings each (with Memory storage the readings themselves are in the silo) | {(run.After.ResidentBytes - run.Before.ResidentBytes) / (double)sensors / 1024:N0} KiB |");
        Console.WriteLine($"| a month of hourly data (720 points), first query | {run.Month.First:0.0} ms |");
        Console.WriteLine($"| a month of hourly data, warm | p50 {Percentiles.Of(run.Month.Warm, 50):0.00} ms, p99 {Percentiles.Of(run.Month.Warm, 99):0.00} ms ({run.Month.Warm.Length} queries) |");
        return 0;
    }

    /// <summary>
    /// The same load against Memory storage and then against a real Redis (append-only file, fsync on every
    /// write) in one run, demo seeding off in both, and the ratio: what durable ingest costs on this machine.
    /// </summary>
    private static async Task<int> CompareAsync(LoadShape shape, string[] extra)
    {
        string[] common = ["--Twin:Demo:SeedWhenEmpty=false", .. extra];
        Console.WriteLine($"load average before: {LoadAverage()}");
        var memory = await MeasureAsync(shape, common);
        Console.WriteLine($"Memory: {memory.PerSecond:N0} readings/s");
        IngestRun redisRun;
        await using (var redis = await RedisProcess.LaunchAsync())
        {
            redisRun = await MeasureAsync(shape, [.. redis.SiloArguments, .. common]);
        }

        Console.WriteLine($"Redis: {redisRun.PerSecond:N0} readings/s; load average after: {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine($"| grain storage ({shape.Sensors} sensors, {shape.Streams} streams, batches of {shape.Batch}, {shape.Window} in flight, {shape.Seconds} s each) | acknowledged readings/s | ack latency p50 | ack latency p99 | month query, first |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (name, run) in new[] { ("Memory", memory), ("Redis (AOF, fsync always)", redisRun) })
        {
            Console.WriteLine($"| {name} | {run.PerSecond:N0} | {Percentiles.Of(run.Latencies, 50):0.0} ms | {Percentiles.Of(run.Latencies, 99):0.0} ms | {run.Month.First:0.0} ms |");
        }

        Console.WriteLine($"| Redis / Memory | {redisRun.PerSecond / memory.PerSecond:0.00} | {Percentiles.Of(redisRun.Latencies, 50) / Percentiles.Of(memory.Latencies, 50):0.00} | {Percentiles.Of(redisRun.Latencies, 99) / Percentiles.Of(memory.Latencies, 99):0.00} | {redisRun.Month.First / memory.Month.First:0.00} |");
        return 0;
    }

    /// <summary>The machine's 1, 5 and 15 minute load averages: how shared it was while measuring.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown";

    /// <summary>Starts a silo with the arguments, streams the load at it and reads one sensor and a month back.</summary>
    private static async Task<IngestRun> MeasureAsync(LoadShape shape, string[] siloArgs)
    {
        await using var silo = await SiloProcess.StartAsync(["--Twin:Demo:SimulatedFeed:Enabled=false", .. siloArgs], serverGc: true);
        using var client = TwinClient.Connect(silo.GrpcAddress);
        var ids = await RegisterAsync(client, shape.Sensors);
        var before = ProcessMemory.Of(silo.ProcessId);

        var start = DateTime.UtcNow.AddHours(-20);
        var plan = new LoadPlan(ids, new int[shape.Sensors], start, shape.Streams, shape.Batch, shape.Window);
        var tally = new LoadTally();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(shape.Seconds));
        await Task.WhenAll(Enumerable.Range(0, shape.Streams).Select(s => StreamAsync(client, s, plan, tally, stop.Token)));
        var elapsed = clock.Elapsed.TotalSeconds;
        var check = await StoredCountAsync(client, ids[0], start);
        if (check != plan.Counters[0])
        {
            throw new InvalidOperationException($"{ids[0]} holds {check} readings, {plan.Counters[0]} were sent");
        }

        var after = ProcessMemory.Of(silo.ProcessId);
        var month = await MonthQueryAsync(client);
        return new IngestRun(tally.Acknowledged, tally.Rejected, tally.Stored, elapsed, [.. tally.Latencies], before, after, ids[0], check, plan.Counters[0], month);
    }

    private static async Task StreamAsync(TwinClient client, int stream, LoadPlan plan, LoadTally tally, CancellationToken stop)
    {
        var (ids, counters, start, streams, batch, window) = plan;
        // The stop token ends sending only: the batches in flight are still acknowledged and counted.
        using var call = client.Sensors.Ingest(cancellationToken: CancellationToken.None);
        var sent = new ConcurrentDictionary<ulong, long>();
        using var slots = new SemaphoreSlim(window);
        var reader = Task.Run(async () =>
        {
            await foreach (var ack in call.ResponseStream.ReadAllAsync(CancellationToken.None))
            {
                tally.Add(ack, Stopwatch.GetElapsedTime(sent[ack.Sequence]).TotalMilliseconds);
                slots.Release();
            }
        }, CancellationToken.None);

        // Each stream feeds its own share of the sensors, ten sensors per batch, one reading a second per sensor.
        var mine = Enumerable.Range(0, ids.Length).Where(i => i % streams == stream).ToArray();
        ulong sequence = 0;
        var next = 0;
        while (!stop.IsCancellationRequested)
        {
            await slots.WaitAsync(CancellationToken.None);
            var message = new ReadingBatch { Sequence = ++sequence };
            for (var r = 0; r < batch; r++)
            {
                var sensor = mine[(next + (r % 10)) % mine.Length];
                var second = counters[sensor]++;
                message.Readings.Add(new Reading
                {
                    SensorId = ids[sensor], Quantity = "no2", Value = 10 + (second % 40),
                    Time = Timestamp.FromDateTime(start.AddSeconds(second)),
                });
            }

            next += 10;
            sent[sequence] = Stopwatch.GetTimestamp();
            await call.RequestStream.WriteAsync(message, CancellationToken.None);
        }

        await call.RequestStream.CompleteAsync();
        await reader;
    }

    /// <summary>How many readings a sensor holds since the start, from its hourly aggregates.</summary>
    private static async Task<long> StoredCountAsync(TwinClient client, string sensor, DateTime start)
    {
        var series = await client.Sensors.GetSeriesAsync(new GetSeriesRequest
        {
            SensorId = sensor, Quantity = "no2", Resolution = SeriesResolution.Hour,
            From = Timestamp.FromDateTime(start.AddHours(-1)), To = Timestamp.FromDateTime(DateTime.UtcNow),
        });
        return series.Points.Sum(p => p.Count);
    }

    private static async Task<string[]> RegisterAsync(TwinClient client, int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"bench-air-{i:D4}").ToArray();
        foreach (var id in ids)
        {
            await RegisterOneAsync(client, id);
        }

        return ids;
    }

    /// <summary>An air-quality sensor of the benchmark, kept out of the public register.</summary>
    internal static async Task RegisterOneAsync(TwinClient client, string id)
    {
        var sensor = new Sensor
        {
            Id = id, Name = id, Kind = SensorKind.AirQuality, Location = new Point { X = 140_000 + (Math.Abs(id.GetHashCode(StringComparison.Ordinal)) % 500), Y = 471_000 },
            MountingHeight = 3,
            Register = new SensorRegisterEntry
            {
                Owner = "benchmark", Purpose = "load", LegalBasis = "none", DpiaReference = "none", RetentionDays = 365,
                StartDate = Timestamp.FromDateTime(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)), IsPublic = false, Status = SensorStatus.Active,
            },
        };
        sensor.Register.Quantities.Add("no2");
        await client.Sensors.RegisterSensorAsync(new RegisterSensorRequest { Sensor = sensor });
    }

    /// <summary>One sensor with six readings an hour for 30 days, then its hourly series over the month, 200 times.</summary>
    private static async Task<(double First, double[] Warm)> MonthQueryAsync(TwinClient client)
    {
        const string ids = "bench-air-month";
        await RegisterOneAsync(client, ids);
        var end = DateTime.UtcNow;
        var first = end.AddDays(-30);
        var readings = Enumerable.Range(0, 30 * 24 * 6).Select(i => new Reading { SensorId = ids, Quantity = "no2", Value = 20 + (i % 13), Time = Timestamp.FromDateTime(first.AddMinutes(10 * i)) }).ToList();
        foreach (var chunk in readings.Chunk(5_000))
        {
            var message = new ReadingBatch();
            message.Readings.AddRange(chunk);
            await client.Sensors.IngestBatchAsync(message);
        }

        var request = new GetSeriesRequest { SensorId = ids, Quantity = "no2", From = Timestamp.FromDateTime(first), To = Timestamp.FromDateTime(end), Resolution = SeriesResolution.Hour };
        var clock = Stopwatch.StartNew();
        var series = await client.Sensors.GetSeriesAsync(request);
        var cold = clock.Elapsed.TotalMilliseconds;
        if (series.Points.Count < 719)
        {
            throw new InvalidOperationException($"the month query returned {series.Points.Count} points");
        }

        var warm = new double[200];
        for (var i = 0; i < warm.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await client.Sensors.GetSeriesAsync(request);
            warm[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return (cold, warm);
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>The load's shape, from the command line.</summary>
    private sealed record LoadShape(int Sensors, int Streams, int Batch, int Window, int Seconds);

    /// <summary>What one run measured.</summary>
    private sealed record IngestRun(
        long Acknowledged, long Rejected, long Stored, double Elapsed, double[] Latencies, ProcessMemory Before, ProcessMemory After,
        string Checked, long CheckedCount, long CheckedSent, (double First, double[] Warm) Month)
    {
        public double PerSecond => Acknowledged / Elapsed;
    }

    /// <summary>What the streams send: the sensors, each one's next second, where time starts, and the batch shape.</summary>
    private sealed record LoadPlan(string[] Ids, int[] Counters, DateTime Start, int Streams, int Batch, int Window);

    private sealed class LoadTally
    {
        private long _acknowledged;
        private long _rejected;
        private long _stored;

        public ConcurrentBag<double> Latencies { get; } = [];

        public long Acknowledged => Interlocked.Read(ref _acknowledged);

        public long Rejected => Interlocked.Read(ref _rejected);

        public long Stored => Interlocked.Read(ref _stored);

        public void Add(IngestAck ack, double latency)
        {
            Latencies.Add(latency);
            Interlocked.Add(ref _acknowledged, ack.Accepted);
            Interlocked.Add(ref _rejected, ack.Rejected);
            Interlocked.Add(ref _stored, ack.Stored);
        }
    }
}
