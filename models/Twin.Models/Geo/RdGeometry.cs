using System.Collections.Immutable;
using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Twin.Models.Geo;

/// <summary>
/// The bridge between the twin's coordinate records and NetTopologySuite, through one factory
/// (RD New, SRID 28992, floating precision). NTS geometry stays inside models; records cross grains.
/// </summary>
public static class RdGeometry
{
    public const int Srid = 28992;

    public static GeometryFactory Factory { get; } =
        new NtsGeometryServices(PrecisionModel.Floating.Value, Srid).CreateGeometryFactory();

    public static Polygon ToNts(RdPolygon polygon)
    {
        var shell = Factory.CreateLinearRing(ToCoordinates(polygon.Shell));
        var holes = polygon.Holes.IsDefaultOrEmpty
            ? []
            : polygon.Holes.Select(h => Factory.CreateLinearRing(ToCoordinates(h))).ToArray();
        return Factory.CreatePolygon(shell, holes);
    }

    public static LineString ToNts(RdLine line) => Factory.CreateLineString(ToCoordinates(line));

    public static Point ToNts(RdPoint point) => Factory.CreatePoint(new Coordinate(point.X, point.Y));

    public static RdPolygon FromNts(Polygon polygon) =>
        new(FromNts(polygon.ExteriorRing.Coordinates), polygon.InteriorRings.Select(r => FromNts(r.Coordinates)).ToImmutableArray());

    public static RdLine FromNts(Coordinate[] coordinates) =>
        new(coordinates.Select(c => new RdPoint(c.X, c.Y)).ToImmutableArray());

    private static Coordinate[] ToCoordinates(RdLine line)
    {
        var coordinates = new Coordinate[line.Count];
        for (var i = 0; i < coordinates.Length; i++)
        {
            coordinates[i] = new Coordinate(line[i].X, line[i].Y);
        }

        return coordinates;
    }
}
