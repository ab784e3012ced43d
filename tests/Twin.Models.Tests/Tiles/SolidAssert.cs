using System.Numerics;

namespace Twin.Models.Tests.Tiles;

/// <summary>Checks of the solids in a glb: closed and consistently wound, outward, normals that agree with the winding.</summary>
internal static class SolidAssert
{
    /// <summary>Every triangle's face normal (from its counter-clockwise winding) points the way its vertices' stored normals point.</summary>
    public static void NormalsAgreeWithWinding(SharpGLTF.Schema2.MeshPrimitive primitive)
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

    /// <summary>Every directed edge has its opposite (closed, consistently wound) and the signed volume is positive (and as expected, within 0.1 %).</summary>
    public static void ClosedAndOutward(List<(Vector3 A, Vector3 B, Vector3 C, int Feature)> triangles, double? expectedVolume)
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
