using System.Collections.Frozen;
using System.Text.Json;
using Twin.Models.Geo;

namespace Twin.Models.Import;

/// <summary>
/// Converts the first-level CityObjects of a CityJSON document or CityJSONFeature: Buildings (with their
/// LOD2 surfaces, when they have them) and SolitaryVegetationObjects become entities; every other type is
/// rejected as UnsupportedType with the reason. Objects that belong to a parent in the same document
/// (BuildingPart, BuildingInstallation...) are not features of their own: their parent takes them in.
/// </summary>
internal sealed class CityJsonObjectConverter(JsonElement cityObjects, CityJsonVertices vertices, ImportOptions options, ImportResultBuilder results)
{
    private static readonly FrozenDictionary<string, string> Unsupported = new Dictionary<string, string>
    {
        ["Road"] = "CityJSON Road is a surface; Twin imports streets as centrelines (LineStrings in GeoJSON, Shapefile or GeoPackage)",
        ["Railway"] = "CityJSON Railway is a surface; Twin does not model railways",
        ["TransportSquare"] = "CityJSON TransportSquare is a surface; Twin imports streets as centrelines (LineStrings in GeoJSON, Shapefile or GeoPackage)",
        ["Waterway"] = "CityJSON Waterway is a surface; Twin does not model waterways",
        ["PlantCover"] = "CityJSON PlantCover is an area of vegetation; Twin imports single trees (SolitaryVegetationObject or a tree register)",
        ["LandUse"] = "CityJSON LandUse is land cover, which Twin does not model",
        ["WaterBody"] = "CityJSON WaterBody is water surface, which Twin does not model",
        ["TINRelief"] = "CityJSON TINRelief is terrain, which Twin does not model",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The first-level objects: those without a parent in the same CityObjects, in file order.</summary>
    public static IEnumerable<(string Key, JsonElement Object)> Features(JsonElement cityObjects) =>
        cityObjects.EnumerateObject()
            .Where(p => !HasParentIn(p.Value, cityObjects))
            .Select(p => (p.Name, p.Value));

    public void Convert(int index, string key, JsonElement cityObject)
    {
        results.CountFeature();
        var type = CityJsonGeometry.Type(cityObject);
        try
        {
            switch (type)
            {
                case "Building": ConvertBuilding(index, key, cityObject); break;
                case "SolitaryVegetationObject": ConvertTree(index, key, cityObject); break;
                default: results.Reject(index, key, RejectionReason.UnsupportedType, WhyNot(type, cityObject)); break;
            }
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException or IndexOutOfRangeException)
        {
            results.Reject(index, key, RejectionReason.InvalidGeometry, $"the {type} object is malformed: {e.Message}");
        }
    }

    private void ConvertBuilding(int index, string key, JsonElement building)
    {
        var attributes = Attributes(building);
        var id = CityJsonBuildingConverter.Id(key, attributes);
        if (!results.TryClaimId(index, id))
        {
            return;
        }

        var outcome = CityJsonBuildingConverter.Convert(id, building, cityObjects, vertices, attributes);
        if (!outcome.IsOk)
        {
            results.Reject(index, id, outcome);
            return;
        }

        var (shape, warnings) = CityJsonShape.Read(building, cityObjects, vertices);
        if (results.Add(index, outcome.Value with { Shape = shape }))
        {
            warnings.ForEach(w => results.Warn(index, id, "LOD2: " + w));
        }
    }

    private void ConvertTree(int index, string key, JsonElement tree)
    {
        if (!results.TryClaimId(index, key))
        {
            return;
        }

        var geometries = tree.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Array ? g.EnumerateArray().ToList() : [];
        var indices = geometries.OrderBy(CityJsonGeometry.Lod).SelectMany(CityJsonGeometry.VertexIndices).Where(vertices.Contains).ToList();
        if (indices.Count == 0)
        {
            results.Reject(index, key, RejectionReason.InvalidGeometry, "the SolitaryVegetationObject has no geometry to place the tree");
            return;
        }

        // A template instance or point gives the position directly; a modelled tree stands at the centre of its extent.
        var positional = geometries.Any(x => CityJsonGeometry.Type(x) is "GeometryInstance" or "MultiPoint");
        var envelope = RdEnvelope.Of(indices.Select(i => new RdPoint(vertices.X(i), vertices.Y(i))));
        var position = positional ? new RdPoint(vertices.X(indices[0]), vertices.Y(indices[0])) : envelope.Centre;
        var attributes = Attributes(tree);
        var z = indices.Select(vertices.Z).ToList();
        if (!positional && z.Max() - z.Min() >= CityJsonBuildingConverter.MinVerticalExtent && !attributes.Has(AttributeNames.TreeHeight))
        {
            attributes = attributes.With("height", z.Max() - z.Min());
        }

        var point = GeometryProjection.ToRd(RdGeometry.ToNts(position), SourceCrs.RdNew);
        if (!point.IsOk)
        {
            results.Reject(index, key, point);
            return;
        }

        results.Add(index, key, TreeFeatureMapper.Map(key, point.Value, attributes, options));
    }

    private static FeatureAttributes Attributes(JsonElement cityObject) =>
        cityObject.TryGetProperty("attributes", out var attributes) ? FeatureAttributes.FromJson(attributes) : FeatureAttributes.Empty;

    private static string WhyNot(string type, JsonElement cityObject)
    {
        if (Unsupported.TryGetValue(type, out var reason))
        {
            return reason;
        }

        return cityObject.TryGetProperty("parents", out var parents) && parents.ValueKind == JsonValueKind.Array && parents.GetArrayLength() > 0
            ? $"CityJSON {type} belongs to {parents[0]}, which is not in the file"
            : $"Twin does not model CityJSON {(type.Length == 0 ? "objects without a type" : type)}; it imports Building (with its BuildingParts) and SolitaryVegetationObject";
    }

    private static bool HasParentIn(JsonElement cityObject, JsonElement cityObjects) =>
        cityObject.TryGetProperty("parents", out var parents)
        && parents.ValueKind == JsonValueKind.Array
        && parents.EnumerateArray().Any(p => p.ValueKind == JsonValueKind.String && cityObjects.TryGetProperty(p.GetString()!, out _));
}
