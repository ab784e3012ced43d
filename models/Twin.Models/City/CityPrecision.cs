using System.Collections.Immutable;
using Twin.Models.Geo;

namespace Twin.Models.City;

/// <summary>
/// The precision the twin stores coordinates at: whole millimetres in RD New (as the 3D BAG does).
/// Storing on this grid makes round trips exact: a building exported as WGS84 GeoJSON and imported
/// again lands on the same millimetres, so re-imports are recognised as unchanged.
/// </summary>
public static class CityPrecision
{
    public const int Decimals = 3;

    public static RdPoint Round(RdPoint point) => new(Math.Round(point.X, Decimals), Math.Round(point.Y, Decimals));

    public static RdLine Round(RdLine line) => new(line.Points.Select(Round).ToImmutableArray());

    public static RdPolygon Round(RdPolygon polygon) =>
        new(Round(polygon.Shell), polygon.Holes.IsDefault ? [] : polygon.Holes.Select(Round).ToImmutableArray());

    /// <summary>The shape with every vertex (x, y and height) on the millimetre grid; triangles unchanged.</summary>
    public static BuildingShape Round(BuildingShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return shape with { Vertices = shape.Vertices.IsDefault ? [] : [.. shape.Vertices.Select(v => Math.Round(v, Decimals))] };
    }

    /// <summary>The entity with every coordinate on the millimetre grid; other attributes unchanged.</summary>
    public static TEntity Normalize<TEntity>(TEntity entity)
        where TEntity : class, ICityEntity => (TEntity)(ICityEntity)(entity switch
        {
            Building b => b with { Footprint = Round(b.Footprint), Shape = b.Shape is null ? null : Round(b.Shape) },
            StreetSegment s => s with { Centreline = Round(s.Centreline) },
            Sensor s => s with { Location = Round(s.Location) },
            Tree t => t with { Location = Round(t.Location) },
            UtilityLine u => u with { Centreline = Round(u.Centreline) },
            _ => (ICityEntity)entity,
        });
}
