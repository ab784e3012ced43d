using System.Globalization;
using System.Text.Json;

namespace Twin.Models.Import;

/// <summary>
/// The CRS of a GeoJSON file: its legacy "crs" member ({"type": "name", "properties": {"name": ...}} or
/// {"type": "EPSG", "properties": {"code": ...}}), else WGS84 as RFC 7946 prescribes, unless most
/// features' coordinates are clearly not degrees: then the file is most likely in RD New without saying
/// so, and the user is asked to name the CRS instead of getting every feature rejected.
/// </summary>
internal static class GeoJsonCrs
{
    public static SourceCrs? Resolve(JsonElement root, IReadOnlyList<JsonElement> features, out string? error)
    {
        error = null;
        if (root.TryGetProperty("crs", out var crs) && crs.ValueKind == JsonValueKind.Object)
        {
            var name = NameOf(crs);
            var resolved = SourceCrs.FromName(name);
            if (resolved is null)
            {
                error = $"the GeoJSON \"crs\" '{name ?? crs.GetRawText()}' is not supported: Twin reads {SourceCrs.SupportedList}; convert the file or pass the CRS";
            }

            return resolved;
        }

        if (FirstNonDegreePosition(features) is { } position)
        {
            error = $"coordinates such as ({position}) are not WGS84 degrees, and the file names no CRS (GeoJSON without a \"crs\" member is WGS84, RFC 7946); pass the CRS, e.g. --crs EPSG:28992";
            return null;
        }

        return SourceCrs.Wgs84;
    }

    private static string? NameOf(JsonElement crs)
    {
        if (!crs.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (properties.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
        {
            return name.GetString();
        }

        return properties.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number
            ? "EPSG:" + code.GetRawText()
            : null;
    }

    /// <summary>The first feature position outside degree ranges, when more than half of the features have one.</summary>
    private static string? FirstNonDegreePosition(IReadOnlyList<JsonElement> features)
    {
        string? example = null;
        int checkedCount = 0, notDegrees = 0;
        foreach (var feature in features)
        {
            if (FirstPosition(feature) is not var (x, y))
            {
                continue;
            }

            checkedCount++;
            if (Math.Abs(x) > 180 || Math.Abs(y) > 90)
            {
                notDegrees++;
                example ??= string.Create(CultureInfo.InvariantCulture, $"{x:0.###} {y:0.###}");
            }
        }

        return notDegrees * 2 > checkedCount ? example : null;
    }

    private static (double X, double Y)? FirstPosition(JsonElement feature)
    {
        if (feature.ValueKind != JsonValueKind.Object
            || !feature.TryGetProperty("geometry", out var geometry)
            || geometry.ValueKind != JsonValueKind.Object
            || !geometry.TryGetProperty("coordinates", out var coordinates))
        {
            return null;
        }

        var element = coordinates;
        while (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() > 0 && element[0].ValueKind == JsonValueKind.Array)
        {
            element = element[0];
        }

        return element.ValueKind == JsonValueKind.Array && element.GetArrayLength() >= 2
            && element[0].ValueKind == JsonValueKind.Number && element[1].ValueKind == JsonValueKind.Number
            ? (element[0].GetDouble(), element[1].GetDouble())
            : null;
    }
}
