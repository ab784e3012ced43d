using Twin.Models.Import;

namespace Twin.Models.Tests.Import;

/// <summary>Planar faces in 3D cut into triangles on their own corners, wound the way the outer ring turns.</summary>
public sealed class FaceTriangulatorTests
{
    // An L-shaped wall in the plane y = 470000 (facing south, -y, when seen counter-clockwise from there) with a window.
    private static readonly (double X, double Y, double Z)[] LWall =
        [(140000, 470000, 0), (140012, 470000, 0), (140012, 470000, 4), (140005, 470000, 4), (140005, 470000, 9), (140000, 470000, 9)];

    private static readonly (double X, double Y, double Z)[] Window =
        [(140001, 470000, 5), (140001, 470000, 7), (140003, 470000, 7), (140003, 470000, 5)];

    [Fact]
    public void Triangulate_NonConvexWallWithWindow_CoversTheWallOnItsOwnCorners()
    {
        var (rings, coordinates) = Face(LWall, Window);

        var face = FaceTriangulator.Triangulate(rings, coordinates);

        Assert.Null(face.Problem);
        var triangles = face.Triangles!;

        // n + 2h - 2 triangles for n corners and h holes: 10 + 2 - 2.
        Assert.Equal(10, triangles.Length / 3);
        Assert.All(triangles, i => Assert.InRange(i, 0, LWall.Length + Window.Length - 1));
        var area = 0.0;
        for (var t = 0; t < triangles.Length; t += 3)
        {
            var normal = Normal(coordinates, triangles[t], triangles[t + 1], triangles[t + 2]);
            Assert.True(normal.Y < 0 && Math.Abs(normal.X) < 1e-9 && Math.Abs(normal.Z) < 1e-9, $"triangle {t / 3} faces ({normal.X} {normal.Y} {normal.Z}), not south");
            area += -normal.Y / 2;
        }

        Assert.Equal((12 * 4) + (5 * 5) - (2 * 2), area, 9);
        Assert.Equal((0, -1, 0), (Math.Round(face.Normal.X, 9), Math.Round(face.Normal.Y, 9), Math.Round(face.Normal.Z, 9)));
    }

    [Fact]
    public void Triangulate_ReversedRing_TrianglesAndNormalTurnAround()
    {
        var (rings, coordinates) = Face([.. LWall.Reverse()]);

        var face = FaceTriangulator.Triangulate(rings, coordinates);

        Assert.True(face.Normal.Y > 0.999);
        for (var t = 0; t < face.Triangles!.Length; t += 3)
        {
            Assert.True(Normal(coordinates, face.Triangles[t], face.Triangles[t + 1], face.Triangles[t + 2]).Y > 0);
        }
    }

    [Fact]
    public void Triangulate_SlopedRoofWithCollinearCorner_KeepsTheCornerAndMakesNoSlivers()
    {
        // A roof plane rising to the north with a corner in the middle of its eaves (where a wall below meets it).
        var (rings, coordinates) = Face([(140000, 470000, 6), (140005, 470000, 6), (140010, 470000, 6), (140010, 470004, 9), (140000, 470004, 9)]);

        var face = FaceTriangulator.Triangulate(rings, coordinates);

        Assert.Equal(3, face.Triangles!.Length / 3);
        Assert.Contains(1, face.Triangles);
        for (var t = 0; t < face.Triangles.Length; t += 3)
        {
            var normal = Normal(coordinates, face.Triangles[t], face.Triangles[t + 1], face.Triangles[t + 2]);
            Assert.True(normal.Z > 1e-6, $"triangle {t / 3} has area {normal.Z / 2} in plan: a sliver or facing down");
        }
    }

    [Fact]
    public void Triangulate_CollinearCorners_DegenerateWithReason()
    {
        var (rings, coordinates) = Face([(140000, 470000, 0), (140005, 470000, 0), (140010, 470000, 0)]);

        var face = FaceTriangulator.Triangulate(rings, coordinates);

        Assert.Null(face.Triangles);
        Assert.Contains("degenerate", face.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Triangulate_HoleOutsideTheShell_InvalidWithReason()
    {
        var (rings, coordinates) = Face(LWall, [(140020, 470000, 5), (140020, 470000, 7), (140022, 470000, 7), (140022, 470000, 5)]);

        var face = FaceTriangulator.Triangulate(rings, coordinates);

        Assert.Null(face.Triangles);
        Assert.Contains("not a valid polygon", face.Problem, StringComparison.Ordinal);
    }

    /// <summary>Rings as consecutive vertex indices over one coordinate list.</summary>
    private static (List<int[]> Rings, List<double> Coordinates) Face(params (double X, double Y, double Z)[][] rings)
    {
        var coordinates = new List<double>();
        var indices = new List<int[]>();
        foreach (var ring in rings)
        {
            indices.Add([.. Enumerable.Range(coordinates.Count / 3, ring.Length)]);
            coordinates.AddRange(ring.SelectMany(c => new[] { c.X, c.Y, c.Z }));
        }

        return (indices, coordinates);
    }

    /// <summary>Twice the triangle's vector area: its normal scaled by twice its area.</summary>
    private static (double X, double Y, double Z) Normal(List<double> c, int a, int b, int d)
    {
        var (ux, uy, uz) = (c[3 * b] - c[3 * a], c[(3 * b) + 1] - c[(3 * a) + 1], c[(3 * b) + 2] - c[(3 * a) + 2]);
        var (vx, vy, vz) = (c[3 * d] - c[3 * a], c[(3 * d) + 1] - c[(3 * a) + 1], c[(3 * d) + 2] - c[(3 * a) + 2]);
        return ((uy * vz) - (uz * vy), (uz * vx) - (ux * vz), (ux * vy) - (uy * vx));
    }
}
