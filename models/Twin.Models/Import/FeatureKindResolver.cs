using NetTopologySuite.Geometries;
using Twin.Models.City;

namespace Twin.Models.Import;

/// <summary>
/// Decides which entity a GeoJSON, Shapefile or GeoPackage feature becomes: the kind given in the options,
/// else the feature's "kind" attribute, else inferred from the geometry and attributes: polygons are
/// buildings, lines with a utility kind are utility lines and other lines street segments, points with
/// sensor attributes are sensors and points with a species (or, in tree registers, any point) are trees.
/// </summary>
internal static class FeatureKindResolver
{
    /// <summary>The kind, or null and a message saying why the feature cannot be imported (UnsupportedType).</summary>
    public static (EntityKind? Kind, string? Problem) Resolve(Geometry geometry, FeatureAttributes attributes, EntityKind? given, bool pointsAreTrees)
    {
        if (given is { } kind)
        {
            return (kind, null);
        }

        if (attributes.Text(AttributeNames.Kind) is { } text)
        {
            return AttributeCodes.ParseEntityKind(text) is { } parsed
                ? (parsed, null)
                : (null, $"kind '{text}' is not one of {AttributeCodes.EntityKindList}");
        }

        return geometry switch
        {
            Polygon or MultiPolygon => (EntityKind.Building, null),
            LineString or MultiLineString => (attributes.Has(AttributeNames.UtilityKind) ? EntityKind.UtilityLine : EntityKind.StreetSegment, null),
            Point or MultiPoint when attributes.Has(AttributeNames.SensorMarkers) => (EntityKind.Sensor, null),
            Point or MultiPoint when pointsAreTrees || attributes.Has(AttributeNames.Species) => (EntityKind.Tree, null),
            Point or MultiPoint => (null, "a Point without a 'kind', a species or sensor attributes: it is not clear whether it is a tree or a sensor; set 'kind' or pass the entity kind"),
            _ => (null, $"{geometry.GeometryType} geometries are not imported: buildings are Polygons, streets and utility lines LineStrings, trees and sensors Points"),
        };
    }
}
