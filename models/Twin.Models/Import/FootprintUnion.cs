using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;
using Twin.Models.Geo;

namespace Twin.Models.Import;

/// <summary>
/// Joins the 2D surfaces that make up a building's footprint (ground triangles, a roof projected down,
/// the footprints of its parts) into one polygon with the robust overlay (OverlayNG).
/// A union that falls apart is handled as follows: when all parts but the largest together are at most
/// <see cref="MaxDroppedShare"/> of the area, they are slivers from the modelling (a triangle touching
/// at a corner) and only the largest part is kept; otherwise the building really consists of separate
/// blocks, which the twin cannot store as one footprint, and the feature is rejected as InvalidGeometry
/// naming the parts, so nothing is dropped silently.
/// </summary>
internal static class FootprintUnion
{
    public const double MaxDroppedShare = 0.05;

    public static FeatureOutcome<Polygon> Union(IReadOnlyList<Polygon> surfaces)
    {
        if (surfaces.Count == 0)
        {
            return FeatureOutcome<Polygon>.Fail(RejectionReason.InvalidGeometry, "no surfaces to make a footprint from");
        }

        Geometry union;
        try
        {
            union = surfaces.Count == 1 ? surfaces[0] : OverlayNGRobust.Union(surfaces, RdGeometry.Factory);
        }
        catch (TopologyException e)
        {
            return FeatureOutcome<Polygon>.Fail(RejectionReason.InvalidGeometry, $"the footprint surfaces cannot be joined: {e.Message}");
        }

        return union switch
        {
            Polygon { IsEmpty: false } polygon => FeatureOutcome<Polygon>.Ok(polygon),
            MultiPolygon multi => Largest(multi),
            _ => FeatureOutcome<Polygon>.Fail(RejectionReason.InvalidGeometry, $"the footprint surfaces join into {union.GeometryType}, not a polygon"),
        };
    }

    private static FeatureOutcome<Polygon> Largest(MultiPolygon multi)
    {
        var parts = Enumerable.Range(0, multi.NumGeometries).Select(i => (Polygon)multi.GetGeometryN(i)).OrderByDescending(p => p.Area).ToList();
        var total = parts.Sum(p => p.Area);
        if (total - parts[0].Area <= MaxDroppedShare * total)
        {
            return FeatureOutcome<Polygon>.Ok(parts[0]);
        }

        var areas = string.Join(", ", parts.Select(p => GeometryProjection.Format(Math.Round(p.Area, 1))));
        return FeatureOutcome<Polygon>.Fail(RejectionReason.InvalidGeometry, $"the footprint falls apart into {parts.Count} separate polygons ({areas} m²); Twin stores one polygon per building");
    }
}
