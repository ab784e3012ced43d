using System.Collections.Immutable;

namespace Twin.Models.Geo;

/// <summary>
/// A polygon in RD New: a closed exterior ring and zero or more closed holes.
/// Equality compares the coordinates of every ring.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.geo.rd-polygon")]
public sealed record RdPolygon([property: Id(0)] RdLine Shell, [property: Id(1)] ImmutableArray<RdLine> Holes)
{
    public RdPolygon(RdLine shell)
        : this(shell, [])
    {
    }

    public RdEnvelope Envelope => Shell.Envelope;

    /// <summary>Area in square metres: the shell's area minus the holes' (orientation-independent).</summary>
    public double Area
    {
        get
        {
            var area = Math.Abs(SignedArea(Shell));
            foreach (var hole in Holes.AsSpan())
            {
                area -= Math.Abs(SignedArea(hole));
            }

            return area;
        }
    }

    /// <summary>The area-weighted centroid of the shell.</summary>
    public RdPoint Centroid
    {
        get
        {
            double a = 0, cx = 0, cy = 0;
            var points = Shell.Points;
            var origin = points[0];
            for (var i = 0; i + 1 < points.Length; i++)
            {
                double x0 = points[i].X - origin.X, y0 = points[i].Y - origin.Y;
                double x1 = points[i + 1].X - origin.X, y1 = points[i + 1].Y - origin.Y;
                var cross = (x0 * y1) - (x1 * y0);
                a += cross;
                cx += (x0 + x1) * cross;
                cy += (y0 + y1) * cross;
            }

            return Math.Abs(a) < 1e-12
                ? Envelope.Centre
                : new RdPoint(origin.X + (cx / (3 * a)), origin.Y + (cy / (3 * a)));
        }
    }

    /// <summary>Shoelace area of a ring: positive when counter-clockwise.</summary>
    public static double SignedArea(RdLine ring)
    {
        var points = ring.Points;
        if (points.Length < 3)
        {
            return 0;
        }

        var origin = points[0];
        double sum = 0;
        for (var i = 0; i + 1 < points.Length; i++)
        {
            sum += ((points[i].X - origin.X) * (points[i + 1].Y - origin.Y)) - ((points[i + 1].X - origin.X) * (points[i].Y - origin.Y));
        }

        return sum / 2;
    }

    public bool Equals(RdPolygon? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Shell.Equals(other.Shell) && Holes.AsSpan().SequenceEqual(other.Holes.AsSpan())));

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Shell);
        foreach (var hole in Holes.AsSpan())
        {
            hash.Add(hole);
        }

        return hash.ToHashCode();
    }
}
