using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;
using Twin.Models.Geo;

namespace Twin.Models.Import;

/// <summary>
/// The 2D surfaces that make up the footprint of one CityJSON object, from its lowest-LoD surface or solid
/// geometry, tried in this order:
/// 1. a LoD0 geometry: all its surfaces (the footprint itself);
/// 2. the surfaces marked GroundSurface in the semantics (3D BAG);
/// 3. the horizontal surfaces at the geometry's lowest z (a solid with a floor but no semantics);
/// 4. every surface that is not vertical, projected down: the outline of the solid seen from above.
///    Some LoD1 solids have no floor at all (the 3dfier Delft data: only roofs and walls); for a block
///    model the roof outline is the footprint.
/// In 1-3 a surface that is not a valid polygon rejects the building; in 4 such surfaces are skipped, as
/// nearly vertical walls project to slivers that are not polygons.
/// </summary>
internal static class CityJsonFootprint
{
    /// <summary>Surfaces smaller than this (m²) are degenerate or vertical; they do not count.</summary>
    public const double MinSurfaceArea = 1e-4;

    /// <summary>How far (m) above the lowest z a surface may lie to count as floor.</summary>
    public const double FloorTolerance = 0.01;

    public static FeatureOutcome<List<Polygon>> Surfaces(IEnumerable<JsonElement> geometries, CityJsonVertices vertices)
    {
        var lowest = geometries.Where(CityJsonGeometry.HasSurfaces).MinBy(CityJsonGeometry.Lod);
        if (lowest.ValueKind != JsonValueKind.Object)
        {
            return FeatureOutcome<List<Polygon>>.Fail(RejectionReason.InvalidGeometry, "no surface or solid geometry to take a footprint from");
        }

        var lod = CityJsonGeometry.Lod(lowest);
        var surfaces = CityJsonGeometry.Surfaces(lowest).ToList();
        var label = $"LoD {GeometryProjection.Format(lod)} {CityJsonGeometry.Type(lowest)}";
        if (lod == 0)
        {
            return Strict(surfaces, vertices, label);
        }

        var ground = surfaces.Where(s => s.SemanticType == "GroundSurface").ToList();
        if (ground.Count > 0)
        {
            return Strict(ground, vertices, label + " GroundSurface");
        }

        var minZ = surfaces.SelectMany(s => Indices(s, vertices)).Select(vertices.Z).DefaultIfEmpty(double.NaN).Min();
        var floor = surfaces.Where(s => Indices(s, vertices).All(i => vertices.Z(i) <= minZ + FloorTolerance)).ToList();
        var floorPolygons = Strict(floor, vertices, label + " floor");
        if (!floorPolygons.IsOk || floorPolygons.Value.Count > 0)
        {
            return floorPolygons;
        }

        var outline = surfaces.Select(s => ToPolygon(s, vertices)).OfType<Polygon>().Where(p => p.IsValid && p.Area >= MinSurfaceArea).ToList();
        return FeatureOutcome<List<Polygon>>.Ok(outline);
    }

    private static FeatureOutcome<List<Polygon>> Strict(List<CityJsonSurface> surfaces, CityJsonVertices vertices, string label)
    {
        var polygons = new List<Polygon>();
        for (var i = 0; i < surfaces.Count; i++)
        {
            var polygon = ToPolygon(surfaces[i], vertices);
            if (polygon is null)
            {
                continue;
            }

            var error = new IsValidOp(polygon).ValidationError;
            if (error is not null)
            {
                var at = $"({GeometryProjection.Format(error.Coordinate.X)} {GeometryProjection.Format(error.Coordinate.Y)})";
                return FeatureOutcome<List<Polygon>>.Fail(RejectionReason.InvalidGeometry, $"surface {i} of the {label} is not a valid polygon: {error.Message} at {at}");
            }

            polygons.Add(polygon);
        }

        return FeatureOutcome<List<Polygon>>.Ok(polygons);
    }

    /// <summary>A surface projected to 2D; null when it is degenerate (fewer than 3 distinct points, or in one line).</summary>
    private static Polygon? ToPolygon(CityJsonSurface surface, CityJsonVertices vertices)
    {
        var rings = new List<LinearRing>();
        foreach (var ring in surface.Rings.EnumerateArray())
        {
            var coordinates = RingCoordinates(ring, vertices);
            if (coordinates is null)
            {
                if (rings.Count == 0)
                {
                    return null;
                }

                continue;
            }

            rings.Add(RdGeometry.Factory.CreateLinearRing(coordinates));
        }

        if (rings.Count == 0)
        {
            return null;
        }

        // The hull, not the area, decides: a bow-tie has no net area but is a surface (an invalid one).
        var polygon = RdGeometry.Factory.CreatePolygon(rings[0], [.. rings.Skip(1)]);
        return polygon.ConvexHull().Area < MinSurfaceArea ? null : polygon;
    }

    private static Coordinate[]? RingCoordinates(JsonElement ring, CityJsonVertices vertices)
    {
        var coordinates = new List<Coordinate>();
        foreach (var item in ring.EnumerateArray())
        {
            var index = item.GetInt32();
            if (!vertices.Contains(index))
            {
                throw new FormatException($"vertex index {index} is not one of the {vertices.Count} vertices");
            }

            var c = new Coordinate(vertices.X(index), vertices.Y(index));
            if (coordinates.Count == 0 || !coordinates[^1].Equals2D(c))
            {
                coordinates.Add(c);
            }
        }

        if (coordinates.Count > 1 && coordinates[0].Equals2D(coordinates[^1]))
        {
            coordinates.RemoveAt(coordinates.Count - 1);
        }

        if (coordinates.Count < 3)
        {
            return null;
        }

        coordinates.Add(coordinates[0].Copy());
        return [.. coordinates];
    }

    private static IEnumerable<int> Indices(CityJsonSurface surface, CityJsonVertices vertices) =>
        surface.Rings.EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(i => i.GetInt32()).Where(vertices.Contains);
}
