using System.Diagnostics;
using System.Net;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Twin.Api.V1;
using Twin.Benchmarks.Greeter;
using Twin.Client;
using Twin.Testing;

namespace Twin.Benchmarks;

/// <summary>
/// The partner gRPC load command: unary calls per second and latency (p50, p99) on loopback, in one
/// run and with the same client concurrency, against (a) a bare gRPC greeter on Kestrel in this
/// process, (b) a Twin silo in Open mode and (c) the same silo in Keys mode with a partner key (API key
/// authentication, scope policy, per-partner rate limiter); CityService.GetStats, a read of one grain.
/// Prints each and the ratios to the greeter.
/// </summary>
public static class GrpcLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var concurrency = IntOption(args, "--concurrency", 16);
        var seconds = IntOption(args, "--seconds", 10);
        var warmup = IntOption(args, "--warmup", 3);
        Console.WriteLine($"grpc-load: {concurrency} calls in flight on one HTTP/2 connection, {warmup} s warm-up, {seconds} s measured per target");

        var greeter = await MeasureGreeterAsync(concurrency, warmup, seconds);
        var open = await MeasureTwinAsync(concurrency, warmup, seconds, keys: false);
        var keyed = await MeasureTwinAsync(concurrency, warmup, seconds, keys: true);

        Console.WriteLine();
        Console.WriteLine("| target | calls/s | p50 ms | p99 ms | calls/s vs greeter | p99 vs greeter |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, result) in new[] { ("bare gRPC greeter (in process)", greeter), ("Twin GetStats, Open mode", open), ("Twin GetStats, Keys mode (API key, scope, rate limit)", keyed) })
        {
            Console.WriteLine($"| {name} | {result.PerSecond:N0} | {result.P50:0.00} | {result.P99:0.00} | {result.PerSecond / greeter.PerSecond:0.00} | {result.P99 / greeter.P99:0.0} |");
        }

        Console.WriteLine($"| Keys mode vs Open mode | {keyed.PerSecond / open.PerSecond:0.00} | | | | p99 {keyed.P99 / open.P99:0.00} |");
        return 0;
    }

    private static async Task<LoadResult> MeasureGreeterAsync(int concurrency, int warmup, int seconds)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddGrpc();
        var port = SiloProcess.FreePort();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http2));
        await using var app = builder.Build();
        app.MapGrpcService<GreeterService>();
        await app.StartAsync();
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        var client = new Greeter.Greeter.GreeterClient(channel);
        var result = await RunAsync("greeter", concurrency, warmup, seconds, async () => await client.SayHelloAsync(new HelloRequest { Name = "Hilversum" }));
        await app.StopAsync();
        return result;
    }

    private static async Task<LoadResult> MeasureTwinAsync(int concurrency, int warmup, int seconds, bool keys)
    {
        var key = TwinApiKey.New();
        var folder = Directory.CreateTempSubdirectory("twin-grpc-load-");
        try
        {
            var keyFile = Path.Combine(folder.FullName, "partners.json");
            await File.WriteAllTextAsync(keyFile,
                $$$$"""{"Partners": {"bench": {"Scopes": ["read"], "RateLimit": {"PermitsPerSecond": 1000000, "Burst": 1000000}, "Keys": [{"Id": "bench", "Sha256": "{{{{TwinApiKey.Hash(key)}}}}"}]}}}""");
            string[] settings = keys
                ? ["--Twin:Access:Mode=Keys", $"--Twin:Access:KeyFile={keyFile}"]
                : ["--Twin:Access:Mode=Open"];
            await using var silo = await SiloProcess.StartAsync(["--Twin:Demo:SeedWhenEmpty=false", "--Twin:Demo:SimulatedFeed:Enabled=false", .. settings], serverGc: true);
            using var client = TwinClient.Connect(silo.GrpcAddress, keys ? key : null);
            return await RunAsync(keys ? "twin (keys)" : "twin (open)", concurrency, warmup, seconds, async () => await client.City.GetStatsAsync(new GetStatsRequest()));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<LoadResult> RunAsync(string name, int concurrency, int warmup, int seconds, Func<Task> call)
    {
        await LoopAsync(concurrency, TimeSpan.FromSeconds(warmup), call, null);
        var latencies = new List<double>[concurrency];
        var clock = Stopwatch.StartNew();
        await LoopAsync(concurrency, TimeSpan.FromSeconds(seconds), call, latencies);
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).ToArray();
        var result = new LoadResult(all.Length / elapsed, Percentiles.Of(all, 50), Percentiles.Of(all, 99));
        Console.WriteLine($"{name}: {all.Length:N0} calls in {elapsed:0.0} s = {result.PerSecond:N0}/s, p50 {result.P50:0.00} ms, p99 {result.P99:0.00} ms");
        return result;
    }

    private static Task LoopAsync(int concurrency, TimeSpan duration, Func<Task> call, List<double>[]? latencies)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = new List<double>();
            while (Stopwatch.GetTimestamp() < end)
            {
                var started = Stopwatch.GetTimestamp();
                await call();
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            if (latencies is not null)
            {
                latencies[worker] = mine;
            }
        })));
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }

    private sealed record LoadResult(double PerSecond, double P50, double P99);
}
