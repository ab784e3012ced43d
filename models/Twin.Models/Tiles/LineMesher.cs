using System.Numerics;
using Twin.Models.City;

namespace Twin.Models.Tiles;

/// <summary>Street ribbons on the ground and utility tubes under it.</summary>
internal static class LineMesher
{
    /// <summary>Streets lie this far above the estimated ground so they do not flicker with it.</summary>
    public const double StreetLift = 0.05;

    private const int TubeSides = 8;

    /// <summary>A ribbon of the street's width along its centreline (mitred joints), facing up.</summary>
    public static void AddStreet(MeshBuffer mesh, StreetSegment street, GroundModel ground, LocalProjection projection, uint color, int featureId)
    {
        var points = street.Centreline.Points;
        if (points.Length < 2)
        {
            return;
        }

        var half = Math.Max(street.Width, 1) / 2;
        int previousLeft = -1, previousRight = -1;
        for (var i = 0; i < points.Length; i++)
        {
            var (nx, ny) = MiterNormal(street, i, half);
            var (left, right) = ((points[i].X + nx, points[i].Y + ny), (points[i].X - nx, points[i].Y - ny));
            var l = mesh.AddVertex(OnGround(left.Item1, left.Item2), Vector3.UnitY, color, featureId);
            var r = mesh.AddVertex(OnGround(right.Item1, right.Item2), Vector3.UnitY, color, featureId);
            if (previousLeft >= 0)
            {
                mesh.AddTriangle(previousRight, r, l);
                mesh.AddTriangle(previousRight, l, previousLeft);
            }

            (previousLeft, previousRight) = (l, r);
        }

        Vector3 OnGround(double x, double y) => projection.ToLocal(x, y, ground.HeightAt(x, y) + StreetLift);
    }

    /// <summary>An eight-sided tube per centreline piece, at the line's depth, radius from its diameter (mm).</summary>
    public static void AddUtility(MeshBuffer mesh, UtilityLine line, LocalProjection projection, uint color, int featureId)
    {
        var radius = Math.Max(line.Diameter, 20) / 2000;
        var centre = line.TopLevel - radius;
        var points = line.Centreline.Points;
        for (var i = 0; i + 1 < points.Length; i++)
        {
            var a = projection.ToLocal(points[i].X, points[i].Y, centre);
            var b = projection.ToLocal(points[i + 1].X, points[i + 1].Y, centre);
            if (Vector3.DistanceSquared(a, b) < 1e-6f)
            {
                continue;
            }

            AddTube(mesh, a, b, (float)radius, color, featureId);
        }
    }

    private static void AddTube(MeshBuffer mesh, Vector3 a, Vector3 b, float radius, uint color, int featureId)
    {
        var d = Vector3.Normalize(b - a);
        var side = Vector3.Cross(d, Vector3.UnitY);
        var u1 = side.LengthSquared() < 1e-8f ? Vector3.UnitX : Vector3.Normalize(side);
        var u2 = Vector3.Cross(u1, d);
        var first = mesh.VertexCount;
        for (var k = 0; k < TubeSides; k++)
        {
            var angle = 2 * MathF.PI * k / TubeSides;
            var normal = (MathF.Cos(angle) * u1) + (MathF.Sin(angle) * u2);
            mesh.AddVertex(a + (normal * radius), normal, color, featureId);
            mesh.AddVertex(b + (normal * radius), normal, color, featureId);
        }

        for (var k = 0; k < TubeSides; k++)
        {
            var next = (k + 1) % TubeSides;
            int ak = first + (2 * k), bk = ak + 1, an = first + (2 * next), bn = an + 1;
            mesh.AddTriangle(ak, bk, bn);
            mesh.AddTriangle(ak, bn, an);
        }
    }

    private static (double X, double Y) MiterNormal(StreetSegment street, int i, double half)
    {
        var points = street.Centreline.Points;
        var before = Normal(points[Math.Max(i - 1, 0)], points[Math.Max(i, 1)]);
        var after = Normal(points[Math.Min(i, points.Length - 2)], points[Math.Min(i + 1, points.Length - 1)]);
        var (mx, my) = (before.X + after.X, before.Y + after.Y);
        var length = Math.Sqrt((mx * mx) + (my * my));
        if (length < 1e-9)
        {
            return (before.X * half, before.Y * half);
        }

        (mx, my) = (mx / length, my / length);
        var cos = Math.Max((mx * after.X) + (my * after.Y), 0.5);
        return (mx * half / cos, my * half / cos);
    }

    private static (double X, double Y) Normal(Geo.RdPoint from, Geo.RdPoint to)
    {
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        return length < 1e-9 ? (0, 0) : (-dy / length, dx / length);
    }
}
