using System.IO.Compression;
using System.Text.Json;
using Twin.Grains.City;
using Twin.Grains.Tiles;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Results;

namespace Twin.Grains.Tests;

public sealed class TileContentTests(CityClusterFixture cluster)
{
    [Fact]
    public async Task GetAsync_OneBuildingEdited_ChangesTagsOfTheTilesHoldingItOnly()
    {
        var area = TestArea.Next();
        var edited = area.Building(area.Dataset + "-edited", 100, 100);
        var other = area.Building(area.Dataset + "-other", 3_000, 3_000);
        await WriteAsync(area, edited, other);
        var editedTile = TilingScheme.TileAt(edited.Anchor);
        var otherTile = TilingScheme.TileAt(other.Anchor);
        Assert.NotEqual(editedTile, otherTile);
        var before = await TagsAsync(area, editedTile, otherTile);

        await WriteAsync(area, edited with { RoofHeight = 30 });

        var after = await TagsAsync(area, editedTile, otherTile);
        Assert.NotEqual(before.Tileset, after.Tileset);
        Assert.NotEqual(before.Edited, after.Edited);
        Assert.Equal(before.Other, after.Other);
    }

    [Fact]
    public async Task GetAsync_CurrentTag_NotModifiedWithoutBody()
    {
        var area = TestArea.Next();
        var house = area.Building(area.Dataset + "-house", 100, 100);
        await WriteAsync(area, house);
        var tile = Content(area, TilingScheme.TileAt(house.Anchor));
        var first = await tile.GetAsync(TileEncoding.Identity, null);

        var again = await tile.GetAsync(TileEncoding.Identity, "\"stale\", " + first.ETag);

        Assert.Equal(TileResponseStatus.Ok, first.Status);
        Assert.NotEmpty(first.Body!);
        Assert.Equal(TileResponseStatus.NotModified, again.Status);
        Assert.Null(again.Body);
        Assert.Equal(first.ETag, again.ETag);
    }

    [Fact]
    public async Task GetAsync_BrotliAndGzip_DecompressToTheSameContent()
    {
        var area = TestArea.Next();
        var house = area.Building(area.Dataset + "-house", 100, 100);
        await WriteAsync(area, house);
        var tile = Content(area, TilingScheme.TileAt(house.Anchor));

        var plain = await tile.GetAsync(TileEncoding.Identity, null);
        var brotli = await tile.GetAsync(TileEncoding.Brotli, null);
        var gzip = await tile.GetAsync(TileEncoding.Gzip, null);

        Assert.Equal(TileEncoding.Brotli, brotli.Encoding);
        Assert.Equal(plain.Body, Decompress(new BrotliStream(new MemoryStream(brotli.Body!), CompressionMode.Decompress)));
        Assert.Equal(plain.Body, Decompress(new GZipStream(new MemoryStream(gzip.Body!), CompressionMode.Decompress)));
        Assert.Equal(plain.ETag, brotli.ETag);
    }

