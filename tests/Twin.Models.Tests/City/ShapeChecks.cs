using Twin.Models.City;

namespace Twin.Models.Tests.City;

/// <summary>Checks of a LOD2 shape as a solid: closed and consistently wound by vertex index, enclosing a positive volume.</summary>
internal static class ShapeChecks
{
    /// <summary>Every directed edge appears once and its opposite once: each edge is shared by exactly two triangles, wound against each other.</summary>
    public static void AssertClosed(BuildingShape shape)
    {
        var edges = new Dictionary<(int, int), int>();
        for (var t = 0; t < shape.TriangleCount; t++)
        {
            var (a, b, c) = (shape.Triangles[3 * t], shape.Triangles[(3 * t) + 1], shape.Triangles[(3 * t) + 2]);
            foreach (var edge in new[] { (a, b), (b, c), (c, a) })
            {
                edges[edge] = edges.GetValueOrDefault(edge) + 1;
            }
        }

        foreach (var ((from, to), count) in edges)
        {
            Assert.True(count == 1 && edges.GetValueOrDefault((to, from)) == 1, $"edge {from}->{to} appears {count} times, its opposite {edges.GetValueOrDefault((to, from))} times");
        }
    }

    /// <summary>The signed volume (divergence theorem over the triangles, relative to the first vertex): positive when the normals point outward.</summary>
    public static double SignedVolume(BuildingShape shape)
    {
        var origin = shape.Vertex(0);
        double volume = 0;
        for (var t = 0; t < shape.TriangleCount; t++)
        {
            var (a, b, c) = (Relative(shape.Triangles[3 * t]), Relative(shape.Triangles[(3 * t) + 1]), Relative(shape.Triangles[(3 * t) + 2]));
            volume += ((a.X * ((b.Y * c.Z) - (b.Z * c.Y))) - (a.Y * ((b.X * c.Z) - (b.Z * c.X))) + (a.Z * ((b.X * c.Y) - (b.Y * c.X)))) / 6;
        }

        return volume;

        (double X, double Y, double Z) Relative(int index)
        {
            var (x, y, z) = shape.Vertex(index);
            return (x - origin.X, y - origin.Y, z - origin.Z);
        }
    }

    /// <summary>How many triangles of each surface type.</summary>
    public static Dictionary<BuildingSurface, int> TrianglesBySurface(BuildingShape shape) =>
        shape.Surfaces.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
}
