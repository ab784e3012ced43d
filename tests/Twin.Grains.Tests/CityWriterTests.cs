using Twin.Grains.City;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Grains.Tests;

public sealed class CityWriterTests(CityClusterFixture cluster)
{
    [Fact]
    public void Cluster_HasTwoSilos()
    {
        Assert.Equal(CityClusterFixture.SiloCount, cluster.ActiveSilos);
    }

    [Fact]
    public async Task WriteAsync_NewEntities_StoredInGrainsTilesAndCatalog()
    {
        var area = TestArea.Next();
        var house = area.Building("NL.IMBAG.Pand.0402100000000001", 100, 100);
        var tree = area.Tree("tree-1", 130, 100);
        var street = area.Street("seg-1", (0, 90), (200, 90));

        var result = await cluster.Writer.WriteAsync(area.Dataset, TestArea.Set(house, tree, street), "test", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Created);
        Assert.Empty(result.Rejected);
        Assert.Equal(house, await cluster.Grains.GetEntityGrain<Building>(house.Id).GetAsync());
        Assert.Equal(tree, await cluster.Grains.GetEntityGrain<Tree>(tree.Id).GetAsync());
        var stats = await cluster.Grains.GetGrain<ICityGrain>(area.Dataset).GetStatsAsync(TileKey.BaseScenario);
        Assert.Equal(new EntityCounts(1, 1, 0, 1, 0), stats.Counts);
        Assert.Equal(1, stats.DatasetVersion);
        Assert.True(stats.Extent.Contains(house.Footprint.Envelope) && stats.Extent.Contains(street.Envelope));
        var found = await QueryAsync(area, area.Box, EntityKinds.All);
        Assert.Equal([house.Id, street.Id, tree.Id], found.Select(e => e.Id).Order());
    }

    [Fact]
    public async Task WriteAsync_SameSetTwice_SecondChangesNothing()
    {
        var area = TestArea.Next();
        var set = TestArea.Set(area.Building("b-1", 10, 10), area.Building("b-2", 40, 10), area.Tree("t-1", 70, 10));
        var first = await cluster.Writer.WriteAsync(area.Dataset, set, "first", cancellationToken: TestContext.Current.CancellationToken);

        var second = await cluster.Writer.WriteAsync(area.Dataset, set, "second", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, first.Created);
        Assert.Equal(0, second.Changed);
        Assert.Equal(3, second.Unchanged);
        Assert.Equal(first.DatasetVersion, second.DatasetVersion);
        Assert.Equal(3, (await QueryAsync(area, area.Box, EntityKinds.All)).Count);
    }

    [Fact]
    public async Task WriteAsync_BuildingMovedToAnotherTile_LeavesItsOldTile()
    {
        var area = TestArea.Next();
        var before = area.Building("moving", 100, 100, roof: 12);
        await cluster.Writer.WriteAsync(area.Dataset, TestArea.Set(before), "before", cancellationToken: TestContext.Current.CancellationToken);
        var after = area.Building("moving", 3_100, 3_100, roof: 20);

        var result = await cluster.Writer.WriteAsync(area.Dataset, TestArea.Set(after), "after", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, result.Updated);
        Assert.NotEqual(TilingScheme.TileAt(before.Anchor), TilingScheme.TileAt(after.Anchor));
        Assert.Empty(await QueryAsync(area, before.Envelope, EntityKinds.All));
        Assert.Equal(after, Assert.Single(await QueryAsync(area, after.Envelope, EntityKinds.All)));
        var stats = await cluster.Grains.GetGrain<ICityGrain>(area.Dataset).GetStatsAsync(TileKey.BaseScenario);
        Assert.Equal(1, stats.Counts.Buildings);
        Assert.Equal(1, stats.Tiles);
    }

    [Fact]
    public async Task WriteAsync_InvalidEntity_RejectedWithProblemsAndNotStored()
    {
        var area = TestArea.Next();
        var roofBelowGround = area.Building("bad-roof", 10, 10) with { RoofHeight = 1.0 };
        var good = area.Building("good", 40, 10);

        var result = await cluster.Writer.WriteAsync(area.Dataset, TestArea.Set(roofBelowGround, good), "mixed", cancellationToken: TestContext.Current.CancellationToken);

        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(new EntityKey(EntityKind.Building, "bad-roof"), rejection.Key);
        Assert.Contains(rejection.Problems, p => p.Field == "roofHeight");
        Assert.Equal(1, result.Created);
        Assert.Null(await cluster.Grains.GetEntityGrain<Building>("bad-roof").GetAsync());
        Assert.Equal(["good"], (await QueryAsync(area, area.Box, EntityKinds.All)).Select(e => e.Id));
    }

    [Fact]
    public async Task RemoveAsync_StoredTree_GoneFromTileAndCounts()
    {
        var area = TestArea.Next();
        var tree = area.Tree("felled", 20, 20);
        await cluster.Writer.WriteAsync(area.Dataset, TestArea.Set(tree, area.Tree("standing", 60, 20)), "planting", cancellationToken: TestContext.Current.CancellationToken);

        var result = await cluster.Writer.RemoveAsync(area.Dataset, [EntityKey.Of(tree)], "felling", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, result.Removed);
        Assert.Null(await cluster.Grains.GetEntityGrain<Tree>(tree.Id).GetAsync());
        Assert.Equal(["standing"], (await QueryAsync(area, area.Box, EntityKinds.All)).Select(e => e.Id));
        var stats = await cluster.Grains.GetGrain<ICityGrain>(area.Dataset).GetStatsAsync(TileKey.BaseScenario);
        Assert.Equal(1, stats.Counts.Trees);
    }

    private async Task<List<ICityEntity>> QueryAsync(TestArea area, RdEnvelope box, EntityKinds kinds)
    {
        var found = new List<ICityEntity>();
        await foreach (var set in cluster.Reader.QueryAsync(area.Dataset, TileKey.BaseScenario, box, kinds, TestContext.Current.CancellationToken))
        {
            found.AddRange(set.All());
        }

        return found;
    }
}
