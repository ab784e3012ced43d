using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Daylight;

/// <summary>
/// The buildings that can cast and receive sun, flattened: every edge of every footprint ring (the shell, then
/// each hole) in local coordinates, with its outward normal. A building's facade k is its k-th edge in that
/// order: edge k of the shell runs from point k to point k + 1 (and, for a ring not explicitly closed, its last
/// edge back to point 0).
/// </summary>
internal sealed class DaylightBuildings
{
    private readonly List<double> _x0 = [], _y0 = [], _x1 = [], _y1 = [], _normalX = [], _normalY = [];
    private readonly List<int> _edgeStart = [0];

    public List<Building> Sources { get; } = [];

    public List<(double MinX, double MinY, double MaxX, double MaxY)> Boxes { get; } = [];

    public int Count => Sources.Count;

    public int EdgeStart(int building) => _edgeStart[building];

    public int FacadeCount(int building) => _edgeStart[building + 1] - _edgeStart[building];

    /// <summary>Start, end and outward unit normal of an edge (normal zero for an edge without length).</summary>
    public (double X0, double Y0, double X1, double Y1, double NormalX, double NormalY) Edge(int edge) =>
        (_x0[edge], _y0[edge], _x1[edge], _y1[edge], _normalX[edge], _normalY[edge]);

    public static DaylightBuildings From(IEnumerable<Building> buildings, RdPoint origin, ICollection<string> problems)
    {
        var result = new DaylightBuildings();
        foreach (var building in buildings)
        {
            if (Problem(building) is { } problem)
            {
                problems.Add($"building {building.Id}: {problem}; it neither casts nor receives sun");
                continue;
            }

            result.Add(building, origin);
        }

        return result;
    }

    public void RaiseHorizon(int building, in HorizonQuery q, Span<float> horizon, ReadOnlySpan<bool> relevant)
    {
        var source = Sources[building];
        var height = source.RoofHeight - q.Z;
        var box = Boxes[building];
        if (height <= 0 || Distance(box, q.X, q.Y) > q.MaxDistance || !InFront(box, q))
        {
            return;
        }

        var bins = q.Bins;
        for (var e = _edgeStart[building]; e < _edgeStart[building + 1]; e++)
        {
            double ax = _x0[e] - q.X, ay = _y0[e] - q.Y, bx = _x1[e] - q.X, by = _y1[e] - q.Y;
            if ((ax * q.NormalX) + (ay * q.NormalY) <= 0 && (bx * q.NormalX) + (by * q.NormalY) <= 0)
            {
                continue;
            }

            double ex = bx - ax, ey = by - ay;
            var fromA = AzimuthBins.Azimuth(ax, ay);
            var delta = AzimuthBins.Azimuth(bx, by) - fromA;
            delta = delta > 180 ? delta - 360 : delta < -180 ? delta + 360 : delta;
            var (first, end) = bins.Range(delta >= 0 ? fromA : fromA + delta, Math.Abs(delta));
            var crossAe = (ax * ey) - (ay * ex);
            for (var j = first; j < end; j++)
            {
                var bin = bins.Wrap(j);
                if (!relevant[bin])
                {
                    continue;
                }

                var t = crossAe / ((bins.Sin[bin] * ey) - (bins.Cos[bin] * ex));
                if (t > 0.01 && t <= q.MaxDistance && height / t > horizon[bin])
                {
                    horizon[bin] = (float)(height / t);
                }
            }
        }
    }

    /// <summary>Whether the local point lies inside the building's footprint (even-odd over all rings) below its roof.</summary>
    public bool Contains(int building, double x, double y, double z)
    {
        var box = Boxes[building];
        if (!(Sources[building].RoofHeight > z) || x < box.MinX || x > box.MaxX || y < box.MinY || y > box.MaxY)
        {
            return false;
        }

        var inside = false;
        for (var e = _edgeStart[building]; e < _edgeStart[building + 1]; e++)
        {
            double x0 = _x0[e], y0 = _y0[e], x1 = _x1[e], y1 = _y1[e];
            if ((y0 > y) != (y1 > y) && x < x0 + ((y - y0) / (y1 - y0) * (x1 - x0)))
            {
                inside = !inside;
            }
        }

        return inside;
    }

    private void Add(Building building, RdPoint origin)
    {
        var rings = new List<RdLine> { building.Footprint.Shell };
        if (!building.Footprint.Holes.IsDefault)
        {
            rings.AddRange(building.Footprint.Holes);
        }

        for (var r = 0; r < rings.Count; r++)
        {
            var points = rings[r].Points;
            var closed = rings[r].IsClosed;
            var edges = closed ? points.Length - 1 : points.Length;
            var signedArea = RdPolygon.SignedArea(closed ? rings[r] : new RdLine(points.Add(points[0])));

            // Outward means away from the shell's inside and into a hole's; a counter-clockwise ring has its inside on the left.
            var side = (signedArea >= 0 ? 1 : -1) * (r == 0 ? -1 : 1);
            for (var i = 0; i < edges; i++)
            {
                var a = points[i];
                var b = points[(i + 1) % points.Length];
                double ex = b.X - a.X, ey = b.Y - a.Y, length = Math.Sqrt((ex * ex) + (ey * ey));
                _x0.Add(a.X - origin.X);
                _y0.Add(a.Y - origin.Y);
                _x1.Add(b.X - origin.X);
                _y1.Add(b.Y - origin.Y);
                _normalX.Add(length > 0 ? side * -ey / length : 0);
                _normalY.Add(length > 0 ? side * ex / length : 0);
            }
        }

        _edgeStart.Add(_x0.Count);
        var e = building.Footprint.Envelope;
        Boxes.Add((e.MinX - origin.X, e.MinY - origin.Y, e.MaxX - origin.X, e.MaxY - origin.Y));
        Sources.Add(building);
    }

    private static string? Problem(Building building)
    {
        var footprint = building.Footprint;
        if (footprint?.Shell is null || footprint.Shell.Count < 3)
        {
            return "footprint has fewer than 3 points";
        }

        IEnumerable<RdLine> rings = footprint.Holes.IsDefault ? [footprint.Shell] : footprint.Holes.Prepend(footprint.Shell);
        if (rings.Any(r => r.Points.Any(p => !double.IsFinite(p.X) || !double.IsFinite(p.Y))))
        {
            return "footprint has a coordinate that is not a finite number";
        }

        if (!double.IsFinite(building.GroundLevel) || !double.IsFinite(building.RoofHeight) || !(building.RoofHeight > building.GroundLevel))
        {
            return "roof height is not above ground level";
        }

        return Math.Abs(RdPolygon.SignedArea(footprint.Shell)) < 0.1 ? "footprint has no area" : null;
    }

    private static double Distance((double MinX, double MinY, double MaxX, double MaxY) box, double x, double y)
    {
        var dx = Math.Max(Math.Max(box.MinX - x, x - box.MaxX), 0);
        var dy = Math.Max(Math.Max(box.MinY - y, y - box.MaxY), 0);
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    private static bool InFront((double MinX, double MinY, double MaxX, double MaxY) box, in HorizonQuery q) =>
        Math.Max((box.MinX - q.X) * q.NormalX, (box.MaxX - q.X) * q.NormalX)
        + Math.Max((box.MinY - q.Y) * q.NormalY, (box.MaxY - q.Y) * q.NormalY) > 0;
}
