using System.Globalization;
using System.Text;
using Twin.Api.V1;
using Twin.Client;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>
/// All-or-nothing imports across a crash: a silo on Redis storage is killed with SIGKILL while it writes a
/// large import into the city; started again, it shows either none or all of the import (here: all, since
/// the kill came after the import was journaled), and importing the file again changes nothing.
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
