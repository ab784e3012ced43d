using Twin.Api.V1;
using Twin.Models.Geo;

namespace Twin.Silo.Api;

/// <summary>Writes RD New coordinates into messages in the CRS a caller asked for (RD New or WGS84).</summary>
public sealed class CoordinateOutput(Crs crs)
{
    public static CoordinateOutput RdNew { get; } = new(Crs.RdNew);

    public Crs Crs { get; } = crs == Crs.Unspecified ? Crs.RdNew : crs;

    public Point Point(RdPoint point)
    {
        if (Crs == Crs.Wgs84)
        {
            var geo = Twin.Models.Geo.RdNew.ToWgs84(point);
            return new Point { X = geo.Longitude, Y = geo.Latitude };
        }

        return new Point { X = point.X, Y = point.Y };
    }

    public LineString Line(RdLine line)
    {
        var message = new LineString();
        foreach (var point in line.Points)
        {
            message.Points.Add(Point(point));
        }

        return message;
    }

    public Polygon Polygon(RdPolygon polygon)
    {
        var message = new Polygon { Shell = Line(polygon.Shell) };
        foreach (var hole in polygon.Holes)
        {
            message.Holes.Add(Line(hole));
        }

        return message;
    }

    public BoundingBox Box(RdEnvelope envelope)
    {
        if (Crs != Crs.Wgs84)
        {
            return new BoundingBox { MinX = envelope.MinX, MinY = envelope.MinY, MaxX = envelope.MaxX, MaxY = envelope.MaxY, Crs = Crs.RdNew };
        }

        // The WGS84 box around the RD box's four corners.
        var corners = new[]
        {
            Point(new RdPoint(envelope.MinX, envelope.MinY)), Point(new RdPoint(envelope.MaxX, envelope.MinY)),
            Point(new RdPoint(envelope.MinX, envelope.MaxY)), Point(new RdPoint(envelope.MaxX, envelope.MaxY)),
        };
        return new BoundingBox
        {
            MinX = corners.Min(c => c.X), MinY = corners.Min(c => c.Y), MaxX = corners.Max(c => c.X), MaxY = corners.Max(c => c.Y), Crs = Crs.Wgs84,
        };
    }
}
