using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;
using NetTopologySuite.Triangulate.Polygon;
using Twin.Models.Geo;

namespace Twin.Models.Import;

/// <summary>
/// Triangulates one planar face in 3D, possibly non-convex and with holes: projects its rings onto the plane
/// of the outer ring (normal by Newell's method, robust for non-convex and slightly non-planar rings), cuts
/// the polygon there with NetTopologySuite's ear clipper (holes joined to the shell), and winds every triangle
/// counter-clockwise about that normal, the way the outer ring turns. Triangles use the face's own vertices
/// only, so faces that share an edge in the source share it in the result. Never throws: a face that is
/// degenerate, self-intersecting or not cut completely comes back with the reason.
/// </summary>
internal static class FaceTriangulator
{
    /// <summary>Faces smaller than this (m², a square millimetre) are degenerate.</summary>
    public const double MinArea = 1e-6;

    /// <summary>How far the triangles' total area may differ from the face's, relative.</summary>
    private const double AreaTolerance = 1e-6;

    /// <param name="rings">The outer ring, then the holes: vertex indices without the closing repeat.</param>
    /// <param name="coordinates">x, y, z per vertex index.</param>
    public static FaceTriangles Triangulate(IReadOnlyList<int[]> rings, IReadOnlyList<double> coordinates)
    {
        var outer = rings[0];
        if (outer.Length < 3)
        {
            return FaceTriangles.Fail($"is degenerate: its outer ring has {outer.Length} distinct corners");
        }

        var normal = Newell(outer, coordinates);
        var area = Length(normal) / 2;
        if (!(area >= MinArea))
        {
            return FaceTriangles.Fail($"is degenerate: its area is {area:0.#######} m²");
        }

        var plane = new FacePlane(coordinates, outer[0], Scale(normal, 1 / (2 * area)));
        var polygon = plane.Polygon(rings, out var corners, out var problem);
        if (polygon is null)
        {
            return FaceTriangles.Fail(problem!);
        }

        var error = new IsValidOp(polygon).ValidationError;
        if (error is not null)
        {
            return FaceTriangles.Fail($"is not a valid polygon in its plane: {error.Message}");
        }

        Geometry triangles;
        try
        {
            triangles = PolygonTriangulator.Triangulate(polygon);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or TopologyException)
        {
            return FaceTriangles.Fail($"cannot be triangulated: {e.Message}");
        }

        return Collect(triangles, corners, polygon.Area, plane.Normal);
    }

    private static FaceTriangles Collect(Geometry triangles, Dictionary<(double, double), int> corners, double area, (double X, double Y, double Z) normal)
    {
        var result = new int[3 * triangles.NumGeometries];
        var covered = 0.0;
        for (var t = 0; t < triangles.NumGeometries; t++)
        {
            var c = triangles.GetGeometryN(t).Coordinates;
            if (c.Length < 3
                || !corners.TryGetValue((c[0].X, c[0].Y), out var a)
                || !corners.TryGetValue((c[1].X, c[1].Y), out var b)
                || !corners.TryGetValue((c[2].X, c[2].Y), out var d))
            {
                return FaceTriangles.Fail("cannot be triangulated on its own corners");
            }

            var twice = ((c[1].X - c[0].X) * (c[2].Y - c[0].Y)) - ((c[2].X - c[0].X) * (c[1].Y - c[0].Y));
            (result[3 * t], result[(3 * t) + 1], result[(3 * t) + 2]) = twice >= 0 ? (a, b, d) : (a, d, b);
            covered += Math.Abs(twice) / 2;
        }

        return Math.Abs(covered - area) <= (area * AreaTolerance) + MinArea
            ? new FaceTriangles(result, normal, null)
            : FaceTriangles.Fail($"is not covered by its triangulation ({covered:0.###} of {area:0.###} m²)");
    }

