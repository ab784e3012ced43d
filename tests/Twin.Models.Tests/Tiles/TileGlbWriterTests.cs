using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Tests.Demo;
using Twin.Models.Tiles;

namespace Twin.Models.Tests.Tiles;

public sealed class TileGlbWriterTests
{
    private static readonly string[] Classes = ["building", "street", "utility", "sensor", "tree", "ground"];

    [Fact]
    public void Write_DemoTile_FeatureIdsRoundTripToEntityIds()
    {
        var address = TileSamples.BusiestTile;
        var inTile = DemoSets.Stationsgebied.Where(e => TilingScheme.TileAt(e.Anchor) == address);

        var glb = TileGlbWriter.Write(address, DemoSets.Stationsgebied, TileDetail.ForLevel(10));
        var content = GlbContent.Parse(glb.Bytes);

        var ids = content.Strings("building", "id");
        Assert.Equal(inTile.Buildings.Select(b => b.Id).Order(), ids.Order());
        foreach (var (a, _, _, feature) in GlbContent.Triangles(content.Primitive("building")))
        {
            Assert.InRange(feature, 0, ids.Length - 1);
        }

        var usedIds = GlbContent.Triangles(content.Primitive("building")).Select(t => ids[t.Feature]).ToHashSet();
        Assert.Equal(ids.ToHashSet(), usedIds);
        Assert.Equal(inTile.StreetSegments.Select(s => s.Id).Order(), content.Strings("street", "id").Order());
        Assert.Equal(inTile.Count + 1, glb.FeatureCount);
        Assert.Equal(glb.VertexCount, content.Model.LogicalMeshes.SelectMany(m => m.Primitives).Sum(p => p.GetVertexAccessor("POSITION").Count));
    }

    [Fact]
    public void Write_DemoTile_OneTableWhereEveryFeatureHasIdAndKind()
    {
        var content = GlbContent.Parse(TileGlbWriter.Write(TileSamples.BusiestTile, DemoSets.Stationsgebied, TileDetail.ForLevel(10)).Bytes);

        var classes = content.Metadata.GetProperty("schema").GetProperty("classes");
        var properties = Assert.Single(classes.EnumerateObject()).Value.GetProperty("properties");
        Assert.Equal("STRING", properties.GetProperty("id").GetProperty("type").GetString());
        Assert.Equal("STRING", properties.GetProperty("kind").GetProperty("type").GetString());
        Assert.Single(content.Metadata.GetProperty("propertyTables").EnumerateArray());
        var kinds = Classes.Select(k => content.Rows(k).Length).Sum();
        Assert.Equal(content.Count, kinds);
        Assert.NotEmpty(content.Rows("building"));
        Assert.Single(content.Rows("ground"));
    }

