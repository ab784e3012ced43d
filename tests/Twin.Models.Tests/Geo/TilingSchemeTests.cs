using Twin.Models.Geo;

namespace Twin.Models.Tests.Geo;

public sealed class TilingSchemeTests
{
    [Fact]
    public void TileAt_Point_LiesInsideItsTileBounds()
    {
        var station = new RdPoint(140_930, 470_930);

        var tile = TilingScheme.TileAt(station);

        Assert.Equal(TilingScheme.IndexLevel, tile.Level);
        Assert.True(TilingScheme.Bounds(tile).Contains(station));
        Assert.Equal(512, TilingScheme.TileSize(tile.Level));
    }

    [Fact]
    public void RootTile_CoversTheWholeRdDomain()
    {
        var root = TilingScheme.Bounds(new TileAddress(0, 0, 0));

        Assert.True(root.Contains(RdNew.Domain));
    }

    [Fact]
    public void TilesCovering_BoxOverCorner_ReturnsFourTiles()
    {
        var tile = TilingScheme.Bounds(TilingScheme.TileAt(new RdPoint(140_930, 470_930)));
        var box = new RdEnvelope(tile.MaxX - 1, tile.MaxY - 1, tile.MaxX + 1, tile.MaxY + 1);

        var tiles = TilingScheme.TilesCovering(box).ToList();

        Assert.Equal(4, tiles.Count);
        Assert.Equal(4, tiles.Distinct().Count());
    }

    [Theory]
    [InlineData("base/10/473/529", true)]
    [InlineData("plan-stationsgebied_2/3/1/2", true)]
    [InlineData("base/10/473", false)]
    [InlineData("Base/10/473/529", false)]
    [InlineData("base/2/4/0", false)]
    [InlineData("base/10/-1/529", false)]
    [InlineData("../10/1/1", false)]
    public void TryParse_Key_AcceptsOnlyWellFormedKeys(string key, bool valid)
    {
        var parsed = TileKey.TryParse(key, out var tileKey);

        Assert.Equal(valid, parsed);
        if (valid)
        {
            Assert.Equal(key, tileKey.ToString());
        }
    }
}
