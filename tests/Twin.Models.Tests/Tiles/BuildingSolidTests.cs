using Twin.Models.Geo;
using Twin.Models.Tests.Demo;
using Twin.Models.Tiles;

namespace Twin.Models.Tests.Tiles;

public sealed class BuildingSolidTests
{
    [Fact]
    public void Write_RectangleBuilding_ClosedSolidWithOutwardNormals()
    {
        var address = TileSamples.BusiestTile;
        var building = TileSamples.Box("b-1", TileSamples.Centre(address), 20, 10, ground: 2, roof: 14);

        var glb = GlbContent.Parse(TileGlbWriter.Write(address, TileSamples.Set(building), TileDetail.ForLevel(10)).Bytes);

        var triangles = GlbContent.Triangles(glb.Primitive("building")).ToList();
        Assert.Equal(12, triangles.Count);
        SolidAssert.ClosedAndOutward(triangles, expectedVolume: 20 * 10 * 12);
        SolidAssert.NormalsAgreeWithWinding(glb.Primitive("building"));
    }

    [Fact]
    public void Write_DemoTile_StoredNormalsAgreeWithWinding()
    {
        var glb = GlbContent.Parse(TileGlbWriter.Write(TileSamples.BusiestTile, DemoSets.Stationsgebied, TileDetail.ForLevel(10)).Bytes);

        foreach (var primitive in glb.Model.LogicalMeshes.SelectMany(m => m.Primitives))
        {
            SolidAssert.NormalsAgreeWithWinding(primitive);
        }
    }

    [Fact]
    public void Write_FootprintWithHoleAndClockwiseShell_ClosedSolidWithOutwardNormals()
    {
        var address = TileSamples.BusiestTile;
        var origin = TileSamples.Centre(address);
        var shell = TileSamples.Ring(origin, (0, 0), (0, 30), (30, 30), (30, 0));
        var hole = TileSamples.Ring(origin, (10, 10), (20, 10), (20, 20), (10, 20));
        var building = TileSamples.Building("courtyard", new RdPolygon(shell, [hole]), ground: 1, roof: 11);

        var glb = GlbContent.Parse(TileGlbWriter.Write(address, TileSamples.Set(building), TileDetail.ForLevel(10)).Bytes);

        SolidAssert.ClosedAndOutward(GlbContent.Triangles(glb.Primitive("building")).ToList(), expectedVolume: ((30 * 30) - (10 * 10)) * 10);
    }

    [Fact]
    public void Write_DemoTile_EveryBuildingClosedWithOutwardNormals()
    {
        var address = TileSamples.BusiestTile;

        var glb = GlbContent.Parse(TileGlbWriter.Write(address, DemoSets.Stationsgebied, TileDetail.ForLevel(10)).Bytes);

        var byFeature = GlbContent.Triangles(glb.Primitive("building")).GroupBy(t => t.Feature).ToList();
        Assert.True(byFeature.Count > 20, $"only {byFeature.Count} buildings in the busiest tile");
        foreach (var building in byFeature)
        {
            SolidAssert.ClosedAndOutward(building.ToList(), expectedVolume: null);
        }
    }
}
