using Twin.Models.Geo;

namespace Twin.Models.Air;

/// <summary>A segment's centreline walked by distance: points, unit tangents and projections.</summary>
internal sealed class SegmentAxis
{
    private readonly RdPoint[] _points;
    private readonly double[] _along;

    public SegmentAxis(RdLine centreline)
    {
        ArgumentNullException.ThrowIfNull(centreline);
        var points = new List<RdPoint>();
        foreach (var point in centreline.Points.IsDefault ? [] : centreline.Points)
        {
            if (points.Count == 0 || points[^1].DistanceTo(point) > 1e-9)
            {
                points.Add(point);
            }
        }

        _points = [.. points];
        _along = new double[_points.Length];
        for (var i = 1; i < _points.Length; i++)
        {
            _along[i] = _along[i - 1] + _points[i - 1].DistanceTo(_points[i]);
        }

        Length = _points.Length == 0 ? 0 : _along[^1];
        Envelope = RdEnvelope.Of(_points);
    }

    public double Length { get; }

    public RdEnvelope Envelope { get; }

    /// <summary>Point and unit tangent at a distance along the line (clamped); a line without length points east.</summary>
    public (RdPoint Point, RdPoint Tangent) At(double distance)
    {
        if (_points.Length < 2)
        {
            return (_points.Length == 0 ? default : _points[0], new RdPoint(1, 0));
        }

        var piece = Array.BinarySearch(_along, Math.Clamp(distance, 0, Length));
        piece = piece >= 0 ? Math.Min(piece, _points.Length - 2) : Math.Min(~piece - 1, _points.Length - 2);
        var a = _points[piece];
        var b = _points[piece + 1];
        var step = _along[piece + 1] - _along[piece];
        var t = (Math.Clamp(distance, 0, Length) - _along[piece]) / step;
        return (new RdPoint(a.X + (t * (b.X - a.X)), a.Y + (t * (b.Y - a.Y))), new RdPoint((b.X - a.X) / step, (b.Y - a.Y) / step));
    }

    /// <summary>Cross-section stations in the middle of equal pieces at most <paramref name="spacing"/> long (one for a line without length).</summary>
    public IReadOnlyList<(RdPoint Point, RdPoint Tangent)> Stations(double spacing)
    {
        var count = Math.Max(1, (int)Math.Ceiling(Length / spacing));
        var stations = new (RdPoint, RdPoint)[count];
        for (var i = 0; i < count; i++)
        {
            stations[i] = At((i + 0.5) * Length / count);
        }

        return stations;
    }

    /// <summary>
    /// Distance along the line of a point's foot and its offset from the line (positive to the left);
    /// beyond the ends the first and last pieces are extended, so "along" can be negative or exceed the length.
    /// </summary>
    public (double Along, double Offset) Project(RdPoint point)
    {
        if (_points.Length < 2)
        {
            return (0, _points.Length == 0 ? 0 : point.DistanceTo(_points[0]));
        }

        var best = (Along: 0.0, Offset: 0.0, Distance: double.PositiveInfinity);
        for (var i = 0; i + 1 < _points.Length; i++)
        {
            var a = _points[i];
            var step = _along[i + 1] - _along[i];
            var tx = (_points[i + 1].X - a.X) / step;
            var ty = (_points[i + 1].Y - a.Y) / step;
            var dx = point.X - a.X;
            var dy = point.Y - a.Y;
            var s = (dx * tx) + (dy * ty);
            if (i > 0)
            {
                s = Math.Max(s, 0);
            }

            if (i + 2 < _points.Length)
            {
                s = Math.Min(s, step);
            }

            var footX = a.X + (s * tx);
            var footY = a.Y + (s * ty);
            var distance = Math.Sqrt(((point.X - footX) * (point.X - footX)) + ((point.Y - footY) * (point.Y - footY)));
            if (distance < best.Distance)
            {
                best = (_along[i] + s, (tx * dy) - (ty * dx), distance);
            }
        }

        return (best.Along, best.Offset);
    }
}