    [Fact]
    public async Task GetAsync_UnknownScenarioLayerOrEmptyTile_NotFoundWithReason()
    {
        var area = TestArea.Next();
        var house = area.Building(area.Dataset + "-house", 100, 100);
        await WriteAsync(area, house);
        var address = TilingScheme.TileAt(house.Anchor);

        var scenario = await Grain(new TileContentKey(area.Dataset, "no-such-plan", address, null)).GetAsync(TileEncoding.Identity, null);
        var layer = await Grain(new TileContentKey(area.Dataset, TileKey.BaseScenario, address, "nothing")).GetAsync(TileEncoding.Identity, null);
        var empty = await Grain(new TileContentKey(area.Dataset, TileKey.BaseScenario, address with { X = address.X + 20 }, null)).GetAsync(TileEncoding.Identity, null);

        Assert.All([scenario, layer, empty], r => Assert.Equal(TileResponseStatus.NotFound, r.Status));
        Assert.Contains("unknown scenario 'no-such-plan'", scenario.Reason, StringComparison.Ordinal);
        Assert.Contains("no result layer 'nothing'", layer.Reason, StringComparison.Ordinal);
        Assert.Contains("holds no content", empty.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_ResultLayer_ListedInTilesetAndChangesOnlyLayerTags()
    {
        var area = TestArea.Next();
        var street = area.Street(area.Dataset + "-street", (0, 50), (200, 50));
        await WriteAsync(area, street);
        var address = TilingScheme.TileAt(street.Anchor);
        var layers = Grain<IResultLayerGrain>(new TileContentKey(area.Dataset, TileKey.BaseScenario, null, "vc"));
        var plain = await Content(area, address).GetAsync(TileEncoding.Identity, null);
        await layers.PublishAsync(ResultLayerValues.Create("vc", "Intensity / capacity", "", EntityKind.StreetSegment, [new(street.Id, 0.4)]));
        var layered = Grain(new TileContentKey(area.Dataset, TileKey.BaseScenario, address, "vc"));
        var first = await layered.GetAsync(TileEncoding.Identity, null);

        var republished = await layers.PublishAsync(ResultLayerValues.Create("vc", "Intensity / capacity", "", EntityKind.StreetSegment, [new(street.Id, 0.9)]));

        var second = await layered.GetAsync(TileEncoding.Identity, first.ETag);
        var plainAgain = await Content(area, address).GetAsync(TileEncoding.Identity, plain.ETag);
        Assert.Equal(2, republished.Version);
        Assert.Equal(TileResponseStatus.Ok, second.Status);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(TileResponseStatus.NotModified, plainAgain.Status);
        Assert.Equal(0.9, (await layers.GetAsync())!.Values[street.Id]);
        var tileset = await Grain(new TileContentKey(area.Dataset, TileKey.BaseScenario, null, null)).GetAsync(TileEncoding.Identity, null);
        using var json = JsonDocument.Parse(tileset.Body!);
        var listed = json.RootElement.GetProperty("extras").GetProperty("layers").EnumerateArray().Select(l => l.GetProperty("id").GetString());
        Assert.Equal(["vc"], listed);
    }

    [Fact]
    public async Task WaitForTileChangesAsync_AfterEdit_NamesTheChangedTile()
    {
        var area = TestArea.Next();
        var house = area.Building(area.Dataset + "-house", 100, 100);
        var city = cluster.Grains.GetGrain<ICityGrain>(area.Dataset);
        var cursor = await city.WaitForTileChangesAsync(Guid.Empty, 0, TimeSpan.Zero);

        await WriteAsync(area, house);

        var changes = await city.WaitForTileChangesAsync(cursor.Epoch, cursor.Sequence, TimeSpan.FromSeconds(5));
        var stale = await city.WaitForTileChangesAsync(Guid.NewGuid(), 0, TimeSpan.Zero);
        Assert.False(cursor.Complete);
        Assert.True(changes.Complete);
        Assert.Equal([TilingScheme.TileAt(house.Anchor)], changes.Changes.Select(c => c.Address!.Value));
        Assert.False(stale.Complete);
        Assert.Empty(stale.Changes);
    }

    private static byte[] Decompress(Stream stream)
    {
        using var output = new MemoryStream();
        using (stream)
        {
            stream.CopyTo(output);
        }

        return output.ToArray();
    }

    private async Task WriteAsync(TestArea area, params ICityEntity[] entities) =>
        await cluster.Writer.WriteAsync(area.Dataset, TestArea.Set(entities), "test", cancellationToken: TestContext.Current.CancellationToken);

    private async Task<(string Tileset, string Edited, string Other)> TagsAsync(TestArea area, TileAddress edited, TileAddress other)
    {
        var tileset = await Grain(new TileContentKey(area.Dataset, TileKey.BaseScenario, null, null)).GetAsync(TileEncoding.Identity, null);
        var first = await Content(area, edited).GetAsync(TileEncoding.Identity, null);
        var second = await Content(area, other).GetAsync(TileEncoding.Identity, null);
        Assert.All([tileset, first, second], r => Assert.Equal(TileResponseStatus.Ok, r.Status));
        return (tileset.ETag, first.ETag, second.ETag);
    }

    private ITileContentGrain Content(TestArea area, TileAddress address) =>
        Grain(new TileContentKey(area.Dataset, TileKey.BaseScenario, address, null));

    private ITileContentGrain Grain(TileContentKey key) => Grain<ITileContentGrain>(key);

    private TGrain Grain<TGrain>(TileContentKey key)
        where TGrain : IGrainWithStringKey => cluster.Grains.GetGrain<TGrain>(key.ToString());
}
