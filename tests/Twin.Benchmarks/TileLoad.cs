using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Twin.Api.V1;
using Twin.Client;
using Twin.Testing;

namespace Twin.Benchmarks;

/// <summary>
/// The 3D tiles load command: starts a real silo with the demo, reads its tileset, renders every
/// tile once (cold), then requests random tiles as a browser would (brotli accepted) from 1 and
/// from several clients with a warm cache, and measures how long an edit of one building takes to
/// show as a new entity tag on its tile.
/// </summary>
public static class TileLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var scale = StringOption(args, "--scale", "Stationsgebied");
        var requests = IntOption(args, "--requests", 4_000);
        var concurrency = IntOption(args, "--concurrency", 8);
        Console.WriteLine($"tile-load: {scale} demo, {requests} tile requests from 1 and {concurrency} clients");

        await using var silo = await SiloProcess.StartAsync([$"--Twin:Demo:Scale={scale}"], serverGc: true);
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, MaxConnectionsPerServer = 64 })
        {
            BaseAddress = new Uri(silo.HttpAddress + "/tiles/base/"),
        };
        using var tileset = JsonDocument.Parse(await http.GetStringAsync("tileset.json"));
        var uris = TilesetJson.ContentUris(tileset.RootElement.GetProperty("root"));

        var cold = await ColdAsync(http, uris);
        var random = new Random(2026);
        var picks = Enumerable.Range(0, requests).Select(_ => uris[random.Next(uris.Count)]).ToArray();
        var sequential = await LoadAsync(http, picks, 1);
        var parallel = await LoadAsync(http, picks, concurrency);
        var edits = await EditToTagAsync(silo, http);

        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| content tiles | {uris.Count} (levels {string.Join(", ", uris.Select(u => u.Split('/')[0]).Distinct())}) |");
        Console.WriteLine($"| cold render, every tile once, 1 client | {cold.Seconds:0.00} s, {cold.Bytes / 1048576.0:0.0} MiB glb (br) |");
        Row("warm tile request, 1 client", sequential);
        Row($"warm tile request, {concurrency} clients", parallel);
        Console.WriteLine($"| edit of one building to a new tag on its tile | median {Percentiles.Of(edits, 50):0.0} ms, max {edits.Max():0.0} ms ({edits.Length} edits: import over gRPC, then HTTP until the tag changes) |");
        return 0;
    }

    private static async Task<(double Seconds, long Bytes)> ColdAsync(HttpClient http, List<string> uris)
    {
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        foreach (var uri in uris)
        {
            bytes += (await GetAsync(http, uri)).Length;
        }

        return (clock.Elapsed.TotalSeconds, bytes);
    }

    private static async Task<Run> LoadAsync(HttpClient http, string[] picks, int concurrency)
    {
        var latencies = new double[picks.Length];
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, picks.Length), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            var start = Stopwatch.GetTimestamp();
            Interlocked.Add(ref bytes, (await GetAsync(http, picks[i])).Length);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        });
        return new Run(latencies, clock.Elapsed.TotalSeconds, bytes);
    }

    private static async Task<byte[]> GetAsync(HttpClient http, string uri)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<double[]> EditToTagAsync(SiloProcess silo, HttpClient http)
    {
        using var client = TwinClient.Connect(silo.GrpcAddress);
        var folder = Directory.CreateTempSubdirectory("twin-tile-load-");
        var times = new List<double>();
        try
        {
            // A building of its own in the station's tile, edited five times; its tile is where its centre lies.
            var tile = $"10/{(int)Math.Floor((140_710 + 100_000) / 512.0)}/{(int)Math.Floor((470_410 - 200_000) / 512.0)}.glb";
            for (var edit = 0; edit <= 5; edit++)
            {
                var path = Path.Combine(folder.FullName, "edit.geojson");
                await File.WriteAllTextAsync(path, Building(20 + edit));
                var before = edit == 0 ? null : await TagAsync(http, tile);
                var clock = Stopwatch.StartNew();
                await client.ImportFileAsync(path, new ImportHeader());
                while (edit > 0 && await TagAsync(http, tile) == before)
                {
                    await Task.Delay(1);
                }

                if (edit > 0)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return [.. times];
    }

    private static async Task<string?> TagAsync(HttpClient http, string uri)
    {
        using var response = await http.GetAsync(uri);
        return response.Headers.ETag?.Tag;
    }

    private static string Building(double roof) => string.Create(CultureInfo.InvariantCulture, $$$"""
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[
          {"type":"Feature","properties":{"id":"tile-load-edited","groundLevel":6.0,"roofHeight":{{{roof}}},"storeys":5,"use":"kantoorfunctie","dwellings":0},
           "geometry":{"type":"Polygon","coordinates":[[[140700,470400],[140720,470400],[140720,470420],[140700,470420],[140700,470400]]]}}]}
        """);


    private static void Row(string name, Run run) =>
        Console.WriteLine($"| {name} | p50 {Percentiles.Of(run.Latencies, 50):0.00} ms, p99 {Percentiles.Of(run.Latencies, 99):0.00} ms, {run.Latencies.Length / run.Seconds:N0} tiles/s, {run.Bytes / run.Seconds / 1048576.0:0.0} MiB/s |");

    private static int IntOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string StringOption(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    private sealed record Run(double[] Latencies, double Seconds, long Bytes);
}
