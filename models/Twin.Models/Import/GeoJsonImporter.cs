using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Twin.Models.Import;

/// <summary>
/// Imports a GeoJSON FeatureCollection (or a single Feature). Coordinates are WGS84 (RFC 7946) unless the
/// caller names the CRS or the file carries a legacy "crs" member (such as "urn:ogc:def:crs:EPSG::28992").
/// A file without either whose coordinates are mostly not degrees fails with a request to name its CRS,
/// rather than placing every feature outside the country.
/// </summary>
internal static class GeoJsonImporter
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    public static ImportResult Import(string path, ImportOptions options, SourceCrs? crsOverride)
    {
        using var document = JsonFiles.Parse(path, out var error, DocumentOptions);
        return document is null ? ImportResult.Failed(error ?? $"cannot read {path}") : Import(document.RootElement, options, crsOverride);
    }

    private static ImportResult Import(JsonElement root, ImportOptions options, SourceCrs? crsOverride)
    {
        var features = Features(root, out var structureError);
        if (structureError is not null)
        {
            return ImportResult.Failed(structureError);
        }

        string? crsError = null;
        var crs = crsOverride ?? GeoJsonCrs.Resolve(root, features, out crsError);
        if (crs is null)
        {
            return ImportResult.Failed(crsError ?? "the CRS of the file is unknown");
        }

        var results = new ImportResultBuilder();
        var converter = new FeatureConverter(options, crs, results, FeatureRules.GeoJson);
        for (var index = 0; index < features.Count; index++)
        {
            var feature = features[index];
            if (!JsonFiles.HasType(feature, "Feature"))
            {
                results.CountFeature();
                results.Reject(index, null, RejectionReason.MalformedFeature, $"features[{index}] is not a GeoJSON object with \"type\": \"Feature\"");
                continue;
            }

            converter.Convert(Read(index, feature));
        }

        return results.Build();
    }

    private static SourceFeature Read(int index, JsonElement feature)
    {
        var geometry = feature.TryGetProperty("geometry", out var element)
            ? GeoJsonGeometryReader.Read(element)
            : FeatureOutcome<Geometry>.Fail(RejectionReason.InvalidGeometry, "the feature has no \"geometry\" member");
        var attributes = feature.TryGetProperty("properties", out var properties) ? FeatureAttributes.FromJson(properties) : FeatureAttributes.Empty;
        var id = feature.TryGetProperty("id", out var idElement) ? IdText(idElement) : null;
        return new SourceFeature(index, geometry, attributes, id);
    }

    private static string? IdText(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.String => id.GetString() is { Length: > 0 } text ? text.Trim() : null,
        JsonValueKind.Number => FeatureAttributes.TextOf(id.GetDouble()),
        _ => null,
    };

    private static IReadOnlyList<JsonElement> Features(JsonElement root, out string? error)
    {
        error = null;
        if (JsonFiles.HasType(root, "FeatureCollection"))
        {
            if (root.TryGetProperty("features", out var features) && features.ValueKind == JsonValueKind.Array)
            {
                return [.. features.EnumerateArray()];
            }

            error = "the FeatureCollection has no \"features\" array";
            return [];
        }

        if (JsonFiles.HasType(root, "Feature"))
        {
            return [root];
        }

        error = "the file is not a GeoJSON FeatureCollection or Feature (its root has no \"type\": \"FeatureCollection\")";
        return [];
    }
}
