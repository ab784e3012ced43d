using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Linemerge;
using Twin.Models.Geo;

namespace Twin.Models.Import;

/// <summary>
/// Takes the one shape an entity needs from a feature's geometry: a polygon for a building, a line for a
/// street or utility line, a point for a tree or sensor. Multi-geometries with one part are accepted; a
/// multi-line whose parts join end to end is merged; anything else is rejected with what was found.
/// </summary>
internal static class GeometryShapes
{
    public static FeatureOutcome<RdPolygon> Polygon(Geometry geometry, string entity)
    {
        var polygon = geometry switch
        {
            Polygon p => p,
            MultiPolygon { NumGeometries: 1 } m => (Polygon)m.GetGeometryN(0),
            _ => null,
        };
        if (polygon is null || polygon.IsEmpty)
        {
            var parts = geometry is MultiPolygon multi ? $" with {multi.NumGeometries} separate polygons" : string.Empty;
            return FeatureOutcome<RdPolygon>.Fail(RejectionReason.InvalidGeometry, $"a {entity} needs one Polygon, got {geometry.GeometryType}{parts}");
        }

        return FeatureOutcome<RdPolygon>.Ok(RdGeometry.FromNts(polygon));
    }

    public static FeatureOutcome<RdLine> Line(Geometry geometry, string entity)
    {
        var line = geometry switch
        {
            LineString l => l,
            MultiLineString { NumGeometries: 1 } m => (LineString)m.GetGeometryN(0),
            MultiLineString m => Merge(m),
            _ => null,
        };
        if (line is null || line.IsEmpty)
        {
            var parts = geometry is MultiLineString multi ? $" with {multi.NumGeometries} parts that do not join into one line" : string.Empty;
            return FeatureOutcome<RdLine>.Fail(RejectionReason.InvalidGeometry, $"a {entity} needs one LineString, got {geometry.GeometryType}{parts}");
        }

        return FeatureOutcome<RdLine>.Ok(RdGeometry.FromNts(line.Coordinates));
    }

    public static FeatureOutcome<Point> Point(Geometry geometry, string entity)
    {
        var point = geometry switch
        {
            Point p => p,
            MultiPoint { NumGeometries: 1 } m => (Point)m.GetGeometryN(0),
            _ => null,
        };
        return point is null || point.IsEmpty
            ? FeatureOutcome<Point>.Fail(RejectionReason.InvalidGeometry, $"a {entity} needs one Point, got {geometry.GeometryType}")
            : FeatureOutcome<Point>.Ok(point);
    }

    private static LineString? Merge(MultiLineString lines)
    {
        var merger = new LineMerger();
        merger.Add((Geometry)lines);
        var merged = merger.GetMergedLineStrings();
        return merged.Count == 1 ? merged.First() as LineString : null;
    }
}
