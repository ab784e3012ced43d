using System.Globalization;
using System.Text;
using Twin.Api.V1;
using Twin.Client;
using Twin.Models.Demo;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>
/// All-or-nothing imports across a crash: a silo on Redis storage is killed with SIGKILL while it writes a
/// large import into the city; started again, it shows either none or all of the import (here: all, since
/// the kill came after the import was journaled), and importing the file again changes nothing. The demo
/// seed, interrupted the same way, is finished after the restart together with its example plan.
/// </summary>
public sealed class CrashDuringImportTests
{
    private const int Buildings = 4_000;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_SiloKilledWhileWritingEntities_AfterRestartTheWholeImportIsThereAndARerunChangesNothing()
    {
        await using var redis = await RedisProcess.StartAsync();
        using var folder = new TemporaryFolder();
        var path = folder.Write("crash-blocks.geojson", Blocks(Buildings));
        string[] args = [.. redis.SiloArguments, "--Twin:Demo:SeedWhenEmpty=false", "--Twin:Demo:SimulatedFeed:Enabled=false"];

        var first = await SiloProcess.StartAsync(args);
        ImportProgress? killedAt = null;
        try
        {
            using var client = TwinClient.Connect(first.GrpcAddress);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
            var progress = new SynchronousProgress(p =>
            {
                if (killedAt is null && p.Stage == ImportStage.Writing && p.Done >= Buildings / 10 && p.Done < Buildings * 9 / 10)
                {
                    killedAt = p;
                    first.KillAsync().GetAwaiter().GetResult();
                }
            });
            await Assert.ThrowsAnyAsync<Exception>(() => client.ImportFileAsync(path, new ImportHeader(), progress, stop.Token));
        }
        finally
        {
            await first.DisposeAsync();
        }

        Assert.NotNull(killedAt);
        await using var second = await SiloProcess.StartAsync(args);
        using var again = TwinClient.Connect(second.GrpcAddress);
        var stats = await again.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel);
        var found = 0;
        await foreach (var _ in again.QueryAreaAsync(new QueryAreaRequest { Box = new BoundingBox { MinX = 139_000, MinY = 469_000, MaxX = 143_000, MaxY = 473_000 } }, Cancel))
        {
            found++;
        }

        Assert.Equal(Buildings, stats.Counts.Buildings);
        Assert.Equal(Buildings, found);
        Assert.Contains("has been rolled forward", second.Log, StringComparison.Ordinal);
        var rerun = await again.ImportFileAsync(path, new ImportHeader(), cancellationToken: Cancel);
        Assert.Equal((0, 0, Buildings), (rerun.Created, rerun.Updated, rerun.Unchanged));
    }

    [Fact]
    public async Task DemoSeed_SiloKilledWhileWritingTheDistrict_AfterRestartTheDistrictAndItsExamplePlanAreThere()
    {
        await using var redis = await RedisProcess.StartAsync();
        string[] args = [.. redis.SiloArguments, "--Twin:Demo:SeedWhenEmpty=true", "--Twin:Demo:SimulatedFeed:Enabled=false"];
        var demo = DemoDistrict.Generate(new DemoOptions { Seed = 2026, Scale = DemoScale.Stationsgebied });
        // Staged chunks are one key per 500 entities (CityImports.ChunkSize); entity grains, one key each, are written only after the commit.
        var applying = (demo.Count / 500) + 200;

        var first = SiloProcess.Launch(args);
        long keysAtKill;
        try
        {
            using var bound = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
            bound.CancelAfter(TimeSpan.FromMinutes(3));
            while ((keysAtKill = await redis.KeyCountAsync()) < applying)
            {
                Assert.False(first.HasExited, first.Log);
                await Task.Delay(20, bound.Token);
            }

            await first.KillAsync();
        }
        finally
        {
            await first.DisposeAsync();
        }

        Assert.True(keysAtKill < demo.Count, $"the seed had written {keysAtKill} keys for {demo.Count} entities when killed");
        Assert.DoesNotContain("Demo seeded", first.Log, StringComparison.Ordinal);
        await using var second = await SiloProcess.StartAsync(args);
        using var client = TwinClient.Connect(second.GrpcAddress);
        var stats = await client.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel);
        var plan = await client.Scenarios.GetScenarioAsync(new GetScenarioRequest { Id = DemoProposal.Id }, cancellationToken: Cancel);

        Assert.Equal(demo.Counts.Buildings, stats.Counts.Buildings);
        Assert.Equal(demo.Counts.StreetSegments, stats.Counts.StreetSegments);
        Assert.Equal(DemoProposal.Name, plan.Name);
        Assert.NotEmpty(plan.Edits);
        Assert.Contains("has been rolled forward", second.Log, StringComparison.Ordinal);
    }

    /// <summary>Square blocks of 10 m on a 20 m grid in the centre of Hilversum (RD New), in GeoJSON.</summary>
    private static string Blocks(int count)
    {
        var text = new StringBuilder("""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[""");
        for (var i = 0; i < count; i++)
        {
            var (x, y) = (140_000 + (i % 80 * 20), 470_000 + (i / 80 * 20));
            text.Append(i > 0 ? "," : "")
                .Append(CultureInfo.InvariantCulture, $"{{\"type\":\"Feature\",\"properties\":{{\"id\":\"crash-block-{i}\",\"groundLevel\":3.0,\"roofHeight\":12.0,\"storeys\":3}},")
                .Append(CultureInfo.InvariantCulture, $"\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[[{x},{y}],[{x + 10},{y}],[{x + 10},{y + 10}],[{x},{y + 10}],[{x},{y}]]]}}}}");
        }

        return text.Append("]}").ToString();
    }

    /// <summary>Reports on the caller's thread, so the kill happens at the moment the progress arrives.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
