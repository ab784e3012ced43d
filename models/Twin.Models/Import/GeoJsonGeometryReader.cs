using System.Text.Json;
using NetTopologySuite.Geometries;
using Twin.Models.Geo;

namespace Twin.Models.Import;

/// <summary>
/// Reads a GeoJSON geometry object into NTS, coordinates as they are in the file (x, y; z is dropped).
/// A malformed geometry (missing coordinates, a position that is not two numbers, an open ring) is
/// rejected with a message naming the member and position, e.g. "coordinates[0][3]".
/// </summary>
internal static class GeoJsonGeometryReader
{
    public static FeatureOutcome<Geometry> Read(JsonElement geometry)
    {
        if (geometry.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return FeatureOutcome<Geometry>.Fail(RejectionReason.InvalidGeometry, "the feature has no geometry (\"geometry\": null)");
        }

        if (geometry.ValueKind != JsonValueKind.Object
            || !geometry.TryGetProperty("type", out var typeElement)
            || typeElement.ValueKind != JsonValueKind.String)
        {
            return FeatureOutcome<Geometry>.Fail(RejectionReason.InvalidGeometry, "\"geometry\" is not a GeoJSON geometry object with a \"type\"");
        }

        var type = typeElement.GetString();
        if (type == "GeometryCollection")
        {
            return FeatureOutcome<Geometry>.Fail(RejectionReason.InvalidGeometry, "a GeometryCollection is not imported: use one Point, LineString or Polygon per feature");
        }

        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            return FeatureOutcome<Geometry>.Fail(RejectionReason.InvalidGeometry, $"the {type} has no \"coordinates\" array");
        }

        try
        {
            return Shape(type, coordinates) is { } shape
                ? FeatureOutcome<Geometry>.Ok(shape)
                : FeatureOutcome<Geometry>.Fail(RejectionReason.InvalidGeometry, $"'{type}' is not a GeoJSON geometry type");
        }
        catch (FormatException e)
        {
            return FeatureOutcome<Geometry>.Fail(RejectionReason.InvalidGeometry, $"malformed {type}: {e.Message}");
        }
    }

    private static Geometry? Shape(string? type, JsonElement coordinates) => type switch
    {
        "Point" => Factory.CreatePoint(Position(coordinates, "coordinates")),
        "MultiPoint" => Factory.CreateMultiPointFromCoords(Positions(coordinates, "coordinates")),
        "LineString" => Line(coordinates, "coordinates"),
        "MultiLineString" => Factory.CreateMultiLineString(Items(coordinates, "coordinates").Select(p => Line(p.Element, p.Path)).ToArray()),
        "Polygon" => Polygon(coordinates, "coordinates"),
        "MultiPolygon" => Factory.CreateMultiPolygon(Items(coordinates, "coordinates").Select(p => Polygon(p.Element, p.Path)).ToArray()),
        _ => null,
    };

    private static GeometryFactory Factory => RdGeometry.Factory;

    private static LineString Line(JsonElement element, string path)
    {
        var points = Positions(element, path);
        return points.Length >= 2 ? Factory.CreateLineString(points) : throw new FormatException($"{path} has {points.Length} position(s); a line needs at least 2");
    }

    private static Polygon Polygon(JsonElement element, string path)
    {
        var rings = Items(element, path).Select(r => Ring(r.Element, r.Path)).ToArray();
        return rings.Length > 0 ? Factory.CreatePolygon(rings[0], rings[1..]) : throw new FormatException($"{path} has no rings");
    }

    private static LinearRing Ring(JsonElement element, string path)
    {
        var points = Positions(element, path);
        if (points.Length < 4)
        {
            throw new FormatException($"{path} has {points.Length} positions; a ring needs at least 4 (closed)");
        }

        return points[0].Equals2D(points[^1]) ? Factory.CreateLinearRing(points) : throw new FormatException($"{path} is not closed: its first and last positions differ");
    }

    private static Coordinate[] Positions(JsonElement element, string path) =>
        Items(element, path).Select(p => Position(p.Element, p.Path)).ToArray();

    private static Coordinate Position(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() < 2)
        {
            throw new FormatException($"{path} is not a position [x, y]");
        }

        var x = element[0];
        var y = element[1];
        if (x.ValueKind != JsonValueKind.Number || y.ValueKind != JsonValueKind.Number)
        {
            throw new FormatException($"{path} is not a position of two numbers");
        }

        return new Coordinate(x.GetDouble(), y.GetDouble());
    }

    private static IEnumerable<(JsonElement Element, string Path)> Items(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{path} is not an array");
        }

        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            yield return (item, $"{path}[{i++}]");
        }
    }
}
