using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Daylight;

/// <summary>
/// Tree crowns as opaque ellipsoids, shaped as the 3D tiles draw them: horizontal radius half the crown
/// diameter, height at most 1.1 times the diameter and three quarters of the tree, its top at the tree's
/// height. The trunk is too thin to matter and is left out. The register has no ground level, so a tree
/// stands on the ground of the nearest building (within 100 m; else the mean of all buildings).
/// </summary>
internal sealed class DaylightTrees
{
    private readonly List<(double X, double Y, double Radius, double HalfHeight, double CentreZ)> _crowns = [];

    public static DaylightTrees None { get; } = new();

    public List<(double MinX, double MinY, double MaxX, double MaxY)> Boxes { get; } = [];

    public int Count => _crowns.Count;

    public static DaylightTrees From(IEnumerable<Tree> trees, RdPoint origin, DaylightBuildings buildings, GridIndex buildingGrid, ICollection<string> problems)
    {
        var result = new DaylightTrees();
        var meanGround = buildings.Count == 0 ? 0 : buildings.Sources.Average(b => b.GroundLevel);
        foreach (var tree in trees)
        {
            if (!double.IsFinite(tree.Location.X) || !double.IsFinite(tree.Location.Y) || !(tree.Height > 0) || !double.IsFinite(tree.Height) || !double.IsFinite(tree.CrownDiameter))
            {
                problems.Add($"tree {tree.Id}: location, height or crown diameter is not a positive finite number; it casts no shadow");
                continue;
            }

            double x = tree.Location.X - origin.X, y = tree.Location.Y - origin.Y;
            var radius = Math.Max(tree.CrownDiameter, 1) / 2;
            var halfHeight = Math.Min(2 * radius * 1.1, tree.Height * 0.75) / 2;
            var ground = NearestGround(x, y, buildings, buildingGrid) ?? meanGround;
            result._crowns.Add((x, y, radius, halfHeight, ground + tree.Height - halfHeight));
            result.Boxes.Add((x - radius, y - radius, x + radius, y + radius));
        }

        return result;
    }

    public void RaiseHorizon(int tree, in HorizonQuery q, Span<float> horizon, ReadOnlySpan<bool> relevant)
    {
        var (cx, cy, radius, halfHeight, centreZ) = _crowns[tree];
        double dx = cx - q.X, dy = cy - q.Y, rise = centreZ - q.Z;
        var distance = Math.Sqrt((dx * dx) + (dy * dy));
        if (rise + halfHeight <= 0 || distance - radius > q.MaxDistance || (dx * q.NormalX) + (dy * q.NormalY) < -radius)
        {
            return;
        }

        // A point under the crown's edge is treated as just outside it: facade points rarely are.
        distance = Math.Max(distance, radius + 0.1);
        var halfWidth = Math.Asin(radius / distance) * (180 / Math.PI);
        var centre = AzimuthBins.Azimuth(dx, dy);
        var bins = q.Bins;
        var (first, end) = bins.Range(centre - halfWidth, 2 * halfWidth);
        for (var j = first; j < end; j++)
        {
            var bin = bins.Wrap(j);
            if (!relevant[bin])
            {
                continue;
            }

            var tangent = CrownTangent(bins.Centre(bin) - centre, distance, radius, halfHeight, rise);
            if (tangent > horizon[bin])
            {
                horizon[bin] = (float)tangent;
            }
        }
    }

    /// <summary>
    /// The tangent of the upper tangent from the point to the crown in the vertical plane of a ray
    /// <paramref name="offset"/> degrees beside the crown's centre: that plane cuts the ellipsoid in an
    /// ellipse centred at (t0, rise) with half-axes a (horizontal) and b (vertical).
    /// </summary>
    internal static double CrownTangent(double offset, double distance, double radius, double halfHeight, double rise)
    {
        var (sin, cos) = Math.SinCos(offset * Math.PI / 180);
        var across = distance * sin;
        var a2 = (radius * radius) - (across * across);
        if (a2 <= 0)
        {
            return 0;
        }

        var t0 = distance * cos;
        var b = halfHeight * Math.Sqrt(a2) / radius;
        var denominator = (t0 * t0) - a2;
        if (denominator <= 1e-9)
        {
            return 1e6;
        }

        var discriminant = (t0 * t0 * b * b) + (a2 * rise * rise) - (a2 * b * b);
        return ((t0 * rise) + Math.Sqrt(Math.Max(discriminant, 0))) / denominator;
    }

    private static double? NearestGround(double x, double y, DaylightBuildings buildings, GridIndex grid)
    {
        double best = 100 * 100;
        double? ground = null;
        var reach = (int)Math.Ceiling(100 / grid.CellSize);
        int column = grid.Column(x), row = grid.Row(y);
        for (var r = Math.Max(row - reach, 0); r <= Math.Min(row + reach, grid.Rows - 1); r++)
        {
            for (var c = Math.Max(column - reach, 0); c <= Math.Min(column + reach, grid.Columns - 1); c++)
            {
                foreach (var b in grid.Items(c, r))
                {
                    var box = buildings.Boxes[b];
                    double dx = ((box.MinX + box.MaxX) / 2) - x, dy = ((box.MinY + box.MaxY) / 2) - y;
                    if ((dx * dx) + (dy * dy) < best)
                    {
                        best = (dx * dx) + (dy * dy);
                        ground = buildings.Sources[b].GroundLevel;
                    }
                }
            }
        }

        return ground;
    }
}
