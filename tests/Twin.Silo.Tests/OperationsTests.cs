using System.Net;
using System.Text.Json;
using Twin.Api.V1;
using Twin.Client;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>What an operator switches on in orleans.json (Twin:Operations): traces, JSON logs, the Orleans dashboard; and the cluster page.</summary>
public sealed class OperationsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Operations_ConsoleTracesJsonLogsAndDashboard_GrpcCallLeavesSpansAndLogsAreJsonLines()
    {
        await using var silo = await SiloProcess.StartAsync(
            "--Twin:Demo:SeedWhenEmpty=false", "--Twin:Demo:SimulatedFeed:Enabled=false",
            "--Twin:Operations:Traces=Console", "--Twin:Operations:LogFormat=Json", "--Twin:Operations:Dashboard=true");
        using var client = TwinClient.Connect(silo.GrpcAddress);
        using var http = new HttpClient { BaseAddress = new Uri(silo.HttpAddress) };

        await client.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel);
        var dashboard = await http.GetAsync(new Uri("/dashboard/", UriKind.Relative), Cancel);
        var cluster = JsonDocument.Parse(await http.GetStringAsync(new Uri("/cluster", UriKind.Relative), Cancel)).RootElement;
        for (var wait = 0; wait < 50 && !silo.Log.Contains("/twin.v1.CityService/GetStats", StringComparison.Ordinal); wait++)
        {
            await Task.Delay(200, Cancel);
        }

        var log = silo.Log;
        Assert.Contains("/twin.v1.CityService/GetStats", log, StringComparison.Ordinal);
        Assert.Contains("ICityGrain/GetStatsAsync", log, StringComparison.Ordinal);
        var serving = log.Split('\n').Where(line => line.StartsWith('{')).Select(line => JsonDocument.Parse(line).RootElement)
            .Single(entry => entry.GetProperty("Category").GetString() == "Twin.Silo" && entry.GetProperty("EventId").GetInt32() == 1);
        Assert.Equal("hilversum", serving.GetProperty("State").GetProperty("Dataset").GetString());
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var only = Assert.Single(cluster.GetProperty("silos").EnumerateArray());
        Assert.Equal("Active", only.GetProperty("status").GetString());
        Assert.True(only.GetProperty("activations").GetProperty("CityGrain").GetInt32() >= 1);
    }

    [Fact]
    public async Task Health_StorageGoesAway_SiloReportsUnhealthy()
    {
        await using var redis = await RedisProcess.StartAsync();
        await using var silo = await SiloProcess.StartAsync([.. redis.SiloArguments, "--Twin:Demo:SeedWhenEmpty=false", "--Twin:Demo:SimulatedFeed:Enabled=false"]);
        using var http = new HttpClient { BaseAddress = new Uri(silo.HttpAddress), Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal("Healthy", await http.GetStringAsync(new Uri("/healthz", UriKind.Relative), Cancel));

        await redis.DisposeAsync();
        var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync(Cancel));
    }
}