    /// <summary>Newell's normal of a ring: twice its vector area, relative to its first vertex for precision.</summary>
    private static (double X, double Y, double Z) Newell(int[] ring, IReadOnlyList<double> c)
    {
        var (ox, oy, oz) = (c[3 * ring[0]], c[(3 * ring[0]) + 1], c[(3 * ring[0]) + 2]);
        double nx = 0, ny = 0, nz = 0;
        for (var i = 0; i < ring.Length; i++)
        {
            int p = 3 * ring[i], q = 3 * ring[(i + 1) % ring.Length];
            double x0 = c[p] - ox, y0 = c[p + 1] - oy, z0 = c[p + 2] - oz;
            double x1 = c[q] - ox, y1 = c[q + 1] - oy, z1 = c[q + 2] - oz;
            nx += (y0 - y1) * (z0 + z1);
            ny += (z0 - z1) * (x0 + x1);
            nz += (x0 - x1) * (y0 + y1);
        }

        return (nx, ny, nz);
    }

    private static double Length((double X, double Y, double Z) v) => Math.Sqrt((v.X * v.X) + (v.Y * v.Y) + (v.Z * v.Z));

    private static (double X, double Y, double Z) Scale((double X, double Y, double Z) v, double s) => (v.X * s, v.Y * s, v.Z * s);

    /// <summary>The plane of a face: an origin and axes u, v with u × v = the unit normal.</summary>
    private sealed class FacePlane
    {
        private readonly IReadOnlyList<double> _coordinates;
        private readonly (double X, double Y, double Z) _origin;
        private readonly (double X, double Y, double Z) _u;
        private readonly (double X, double Y, double Z) _v;

        public FacePlane(IReadOnlyList<double> coordinates, int origin, (double X, double Y, double Z) normal)
        {
            _coordinates = coordinates;
            _origin = (coordinates[3 * origin], coordinates[(3 * origin) + 1], coordinates[(3 * origin) + 2]);
            Normal = normal;

            // u: horizontal along walls and sloped roofs; for faces close to flat, from north (east on a flat roof).
            var u = Math.Abs(normal.Z) < 0.9 ? Cross((0, 0, 1), normal) : Cross((0, 1, 0), normal);
            _u = Scale(u, 1 / Length(u));
            _v = Cross(normal, _u);
        }

        public (double X, double Y, double Z) Normal { get; }

        /// <summary>The rings in plane coordinates; null when two different vertices land on the same point.</summary>
        public Polygon? Polygon(IReadOnlyList<int[]> rings, out Dictionary<(double, double), int> corners, out string? problem)
        {
            corners = [];
            problem = null;
            var linearRings = new List<LinearRing>();
            foreach (var ring in rings.Where((r, i) => i == 0 || r.Length >= 3))
            {
                var points = new Coordinate[ring.Length + 1];
                for (var i = 0; i < ring.Length; i++)
                {
                    var (x, y) = Project(ring[i]);
                    if (corners.TryGetValue((x, y), out var other) && other != ring[i])
                    {
                        problem = $"has two different corners at the same place in its plane (vertices {other} and {ring[i]})";
                        return null;
                    }

                    corners[(x, y)] = ring[i];
                    points[i] = new Coordinate(x, y);
                }

                points[^1] = points[0].Copy();
                linearRings.Add(RdGeometry.Factory.CreateLinearRing(points));
            }

            return RdGeometry.Factory.CreatePolygon(linearRings[0], [.. linearRings.Skip(1)]);
        }

        private (double X, double Y) Project(int index)
        {
            var (dx, dy, dz) = (_coordinates[3 * index] - _origin.X, _coordinates[(3 * index) + 1] - _origin.Y, _coordinates[(3 * index) + 2] - _origin.Z);
            return ((dx * _u.X) + (dy * _u.Y) + (dz * _u.Z), (dx * _v.X) + (dy * _v.Y) + (dz * _v.Z));
        }

        private static (double X, double Y, double Z) Cross((double X, double Y, double Z) a, (double X, double Y, double Z) b) =>
            ((a.Y * b.Z) - (a.Z * b.Y), (a.Z * b.X) - (a.X * b.Z), (a.X * b.Y) - (a.Y * b.X));
    }
}