    [Fact]
    public void Write_Trees_OneInstancePerTreeOnTrunkAndCrown()
    {
        var address = TileSamples.BusiestTile;
        var centre = TileSamples.Centre(address);
        var trees = Enumerable.Range(0, 7).Select(i => (ICityEntity)TileSamples.Tree($"tree-{i}", new RdPoint(centre.X + (i * 9), centre.Y), height: 8 + i)).ToArray();

        var content = GlbContent.Parse(TileGlbWriter.Write(address, TileSamples.Set(trees), TileDetail.ForLevel(10)).Bytes);

        var instanced = content.Model.LogicalNodes.Where(n => n.GetGpuInstancing() is not null).ToList();
        Assert.Equal(2, instanced.Count);
        Assert.All(instanced, n => Assert.Equal(7, n.GetGpuInstancing().Count));
        Assert.Equal(trees.Select(t => t.Id), content.Strings("tree", "id"));
        var featureIds = instanced[0].GetGpuInstancing().GetAccessor("_FEATURE_ID_0").AsScalarArray();
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], featureIds.Select(f => (int)f));
        var crownScales = instanced.Single(n => n.Name == "crowns").GetGpuInstancing().GetAccessor("SCALE").AsVector3Array();
        Assert.All(crownScales, s => Assert.Equal(3f, s.X, 3));
    }

    [Fact]
    public void Write_ResultLayer_ColoursAndPropertyPerBuilding()
    {
        var address = TileSamples.BusiestTile;
        var centre = TileSamples.Centre(address);
        var low = TileSamples.Box("low", centre, 10, 10);
        var high = TileSamples.Box("high", new RdPoint(centre.X + 30, centre.Y), 10, 10);
        var none = TileSamples.Box("none", new RdPoint(centre.X + 60, centre.Y), 10, 10);
        var ramp = ColorRamp.Sequential(0, 100);
        var layer = new ResultLayer("sunHours", "Sun hours", "h", EntityKind.Building, new Dictionary<string, double> { ["low"] = 0, ["high"] = 100 }, ramp);

        var content = GlbContent.Parse(TileGlbWriter.Write(address, TileSamples.Set(low, high, none), TileDetail.ForLevel(10), layer).Bytes);

        var ids = content.Strings("building", "id");
        var values = content.Doubles("building", "sunHours");
        Assert.Equal(0, values[Array.IndexOf(ids, "low")]);
        Assert.Equal(100, values[Array.IndexOf(ids, "high")]);
        Assert.Equal(ResultLayer.NoData, values[Array.IndexOf(ids, "none")]);
        var primitive = content.Primitive("building");
        var colors = primitive.GetVertexAccessor("COLOR_0").AsColorArray();
        var features = primitive.GetVertexAccessor("_FEATURE_ID_0").AsScalarArray();
        var colorOf = Enumerable.Range(0, colors.Count).GroupBy(i => ids[(int)features[i]]).ToDictionary(g => g.Key, g => g.Select(i => colors[i]).Distinct().Single());
        Assert.NotEqual(colorOf["low"], colorOf["high"]);
        Assert.Equal(colorOf["none"].X, colorOf["none"].Y, 3);
        Assert.True(colorOf["low"].X > colorOf["high"].X, "the sequential ramp runs light (yellow) to dark (purple)");
    }

    [Fact]
    public void Write_DegenerateFootprints_RepairedOrSkippedAndReported()
    {
        var address = TileSamples.BusiestTile;
        var centre = TileSamples.Centre(address);
        var bowTie = TileSamples.Building("bow-tie", TileSamples.Polygon(centre, (0, 0), (10, 10), (10, 0), (0, 10)));
        var flat = TileSamples.Building("flat", TileSamples.Polygon(new RdPoint(centre.X + 40, centre.Y), (0, 0), (10, 0), (20, 0)));
        var duplicates = TileSamples.Building("duplicates", TileSamples.Polygon(new RdPoint(centre.X + 80, centre.Y), (0, 0), (0, 0), (10, 0), (10, 0), (10, 8), (0, 8)));
        var tooFew = TileSamples.Building("two-points", TileSamples.Polygon(new RdPoint(centre.X + 120, centre.Y), (0, 0), (5, 5)));
        var ok = TileSamples.Box("ok", new RdPoint(centre.X, centre.Y + 40), 10, 10);

        var glb = TileGlbWriter.Write(address, TileSamples.Set(bowTie, flat, duplicates, tooFew, ok), TileDetail.ForLevel(10));
        var content = GlbContent.Parse(glb.Bytes);

        Assert.Equal(["flat", "two-points"], glb.Skipped.Select(i => i.EntityId).Order());
        Assert.Equal(["bow-tie"], glb.Repaired.Select(i => i.EntityId));
        Assert.Equal(["bow-tie", "duplicates", "ok"], content.Strings("building", "id").Order());
    }

    [Fact]
    public void Write_SupersetOfContent_KeepsOnlyEntitiesAnchoredInTile()
    {
        var address = TileSamples.BusiestTile;
        var bounds = TilingScheme.Bounds(address);
        var inside = TileSamples.Box("inside", bounds.Centre, 10, 10);
        var outside = TileSamples.Box("outside", new RdPoint(bounds.MaxX + 100, bounds.MinY + 100), 10, 10);

        var content = GlbContent.Parse(TileGlbWriter.Write(address, TileSamples.Set(inside, outside), TileDetail.ForLevel(10)).Bytes);

        Assert.Equal(["inside"], content.Strings("building", "id"));
        Assert.Equal([$"ground-10-{address.X}-{address.Y}"], content.Strings("ground", "id"));
    }

    [Fact]
    public void Write_CoarseLevel_DropsUndergroundSensorsAndSmallFeatures()
    {
        var address = TileSamples.BusiestTile.AncestorAt(8);

        var content = GlbContent.Parse(TileGlbWriter.Write(address, DemoSets.Stationsgebied, TileDetail.ForLevel(8)).Bytes);

        Assert.Empty(content.Rows("utility"));
        Assert.Empty(content.Rows("sensor"));
        var small = DemoSets.Stationsgebied.Buildings.Where(b => Math.Max(b.Height, Math.Max(b.Envelope.Width, b.Envelope.Height)) < 12).Select(b => b.Id).ToHashSet();
        Assert.DoesNotContain(content.Strings("building", "id"), small.Contains);
    }

    [Fact]
    public void Write_NoContent_GroundOnlyAtNapZero()
    {
        var address = TileSamples.BusiestTile;

        var glb = TileGlbWriter.Write(address, CitySet.Empty, TileDetail.ForLevel(10));
        File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "twin-tiles")).FullName, "empty.glb"), glb.Bytes);

        var content = GlbContent.Parse(glb.Bytes);
        Assert.Equal(1, glb.FeatureCount);
        Assert.Equal(["ground"], content.Strings("ground", "kind"));
        var projection = TileFrame.Projection(address, TilingScheme.Bounds(address));
        var centre = TileSamples.Centre(address);
        var up = projection.ToLocal(centre.X, centre.Y, 0).Y;
        Assert.Contains(content.Primitive("ground").GetVertexAccessor("POSITION").AsVector3Array(), p => Math.Abs(p.Y - up) < 0.01 && Math.Abs(p.X) < 0.01);
    }
}
