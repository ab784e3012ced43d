using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Simplify;
using Twin.Models.Geo;

namespace Twin.Models.Tiles;

/// <summary>
/// Turns a footprint into valid polygons ready to extrude: drops repeated points, simplifies for coarse
/// levels, repairs invalid rings (self-intersections, bow ties) with NTS's <see cref="GeometryFixer"/>,
/// and orients shells counter-clockwise and holes clockwise (seen from above, RD x east, y north).
/// </summary>
internal static class FootprintPreparer
{
    /// <summary>Parts smaller than this (m²) are slivers, not buildings.</summary>
    public const double MinArea = 0.5;

    private const double MinSpacing = 0.001;

    public static FootprintResult Prepare(RdPolygon footprint, double simplifyTolerance)
    {
        var shell = Clean(footprint.Shell);
        if (shell is null)
        {
            return FootprintResult.Skip("footprint has fewer than 3 distinct points");
        }

        var holes = footprint.Holes.IsDefaultOrEmpty
            ? []
            : footprint.Holes.Select(Clean).Where(h => h is not null).Select(h => h!).ToArray();
        Geometry polygon = RdGeometry.Factory.CreatePolygon(shell, holes);
        var repaired = false;
        if (!polygon.IsValid)
        {
            polygon = GeometryFixer.Fix(polygon);
            repaired = true;
        }

        if (simplifyTolerance > 0)
        {
            var simplified = TopologyPreservingSimplifier.Simplify(polygon, simplifyTolerance);
            polygon = simplified.IsValid && !simplified.IsEmpty ? simplified : polygon;
        }

        var parts = Polygons(polygon).Where(p => p.Area >= MinArea).Select(Oriented).ToList();
        if (parts.Count == 0)
        {
            return FootprintResult.Skip(repaired ? "footprint is invalid and has no area after repair" : "footprint has no area");
        }

        return new FootprintResult(parts, repaired ? "footprint was invalid (self-intersecting or degenerate) and was repaired" : null);
    }

    private static LinearRing? Clean(RdLine ring)
    {
        var points = new List<Coordinate>(ring.Count + 1);
        foreach (var point in ring.Points.AsSpan())
        {
            if (!double.IsFinite(point.X) || !double.IsFinite(point.Y))
            {
                continue;
            }

            if (points.Count == 0 || Math.Abs(points[^1].X - point.X) + Math.Abs(points[^1].Y - point.Y) > MinSpacing)
            {
                points.Add(new Coordinate(point.X, point.Y));
            }
        }

        while (points.Count > 1 && Math.Abs(points[^1].X - points[0].X) + Math.Abs(points[^1].Y - points[0].Y) <= MinSpacing)
        {
            points.RemoveAt(points.Count - 1);
        }

        if (points.Count < 3)
        {
            return null;
        }

        points.Add(points[0].Copy());
        return RdGeometry.Factory.CreateLinearRing(points.ToArray());
    }

    private static IEnumerable<Polygon> Polygons(Geometry geometry)
    {
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is Polygon { IsEmpty: false } polygon)
            {
                yield return polygon;
            }
        }
    }

    private static Polygon Oriented(Polygon polygon)
    {
        var shell = Orient(polygon.Shell, counterClockwise: true);
        var holes = polygon.Holes.Select(h => Orient(h, counterClockwise: false)).ToArray();
        return RdGeometry.Factory.CreatePolygon(shell, holes);
    }

    private static LinearRing Orient(LinearRing ring, bool counterClockwise)
    {
        var oriented = Orientation.IsCCW(ring.CoordinateSequence) == counterClockwise ? ring : (LinearRing)ring.Reverse();
        return WithoutStraightCorners(oriented);
    }

    /// <summary>
    /// Drops corners where the ring runs straight on: the triangulator leaves them out of the roof, which would
    /// leave a wall edge without its roof edge (a T-junction) and the solid open.
    /// </summary>
    private static LinearRing WithoutStraightCorners(LinearRing ring)
    {
        var c = ring.Coordinates;
        var kept = new List<Coordinate>(c.Length);
        var n = c.Length - 1;
        for (var i = 0; i < n; i++)
        {
            var previous = kept.Count > 0 ? kept[^1] : c[(i + n - 1) % n];
            var next = c[(i + 1) % n];
            var cross = ((c[i].X - previous.X) * (next.Y - previous.Y)) - ((next.X - previous.X) * (c[i].Y - previous.Y));
            var span = Math.Max(previous.Distance(next), 1e-9);
            if (Math.Abs(cross) / span > MinSpacing)
            {
                kept.Add(c[i]);
            }
        }

        if (kept.Count < 3)
        {
            return ring;
        }

        kept.Add(kept[0].Copy());
        return RdGeometry.Factory.CreateLinearRing(kept.ToArray());
    }
}
