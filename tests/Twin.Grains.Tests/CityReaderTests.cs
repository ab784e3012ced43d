using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Grains.Tests;

public sealed class CityReaderTests(CityClusterFixture cluster)
{
    [Fact]
    public async Task QueryAsync_BoxAcrossFourTiles_ReturnsEachEntityOnce()
    {
        var area = TestArea.Next();
        var tile = TilingScheme.TileSize(TilingScheme.IndexLevel);
        var corner = TilingScheme.Bounds(TilingScheme.TileAt(area.At(1_000, 1_000)));
        var east = corner.MaxX - area.Origin.X;
        var north = corner.MaxY - area.Origin.Y;
        var buildings = new[]
        {
            area.Building("sw", east - 30, north - 30),
            area.Building("se", east + 20, north - 30),
            area.Building("nw", east - 30, north + 20),
            area.Building("ne", east + 20, north + 20),
            area.Building("far", east + (2 * tile), north + (2 * tile)),
        };
        await cluster.Writer.WriteAsync(area.Dataset, TestArea.Set(buildings), "corner", cancellationToken: TestContext.Current.CancellationToken);
        var box = new RdEnvelope(corner.MaxX - 40, corner.MaxY - 40, corner.MaxX + 40, corner.MaxY + 40);

        var found = await QueryAsync(area, box, EntityKinds.Building);

        Assert.Equal(["ne", "nw", "se", "sw"], found.Select(e => e.Id).Order());
    }

    [Fact]
    public async Task QueryAsync_StreetReachingIntoNeighbourTile_FoundFromThere()
    {
        var area = TestArea.Next();
        var bounds = TilingScheme.Bounds(TilingScheme.TileAt(area.At(1_000, 1_000)));
        var west = bounds.MinX - area.Origin.X;
        var north = bounds.MinY - area.Origin.Y + 100;
        // Anchored (midpoint) in the tile, but its east end reaches 300 m into the next tile.
        var street = area.Street("long", (west + 100, north), (west + TilingScheme.TileSize(TilingScheme.IndexLevel) + 300, north));
        await cluster.Writer.WriteAsync(area.Dataset, TestArea.Set(street), "street", cancellationToken: TestContext.Current.CancellationToken);
        var boxInNeighbour = new RdEnvelope(bounds.MaxX + 250, area.Origin.Y + north - 5, bounds.MaxX + 290, area.Origin.Y + north + 5);

        var found = await QueryAsync(area, boxInNeighbour, EntityKinds.StreetSegment);

        Assert.Equal(street, Assert.Single(found));
    }

    [Fact]
    public async Task QueryAsync_KindFilter_ReturnsOnlyThoseKinds()
    {
        var area = TestArea.Next();
        await cluster.Writer.WriteAsync(area.Dataset, TestArea.Set(area.Building("b", 10, 10), area.Tree("t", 50, 10)), "mixed", cancellationToken: TestContext.Current.CancellationToken);

        var found = await QueryAsync(area, area.Box, EntityKinds.Tree);

        Assert.Equal(["t"], found.Select(e => e.Id));
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
