using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Planning;
using Twin.Models.Results;

namespace Twin.Models.Tests.City;

public sealed class ContentTagTests
{
    private static readonly TileAddress Parent = new(9, 300, 500);

    [Fact]
    public void Of_OneIndexTileVersionChanged_ChangesTag()
    {
        var tiles = new[] { Summary(600, 1000, 3), Summary(601, 1000, 7) };

        var before = ContentTag.Of("scope", 1, tiles, null);
        var after = ContentTag.Of("scope", 1, [tiles[0], tiles[1] with { Version = 8 }], null);

        Assert.NotEqual(before, after);
        Assert.Equal(before, ContentTag.Of("scope", 1, tiles.Reverse(), null));
    }

    [Fact]
    public void Of_FormatOrLayerVersionChanged_ChangesTag()
    {
        var tiles = new[] { Summary(600, 1000, 3) };
        var layer = new ResultLayerInfo("vc", "V/C", "", EntityKind.StreetSegment, 0, 1.2, 1);

        var plain = ContentTag.Of("scope", 1, tiles, null);

        Assert.NotEqual(plain, ContentTag.Of("scope", 2, tiles, null));
        Assert.NotEqual(plain, ContentTag.Of("scope", 1, tiles, layer));
        Assert.NotEqual(ContentTag.Of("scope", 1, tiles, layer), ContentTag.Of("scope", 1, tiles, layer with { Version = 2 }));
    }

    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"x\", \"abc\"", true)]
    [InlineData("*", true)]
    [InlineData("\"abcd\"", false)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    public void Matches_IfNoneMatchHeader_ComparesTags(string header, bool expected)
    {
        Assert.Equal(expected, ContentTag.Matches(header, "\"abc\""));
    }

    [Fact]
    public void Holds_IndexTilesBeneathAnAddress_OnlyThose()
    {
        Assert.True(ContentTag.Holds(Parent, TileKey.Base(new TileAddress(10, 600, 1000))));
        Assert.True(ContentTag.Holds(Parent, TileKey.Base(new TileAddress(10, 601, 1001))));
        Assert.False(ContentTag.Holds(Parent, TileKey.Base(new TileAddress(10, 602, 1000))));
        Assert.False(ContentTag.Holds(Parent, TileKey.Base(new TileAddress(8, 150, 250))));
    }

    [Fact]
    public void Directory_UnderAddressWithLayer_ReturnsTilesBeneathAndTheLayer()
    {
        var catalog = CityCatalog.Empty
            .WithTiles([Summary(600, 1000, 1), Summary(602, 1000, 1)])
            .WithScenario(new ScenarioSummary("plan", "Plan", 3, ImmutableDictionary<TileAddress, HeightRange>.Empty.Add(new TileAddress(10, 600, 1000), new HeightRange(5, 95))))
            .WithLayer(TileKey.BaseScenario, new ResultLayerInfo("vc", "V/C", "", EntityKind.StreetSegment, 0, 1, 0), out var first)
            .WithLayer(TileKey.BaseScenario, new ResultLayerInfo("vc", "V/C", "", EntityKind.StreetSegment, 0, 2, 0), out var second);

        var directory = catalog.Directory(TileKey.BaseScenario, Parent, "vc");

        Assert.True(directory.ScenarioKnown);
        Assert.Equal([new TileAddress(10, 600, 1000)], directory.Tiles.Select(t => t.Key.Address));
        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.Equal(2, directory.Layer!.Max);
        Assert.False(catalog.Directory("other", null, null).ScenarioKnown);
        var plan = catalog.Directory("plan", Parent, "vc");
        Assert.Null(plan.Layer);
        Assert.Equal(95, plan.Tiles.Single().Heights.Max);
        Assert.Equal(3, plan.EditVersion);
        Assert.Equal(0, catalog.Directory("plan", new TileAddress(10, 602, 1000), null).EditVersion);
        Assert.Equal(["base", "plan"], catalog.Scenarios);
    }

    private static TileSummary Summary(int x, int y, long version, string scenario = TileKey.BaseScenario) =>
        new(new TileKey(scenario, new TileAddress(10, x, y)), new EntityCounts(1, 0, 0, 0, 0), new RdEnvelope(0, 0, 1, 1), version, new HeightRange(0, 10));
}
