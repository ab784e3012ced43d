using System.Numerics;
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
        AssertClosedAndOutward(triangles, expectedVolume: 20 * 10 * 12);
        AssertNormalsAgreeWithWinding(glb.Primitive("building"));
    }

    [Fact]
    public void Write_DemoTile_StoredNormalsAgreeWithWinding()
    {
        var glb = GlbContent.Parse(TileGlbWriter.Write(TileSamples.BusiestTile, DemoSets.Stationsgebied, TileDetail.ForLevel(10)).Bytes);

        foreach (var primitive in glb.Model.LogicalMeshes.SelectMany(m => m.Primitives))
        {
            AssertNormalsAgreeWithWinding(primitive);
        }
    }

    /// <summary>Every triangle's face normal (from its counter-clockwise winding) points the way its vertices' stored normals point.</summary>
    private static void AssertNormalsAgreeWithWinding(SharpGLTF.Schema2.MeshPrimitive primitive)
    {
        var positions = primitive.GetVertexAccessor("POSITION").AsVector3Array();
        var normals = primitive.GetVertexAccessor("NORMAL").AsVector3Array();
        foreach (var (a, b, c) in primitive.GetTriangleIndices())
        {
            var face = Vector3.Cross(positions[b] - positions[a], positions[c] - positions[a]);
            if (face.Length() < 1e-4f)
            {
                continue;
            }

            Assert.True(Vector3.Dot(face, normals[a] + normals[b] + normals[c]) > 0, $"triangle {a},{b},{c} faces against its normals");
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

        AssertClosedAndOutward(GlbContent.Triangles(glb.Primitive("building")).ToList(), expectedVolume: ((30 * 30) - (10 * 10)) * 10);
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
            AssertClosedAndOutward(building.ToList(), expectedVolume: null);
        }
    }

    /// <summary>Every directed edge has its opposite (closed, consistently wound); the signed volume is positive; face normals agree with the stored normals.</summary>
    private static void AssertClosedAndOutward(List<(Vector3 A, Vector3 B, Vector3 C, int Feature)> triangles, double? expectedVolume)
    {
        var edges = new Dictionary<((long, long, long), (long, long, long)), int>();
        double volume = 0;
        foreach (var (a, b, c, _) in triangles)
        {
            foreach (var (p, q) in new[] { (a, b), (b, c), (c, a) })
            {
                var key = (Key(p), Key(q));
                edges[key] = edges.GetValueOrDefault(key) + 1;
            }

            volume += Vector3.Dot(a, Vector3.Cross(b, c)) / 6.0;
        }

        foreach (var ((from, to), count) in edges)
        {
            Assert.True(edges.GetValueOrDefault((to, from)) == count, $"edge {from}->{to} appears {count} times, its opposite {edges.GetValueOrDefault((to, from))} times");
        }

        Assert.True(volume > 0, $"signed volume {volume} is not positive: the solid is inside out");
        if (expectedVolume is { } expected)
        {
            Assert.InRange(volume, expected * 0.999, expected * 1.001);
        }
    }

    private static (long, long, long) Key(Vector3 p) => ((long)Math.Round(p.X * 1000), (long)Math.Round(p.Y * 1000), (long)Math.Round(p.Z * 1000));
}
