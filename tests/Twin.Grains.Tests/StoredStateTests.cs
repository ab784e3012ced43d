using System.Collections.Immutable;
using Twin.Grains.City;
using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Models.Geo;

namespace Twin.Grains.Tests;

/// <summary>State survives a deactivation: what comes back from grain storage equals what went in.</summary>
public sealed class StoredStateTests(CityClusterFixture cluster)
{
    [Fact]
    public async Task Reactivation_EveryKindOfEntity_ReadsBackEqualFromStorage()
    {
        // One entity of each kind from the demo, moved into this test's own area.
        var area = TestArea.Next();
        var demo = DemoDistrict.Generate(DemoOptions.Default);
        var offset = new RdPoint(area.Origin.X - 140_000, area.Origin.Y - 470_000);
        ICityEntity[] entities =
        [
            Shift(demo.Buildings[0], offset), Shift(demo.StreetSegments[0], offset), Shift(demo.Sensors[0], offset),
            Shift(demo.Trees[0], offset), Shift(demo.UtilityLines[0], offset),
        ];
        await cluster.Writer.WriteAsync(area.Dataset, CitySet.From(entities), "round trip", cancellationToken: TestContext.Current.CancellationToken);

        foreach (var entity in entities)
        {
            await DeactivateEntityAsync(entity);
        }

        Assert.Equal(CityPrecision.Normalize((Building)entities[0]), await cluster.Grains.GetEntityGrain<Building>(entities[0].Id).GetAsync());
        Assert.Equal(CityPrecision.Normalize((StreetSegment)entities[1]), await cluster.Grains.GetEntityGrain<StreetSegment>(entities[1].Id).GetAsync());
        Assert.Equal(CityPrecision.Normalize((Sensor)entities[2]), await cluster.Grains.GetEntityGrain<Sensor>(entities[2].Id).GetAsync());
        Assert.Equal(CityPrecision.Normalize((Tree)entities[3]), await cluster.Grains.GetEntityGrain<Tree>(entities[3].Id).GetAsync());
        Assert.Equal(CityPrecision.Normalize((UtilityLine)entities[4]), await cluster.Grains.GetEntityGrain<UtilityLine>(entities[4].Id).GetAsync());
    }

    [Fact]
    public async Task Reactivation_TileAndCatalog_KeepTheirContent()
    {
        var area = TestArea.Next();
        var tree = area.Tree("kept-tree", 50, 50);
        await cluster.Writer.WriteAsync(area.Dataset, TestArea.Set(tree), "before", cancellationToken: TestContext.Current.CancellationToken);
        var tile = cluster.Grains.GetTileGrain(TileKey.Base(TilingScheme.TileAt(tree.Anchor)));
        var catalog = cluster.Grains.GetGrain<ICityGrain>(area.Dataset);
        var before = await tile.GetSummaryAsync();

        await cluster.DeactivateAsync(tile);
        await cluster.DeactivateAsync(catalog);

        Assert.Equal(before, await tile.GetSummaryAsync());
        Assert.Equal(tree, Assert.Single((await tile.QueryAsync(area.Box, EntityKinds.All)).Trees));
        var stats = await catalog.GetStatsAsync(TileKey.BaseScenario);
        Assert.Equal(1, stats.Counts.Trees);
        Assert.Equal("before", Assert.Single(stats.RecentImports).Source);
    }

    private Task DeactivateEntityAsync(ICityEntity entity) => entity switch
    {
        Building b => cluster.DeactivateAsync(cluster.Grains.GetEntityGrain<Building>(b.Id)),
        StreetSegment s => cluster.DeactivateAsync(cluster.Grains.GetEntityGrain<StreetSegment>(s.Id)),
        Sensor s => cluster.DeactivateAsync(cluster.Grains.GetEntityGrain<Sensor>(s.Id)),
        Tree t => cluster.DeactivateAsync(cluster.Grains.GetEntityGrain<Tree>(t.Id)),
        UtilityLine u => cluster.DeactivateAsync(cluster.Grains.GetEntityGrain<UtilityLine>(u.Id)),
        _ => Task.CompletedTask,
    };

    private static ICityEntity Shift(ICityEntity entity, RdPoint offset)
    {
        RdPoint Move(RdPoint p) => new(p.X + offset.X, p.Y + offset.Y);
        RdLine MoveLine(RdLine line) => new(line.Points.Select(Move).ToImmutableArray());
        var suffix = "-stored";
        return entity switch
        {
            Building b => b with { Id = b.Id + suffix, Footprint = new RdPolygon(MoveLine(b.Footprint.Shell), [.. b.Footprint.Holes.Select(MoveLine)]) },
            StreetSegment s => s with { Id = s.Id + suffix, Centreline = MoveLine(s.Centreline) },
            Sensor s => s with { Id = s.Id + suffix, Location = Move(s.Location) },
            Tree t => t with { Id = t.Id + suffix, Location = Move(t.Location) },
            UtilityLine u => u with { Id = u.Id + suffix, Centreline = MoveLine(u.Centreline) },
            _ => entity,
        };
    }
}
