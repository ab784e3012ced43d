using System.Collections.Immutable;
using NetTopologySuite.Geometries;
using Twin.Models.Geo;

namespace Twin.Models.Tiles;

/// <summary>
/// A footprint's facades in the order per-facade result layers use: edge k of the shell runs from point k to
/// point k + 1 (a ring not explicitly closed gets its closing edge last), then each hole's edges. Walls of a
/// prepared (cleaned, re-oriented, simplified) footprint find their facade as the edge nearest their middle.
/// </summary>
internal sealed class FacadeEdges
{
    private readonly List<(double X0, double Y0, double X1, double Y1)> _edges = [];

    public FacadeEdges(RdPolygon footprint)
    {
        ImmutableArray<RdLine> rings = footprint.Holes.IsDefault ? [footprint.Shell] : footprint.Holes.Insert(0, footprint.Shell);
        foreach (var ring in rings)
        {
            var points = ring.Points;
            var edges = ring.IsClosed ? points.Length - 1 : points.Length;
            for (var i = 0; i < edges && points.Length > 1; i++)
            {
                var (a, b) = (points[i], points[(i + 1) % points.Length]);
                _edges.Add((a.X, a.Y, b.X, b.Y));
            }
        }
    }

    public int Count => _edges.Count;

    /// <summary>The index of the facade nearest the middle of the wall from <paramref name="a"/> to <paramref name="b"/>.</summary>
    public int Nearest(Coordinate a, Coordinate b)
    {
        double x = (a.X + b.X) / 2, y = (a.Y + b.Y) / 2;
        var (best, bestDistance) = (0, double.PositiveInfinity);
        for (var k = 0; k < _edges.Count; k++)
        {
            var (x0, y0, x1, y1) = _edges[k];
            double ex = x1 - x0, ey = y1 - y0, length2 = (ex * ex) + (ey * ey);
            var t = length2 > 0 ? Math.Clamp((((x - x0) * ex) + ((y - y0) * ey)) / length2, 0, 1) : 0;
            double dx = x0 + (t * ex) - x, dy = y0 + (t * ey) - y;
            if ((dx * dx) + (dy * dy) < bestDistance)
            {
                (best, bestDistance) = (k, (dx * dx) + (dy * dy));
            }
        }

        return best;
    }
}
