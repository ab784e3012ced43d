using System.Text.Json;

namespace Twin.Models.Import;

/// <summary>
/// One line of a CityJSONSeq: a CityJSONFeature with its own CityObjects and vertices, the latter in the
/// header's transform. A line that cannot be read is one MalformedFeature rejection; it never stops the file.
/// </summary>
internal static class CityJsonFeatureLine
{
    public static void Import(string line, int lineNumber, CityJsonHeader header, ImportOptions options, ImportResultBuilder results)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var id = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
                ? idElement.GetString()
                : null;
            if (root.ValueKind != JsonValueKind.Object || !JsonFiles.HasType(root, "CityJSONFeature")
                || !root.TryGetProperty("CityObjects", out var cityObjects) || cityObjects.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("vertices", out var vertexArray))
            {
                Reject(results, lineNumber, id, "is not a CityJSONFeature with \"CityObjects\" and \"vertices\"");
                return;
            }

            var vertices = CityJsonVertices.Read(vertexArray, header.Transform, header.Crs, out var error);
            if (vertices is null)
            {
                Reject(results, lineNumber, id, error ?? "has vertices that cannot be read");
                return;
            }

            var converter = new CityJsonObjectConverter(cityObjects, vertices, options, results);
            foreach (var (key, cityObject) in CityJsonObjectConverter.Features(cityObjects))
            {
                converter.Convert(lineNumber, key, cityObject);
            }
        }
        catch (JsonException e)
        {
            Reject(results, lineNumber, null, JsonErrors.DescribeInLine(e));
        }
    }

    private static void Reject(ImportResultBuilder results, int lineNumber, string? id, string problem)
    {
        results.CountFeature();
        results.Reject(lineNumber, id, RejectionReason.MalformedFeature, $"line {lineNumber} {problem}");
    }
}
