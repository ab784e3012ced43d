using System.Numerics;
using SharpGLTF.Schema2;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Import;
using Twin.Models.Tests.City;
using Twin.Models.Tests.Import;
using Twin.Models.Tiles;
using Twin.Testing;

namespace Twin.Models.Tests.Tiles;

/// <summary>Buildings with LOD2 surfaces: their triangles at full detail (closed, outward, roofs shaded), the LOD1 block at coarser levels.</summary>
public sealed class Lod2TileTests : IDisposable
{
    private const string BagFixture = "tests/Twin.Models.Tests/Fixtures/3dbag_delft_small.city.jsonl";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static CitySet Bag { get; } = CityImporter.Import(SharedData.RepositoryFile(BagFixture), new ImportOptions { ReferenceYear = 2025 }).Entities;

    [Fact]
    public void Write_3dBagBuildings_EveryShapeTriangleClosedOutwardWithItsVolume()
    {
        Assert.NotEmpty(Bag.Buildings);
        foreach (var tile in Bag.Buildings.Select(b => TilingScheme.TileAt(b.Anchor)).Distinct())
        {
            var inTile = Bag.Buildings.Where(b => TilingScheme.TileAt(b.Anchor) == tile).ToList();

            var glb = TileGlbWriter.Write(tile, Bag, TileDetail.ForLevel(10));

            var content = GlbContent.Parse(glb.Bytes);
            var ids = content.Strings("building", "id");
            Assert.Equal(inTile.Select(b => b.Id).Order(), ids.Order());
            Assert.Equal(inTile.Count + 1, glb.FeatureCount);
            var primitive = content.Primitive("building");
            var byFeature = GlbContent.Triangles(primitive).GroupBy(t => ids[t.Feature]).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var building in inTile)
            {
                Assert.Equal(building.Shape!.TriangleCount, byFeature[building.Id].Count);
                SolidAssert.ClosedAndOutward(byFeature[building.Id], ShapeChecks.SignedVolume(building.Shape));
            }

            // Each face has vertices of its own (its flat normal): as many as the distinct corners of its triangles.
            Assert.Equal(inTile.Sum(b => FaceCorners(b.Shape!)), primitive.GetVertexAccessor("POSITION").Count);
            AssertWellFormed(content, primitive);
        }
    }

    [Fact]
    public void Write_GabledHouse_SlopedRoofsClosedWithTheHouseVolume()
    {
        var centre = TileSamples.Centre(TileSamples.BusiestTile);
        var house = new GabledHouse(Math.Round(centre.X), Math.Round(centre.Y), Ground: 1, Eaves: 7, Ridge: 10);
        var building = ImportHouse(house);

        var content = GlbContent.Parse(TileGlbWriter.Write(TileSamples.BusiestTile, TileSamples.Set(building), TileDetail.ForLevel(10)).Bytes);

        var primitive = content.Primitive("building");
        var triangles = GlbContent.Triangles(primitive).ToList();
        Assert.Equal(GabledHouse.TriangleCount, triangles.Count);
        SolidAssert.ClosedAndOutward(triangles, house.Volume);
        SolidAssert.NormalsAgreeWithWinding(primitive);
        AssertWellFormed(content, primitive);
    }

    [Fact]
    public void Write_CoarserLevel_Lod2BuildingAsItsLod1Block()
    {
        var parent = TilingScheme.TileAt(Bag.Buildings[0].Anchor, 9);
        var withoutShapes = CitySet.From(Bag.Buildings.Select(b => b with { Shape = null }));

        var lod2 = GlbContent.Parse(TileGlbWriter.Write(parent, Bag, TileDetail.ForLevel(9)).Bytes);
        var lod1 = GlbContent.Parse(TileGlbWriter.Write(parent, withoutShapes, TileDetail.ForLevel(9)).Bytes);

        Assert.Equal(lod1.Strings("building", "id"), lod2.Strings("building", "id"));
        Assert.Equal(GlbContent.Triangles(lod1.Primitive("building")).Count(), GlbContent.Triangles(lod2.Primitive("building")).Count());
        Assert.NotEqual(Bag.Buildings.Sum(b => b.Shape!.TriangleCount), GlbContent.Triangles(lod2.Primitive("building")).Count());
    }

    [Fact]
    public void Write_Lod2Building_RoofsInTheRoofShadeOfItsUse()
    {
        var centre = TileSamples.Centre(TileSamples.BusiestTile);
        var building = ImportHouse(new GabledHouse(Math.Round(centre.X), Math.Round(centre.Y), Ground: 1, Eaves: 7, Ridge: 10));

        var colors = ColorsByFacing(TileGlbWriter.Write(TileSamples.BusiestTile, TileSamples.Set(building), TileDetail.ForLevel(10), null));

        Assert.Equal(Linear(TilePalette.Roof(building.Use)), Assert.Single(colors.Up));
        Assert.Equal(Linear(TilePalette.Building(building.Use)), Assert.Single(colors.Side));
        Assert.NotEqual(colors.Up.Single(), colors.Side.Single());
    }

    [Fact]
    public void Write_Lod2BuildingInResultLayer_OneColourForRoofsAndWalls()
    {
        var centre = TileSamples.Centre(TileSamples.BusiestTile);
        var building = ImportHouse(new GabledHouse(Math.Round(centre.X), Math.Round(centre.Y), Ground: 1, Eaves: 7, Ridge: 10));
        var ramp = ColorRamp.Sequential(0, 100);
        var layer = new ResultLayer("sunHours", "Sun hours", "h", EntityKind.Building, new Dictionary<string, double> { [building.Id] = 30 }, ramp);

        var colors = ColorsByFacing(TileGlbWriter.Write(TileSamples.BusiestTile, TileSamples.Set(building), TileDetail.ForLevel(10), layer));

        Assert.Equal(Linear(ramp.ColorAt(30)), Assert.Single(colors.Up.Union(colors.Side)));
    }

    private Building ImportHouse(GabledHouse house)
    {
        var plan = FormattableString.Invariant(
            $"POLYGON (({house.X} {house.Y}, {house.X + house.Width} {house.Y}, {house.X + house.Width} {house.Y + house.Depth}, {house.X} {house.Y + house.Depth}, {house.X} {house.Y}))");
        var text = new CityJsonText().Block("house", plan, house.Ground, house.Eaves).Lod2Solid("house", house.Faces());
        var result = CityImporter.Import(_temp.Write("house.city.json", text.Document()), new ImportOptions { ReferenceYear = 2025 });
        return Assert.Single(result.Entities.Buildings);
    }

    /// <summary>The distinct vertex colours of roof-like faces (normal within 60° of up, glTF y) and of walls.</summary>
    private static (HashSet<Vector4> Up, HashSet<Vector4> Side) ColorsByFacing(TileGlb glb)
    {
        var primitive = GlbContent.Parse(glb.Bytes).Primitive("building");
        var colors = primitive.GetVertexAccessor("COLOR_0").AsColorArray();
        var normals = primitive.GetVertexAccessor("NORMAL").AsVector3Array();
        var all = Enumerable.Range(0, colors.Count).ToList();
        return (all.Where(i => normals[i].Y > 0.5f).Select(i => colors[i]).ToHashSet(), all.Where(i => Math.Abs(normals[i].Y) < 0.1f).Select(i => colors[i]).ToHashSet());
    }

    private static Vector4 Linear(TileColor color)
    {
        var packed = color.ToLinearRgba();
        return new Vector4(packed & 0xff, (packed >> 8) & 0xff, (packed >> 16) & 0xff, packed >> 24) / 255f;
    }

    /// <summary>Per face, the distinct vertices its triangles use.</summary>
    private static int FaceCorners(BuildingShape shape) =>
        Enumerable.Range(0, shape.FaceCount).Sum(f =>
        {
            var (start, end) = shape.FaceTriangles(f);
            return shape.Triangles.Skip(3 * start).Take(3 * (end - start)).Distinct().Count();
        });

    /// <summary>What the glTF validator checks of a primitive's accessors: indices in range, unit normals, positions inside the accessor bounds.</summary>
    private static void AssertWellFormed(GlbContent content, MeshPrimitive primitive)
    {
        var positions = primitive.GetVertexAccessor("POSITION");
        Assert.All(primitive.GetIndices(), i => Assert.InRange(i, 0u, (uint)positions.Count - 1));
        Assert.All(primitive.GetVertexAccessor("NORMAL").AsVector3Array(), n => Assert.Equal(1f, n.Length(), 1e-4f));
        var accessor = content.Json.RootElement.GetProperty("accessors")[positions.LogicalIndex];
        var (min, max) = (Bounds("min"), Bounds("max"));
        Assert.All(positions.AsVector3Array(), p =>
        {
            Assert.InRange(p.X, min[0], max[0]);
            Assert.InRange(p.Y, min[1], max[1]);
            Assert.InRange(p.Z, min[2], max[2]);
        });

        float[] Bounds(string name) => [.. accessor.GetProperty(name).EnumerateArray().Select(v => v.GetSingle())];
    }
}
