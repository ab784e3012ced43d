using System.Collections.Immutable;

namespace Twin.Models.Geo;

/// <summary>
/// A sequence of RD New points: a centreline, or a polygon ring when closed.
/// Equality compares the coordinates, so records holding lines compare by value.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.geo.rd-line")]
public sealed record RdLine([property: Id(0)] ImmutableArray<RdPoint> Points)
{
    public RdLine(params RdPoint[] points)
        : this(ImmutableArray.Create(points))
    {
    }

    public int Count => Points.IsDefault ? 0 : Points.Length;

    public RdPoint this[int index] => Points[index];

    public bool IsClosed => Count > 2 && Points[0] == Points[^1];

    public RdEnvelope Envelope => Count == 0 ? RdEnvelope.Empty : RdEnvelope.Of(Points);

    public double Length
    {
        get
        {
            double length = 0;
            for (var i = 1; i < Count; i++)
            {
                length += Points[i - 1].DistanceTo(Points[i]);
            }

            return length;
        }
    }

    /// <summary>The point halfway along the line (by length).</summary>
    public RdPoint Midpoint => PointAt(Length / 2);

    /// <summary>The point at a distance along the line, clamped to its ends.</summary>
    public RdPoint PointAt(double distance)
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("An empty line has no points.");
        }

        var travelled = 0.0;
        for (var i = 1; i < Count; i++)
        {
            var step = Points[i - 1].DistanceTo(Points[i]);
            if (travelled + step >= distance && step > 0)
            {
                var t = (distance - travelled) / step;
                return new RdPoint(
                    Points[i - 1].X + (t * (Points[i].X - Points[i - 1].X)),
                    Points[i - 1].Y + (t * (Points[i].Y - Points[i - 1].Y)));
            }

            travelled += step;
        }

        return Points[^1];
    }

    public bool Equals(RdLine? other) =>
        other is not null && (ReferenceEquals(this, other) || Points.AsSpan().SequenceEqual(other.Points.AsSpan()));

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var point in Points.AsSpan())
        {
            hash.Add(point);
        }

        return hash.ToHashCode();
    }
}
