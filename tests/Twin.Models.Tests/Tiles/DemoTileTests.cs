using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Tests.Demo;
using Twin.Models.Tiles;

namespace Twin.Models.Tests.Tiles;

/// <summary>
/// Every content tile of the Stationsgebied demo at every content level. The glbs are also written to
/// <c>$TMPDIR/twin-tiles/{level}-{x}-{y}.glb</c> so the Khronos glTF Validator (npm gltf-validator, <c>validateBytes</c>) can check them: 0 errors expected.
/// </summary>
public sealed class DemoTileTests
{
    public static TheoryData<int> ContentLevels => new() { 10, 9, 8 };

    [Theory]
    [MemberData(nameof(ContentLevels))]
    public void Write_EveryDemoTile_HoldsItsFeaturesAndSkipsNone(int level)
    {
        var demo = DemoSets.Stationsgebied;
        var detail = TileDetail.ForLevel(level);
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "twin-tiles")).FullName;
        var tiles = demo.All().Select(e => TilingScheme.TileAt(e.Anchor, level)).Distinct().ToList();
        var buildings = 0;

        foreach (var address in tiles)
        {
            var glb = TileGlbWriter.Write(address, demo, detail);
            File.WriteAllBytes(Path.Combine(folder, $"{address.Level}-{address.X}-{address.Y}.glb"), glb.Bytes);
            var content = GlbContent.Parse(glb.Bytes);
            Assert.Empty(glb.Skipped);
            Assert.Equal(glb.FeatureCount, content.Metadata.GetProperty("propertyTables").EnumerateArray().Sum(t => t.GetProperty("count").GetInt32()));
            buildings += content.Rows("building").Length;
        }

        var expected = demo.Buildings.Count(b => Math.Max(b.Height, Math.Max(b.Envelope.Width, b.Envelope.Height)) >= detail.MinFeatureSize);
        Assert.Equal(expected, buildings);
    }

    [Fact]
    public void Write_DemoTileWithResultLayer_EveryStreetHasAValueProperty()
    {
        var demo = DemoSets.Stationsgebied;
        var address = TileSamples.BusiestTile;
        var values = demo.StreetSegments.Where((_, i) => i % 3 != 0).ToDictionary(s => s.Id, s => s.SpeedLimit * 10);
        var layer = new ResultLayer("vc", "Volume/capacity", "-", EntityKind.StreetSegment, values, ColorRamp.Diverging(0, 1000));

        var glb = TileGlbWriter.Write(address, demo, TileDetail.ForLevel(10), layer);
        File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "twin-tiles")).FullName, "layer-vc.glb"), glb.Bytes);

        var content = GlbContent.Parse(glb.Bytes);
        var ids = content.Strings("street", "id");
        var stored = content.Doubles("street", "vc");
        Assert.Equal(ids.Select(id => values.TryGetValue(id, out var v) ? v : ResultLayer.NoData), stored);
    }
}
