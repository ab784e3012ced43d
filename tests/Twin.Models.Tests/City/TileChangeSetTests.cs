using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tests.City;

public sealed class TileChangeSetTests
{
    [Fact]
    public void Add_EntityMovedAcrossTiles_UpsertsNewTileAndRemovesFromOld()
    {
        var before = Tree(140_100);
        var after = Tree(141_100);
        var changes = new TileChangeSet(TileKey.BaseScenario);

        changes.Add(before, after, 2);

        var work = changes.ByTile();
        Assert.Equal(2, work.Count);
        var target = Assert.Single(work, w => w.Tile.Address == TilingScheme.TileAt(after.Anchor));
        var source = Assert.Single(work, w => w.Tile.Address == TilingScheme.TileAt(before.Anchor));
        Assert.Equal(after, Assert.Single(target.Upserts).Entity);
        Assert.Empty(target.Removals);
        Assert.Equal(new EntityRemoval(EntityKey.Of(before), 2), Assert.Single(source.Removals));
    }

    [Fact]
    public void Add_ManyEntitiesInOneTile_GivesOneTileOfWork()
    {
        var changes = new TileChangeSet(TileKey.BaseScenario);
        var west = TilingScheme.Bounds(TilingScheme.TileAt(new RdPoint(140_300, 470_100))).MinX;

        Parallel.For(0, 500, i => changes.Add(null, Tree(west + 100 + (i % 100)), 1));

        var work = Assert.Single(changes.ByTile());
        Assert.Equal(500, work.Upserts.Count);
        Assert.Equal(TileKey.BaseScenario, work.Tile.Scenario);
    }

    private static Tree Tree(double x) =>
        new($"tree-{x}", "Tilia cordata", new RdPoint(x, 470_100), 12, 7, null, null, TreeProtection.None, null, TreeDimensionsSource.Measured);
}
