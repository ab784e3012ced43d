using System.Text.Json;

namespace Twin.Models.Import;

/// <summary>
/// Imports CityJSON 1.1/2.0 documents and CityJSONSeq files (a CityJSON header line with the transform
/// and metadata, then one CityJSONFeature per line, as 3D BAG publishes them). Both convert CityObjects
/// with <see cref="CityJsonObjectConverter"/>. In a document, features are numbered in file order from 0;
/// in a sequence, a feature's index is its line number (the header is line 1), and a line that is not
/// valid JSON rejects that line only.
/// </summary>
internal static class CityJsonImporter
{
    public static ImportResult ImportDocument(string path, ImportOptions options, SourceCrs? crsOverride)
    {
        using var document = JsonFiles.Parse(path, out var error);
        return document is null ? ImportResult.Failed(error ?? $"cannot read {path}") : ImportDocument(document.RootElement, options, crsOverride);
    }

    public static ImportResult ImportSequence(string path, ImportOptions options, SourceCrs? crsOverride)
    {
        try
        {
            using var reader = new StreamReader(path);
            var headerLine = reader.ReadLine();
            var header = ParseHeader(headerLine, crsOverride);
            if (!header.IsOk)
            {
                return ImportResult.Failed($"line 1 of {Path.GetFileName(path)}: {header.Message}");
            }

            var results = new ImportResultBuilder("line");
            var lineNumber = 1;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    CityJsonFeatureLine.Import(line, lineNumber, header.Value, options, results);
                }
            }

            return results.Build();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImportResult.Failed($"cannot read {path}: {e.Message}");
        }
    }

    private static ImportResult ImportDocument(JsonElement root, ImportOptions options, SourceCrs? crsOverride)
    {
        var header = CityJsonHeader.Read(root, crsOverride, "the file");
        if (!header.IsOk)
        {
            return ImportResult.Failed(header.Message);
        }

        if (!root.TryGetProperty("CityObjects", out var cityObjects) || cityObjects.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("vertices", out var vertexArray))
        {
            return ImportResult.Failed("the CityJSON document has no \"CityObjects\" object or no \"vertices\" array");
        }

        var vertices = CityJsonVertices.Read(vertexArray, header.Value.Transform, header.Value.Crs, out var vertexError);
        if (vertices is null)
        {
            return ImportResult.Failed(vertexError ?? "the vertices cannot be read");
        }

        var results = new ImportResultBuilder();
        var converter = new CityJsonObjectConverter(cityObjects, vertices, options, results);
        var index = 0;
        foreach (var (key, cityObject) in CityJsonObjectConverter.Features(cityObjects))
        {
            converter.Convert(index++, key, cityObject);
        }

        return results.Build();
    }

    private static FeatureOutcome<CityJsonHeader> ParseHeader(string? line, SourceCrs? crsOverride)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return FeatureOutcome<CityJsonHeader>.Fail(RejectionReason.MalformedFeature, "the file is empty; a CityJSONSeq starts with a CityJSON header line");
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            return CityJsonHeader.Read(document.RootElement, crsOverride, "the header");
        }
        catch (JsonException e)
        {
            return FeatureOutcome<CityJsonHeader>.Fail(RejectionReason.MalformedFeature, JsonErrors.Describe(e));
        }
    }
}
