using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.IO.Converters;

namespace Twin.Models.Tests.Import;

/// <summary>Builds GeoJSON test input from WKT geometries and anonymous property objects.</summary>
internal static class GeoJsonText
{
    public const string RdCrs = "urn:ogc:def:crs:EPSG::28992";

    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    public static JsonObject Feature(string? wkt, object? properties = null, JsonNode? id = null)
    {
        var feature = new JsonObject
        {
            ["type"] = "Feature",
            ["geometry"] = wkt is null ? null : JsonSerializer.SerializeToNode(Wkt.Read(wkt), GeometryOptions),
            ["properties"] = properties is null ? new JsonObject() : JsonSerializer.SerializeToNode(properties),
        };
        if (id is not null)
        {
            feature["id"] = id;
        }

        return feature;
    }

    /// <summary>A FeatureCollection; with a CRS name it carries the legacy "crs" member.</summary>
    public static string Collection(string? crs, params JsonNode[] features)
    {
        var collection = new JsonObject { ["type"] = "FeatureCollection" };
        if (crs is not null)
        {
            collection["crs"] = new JsonObject { ["type"] = "name", ["properties"] = new JsonObject { ["name"] = crs } };
        }

        collection["features"] = new JsonArray(features);
        return collection.ToJsonString();
    }
}
