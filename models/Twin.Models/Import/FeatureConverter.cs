using NetTopologySuite.Geometries;
using Twin.Models.City;

namespace Twin.Models.Import;

/// <summary>
/// Turns the features of a GeoJSON, Shapefile or GeoPackage file into entities, one at a time: geometry
/// to RD New, the entity kind, the id (claimed at once, so duplicates are found), then the kind's mapper;
/// every step that fails rejects the feature and moves on to the next.
/// </summary>
/// <param name="options">The import options (kind, id field, reference year).</param>
/// <param name="crs">The CRS of the file's coordinates.</param>
/// <param name="results">Where entities and rejections go.</param>
/// <param name="rules">The format's defaults for points and missing ids.</param>
internal sealed class FeatureConverter(ImportOptions options, SourceCrs crs, ImportResultBuilder results, FeatureRules rules)
{
    public void Convert(SourceFeature feature)
    {
        results.CountFeature();
        var index = feature.Index;
        var explicitId = ExplicitId(feature);
        if (explicitId is not null && !results.TryClaimId(index, explicitId))
        {
            return;
        }

        var geometry = feature.Geometry.IsOk ? GeometryProjection.ToRd(feature.Geometry.Value, crs) : feature.Geometry;
        if (!geometry.IsOk)
        {
            results.Reject(index, explicitId, geometry);
            return;
        }

        var (kind, problem) = FeatureKindResolver.Resolve(geometry.Value, feature.Attributes, options.Kind, rules.PointsAreTrees);
        if (kind is not { } entityKind)
        {
            results.Reject(index, explicitId, RejectionReason.UnsupportedType, problem ?? "unknown kind");
            return;
        }

        var id = explicitId ?? ClaimLocationId(index, entityKind, geometry.Value);
        if (id is not null)
        {
            Map(index, id, entityKind, geometry.Value, feature.Attributes);
        }
    }

    private void Map(int index, string id, EntityKind kind, Geometry geometry, FeatureAttributes attributes)
    {
        switch (kind)
        {
            case EntityKind.Building: results.Add(index, id, BuildingFeatureMapper.Map(id, geometry, attributes)); break;
            case EntityKind.StreetSegment: results.Add(index, id, StreetSegmentFeatureMapper.Map(id, geometry, attributes)); break;
            case EntityKind.Sensor: results.Add(index, id, SensorFeatureMapper.Map(id, geometry, attributes)); break;
            case EntityKind.Tree: results.Add(index, id, TreeFeatureMapper.Map(id, geometry, attributes, options)); break;
            case EntityKind.UtilityLine: results.Add(index, id, UtilityLineFeatureMapper.Map(id, geometry, attributes)); break;
            default: results.Reject(index, id, RejectionReason.UnsupportedType, $"entity kind {kind} is not imported"); break;
        }
    }

    /// <summary>The id the feature states: the configured id field, else an "id" attribute, else the format's own id.</summary>
    private string? ExplicitId(SourceFeature feature) =>
        options.IdField is { } field
            ? feature.Attributes.Text([field])
            : feature.Attributes.Text(AttributeNames.Id) ?? feature.FormatId;

    /// <summary>A position-based id for a tree of a register without ids; null after rejecting the feature.</summary>
    private string? ClaimLocationId(int index, EntityKind kind, Geometry geometry)
    {
        if (options.IdField is { } field)
        {
            results.Reject(index, null, RejectionReason.MissingAttribute, $"the id field '{field}' is empty");
            return null;
        }

        if (kind != EntityKind.Tree || !rules.LocationIdsForTrees)
        {
            results.Reject(index, null, RejectionReason.MissingAttribute, $"no id: give the feature an 'id' {rules.IdHint}, or name the id attribute in the options (--id-field)");
            return null;
        }

        var point = GeometryShapes.Point(geometry, "tree");
        if (!point.IsOk)
        {
            results.Reject(index, null, point);
            return null;
        }

        var id = TreeFeatureMapper.LocationId(point.Value);
        return results.TryClaimId(index, id) ? id : null;
    }
}
