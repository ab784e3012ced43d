using System.Text.Json;

namespace Twin.Models.Import;

/// <summary>What a CityJSON document or CityJSONSeq header line says about all its features: the transform and the CRS.</summary>
internal sealed record CityJsonHeader(CityJsonTransform Transform, SourceCrs Crs)
{
    private static readonly string[] Versions = ["1.0", "1.1", "2.0"];

    /// <summary>Reads the header from a root object of type CityJSON; <paramref name="where"/> names it in messages.</summary>
    public static FeatureOutcome<CityJsonHeader> Read(JsonElement root, SourceCrs? crsOverride, string where)
    {
        if (!JsonFiles.HasType(root, "CityJSON"))
        {
            return Fail($"{where} is not a CityJSON object (\"type\": \"CityJSON\")");
        }

        var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (version is null || !Versions.Contains(version))
        {
            return Fail($"CityJSON version '{version}' is not supported (1.0, 1.1 or 2.0)");
        }

        var transform = CityJsonTransform.Read(root, out var transformError);
        if (transform is null)
        {
            return Fail(transformError ?? "the transform cannot be read");
        }

        var name = ReferenceSystem(root);
        var crs = crsOverride ?? SourceCrs.FromName(name);
        if (crs is null)
        {
            return Fail(name is null
                ? $"{where} has no metadata.referenceSystem, so its CRS is unknown; pass the CRS, e.g. --crs EPSG:7415"
                : $"the CRS '{name}' is not supported: Twin reads {SourceCrs.SupportedList}");
        }

        return FeatureOutcome<CityJsonHeader>.Ok(new CityJsonHeader(transform, crs));
    }

    private static string? ReferenceSystem(JsonElement root) =>
        root.TryGetProperty("metadata", out var metadata)
        && metadata.ValueKind == JsonValueKind.Object
        && metadata.TryGetProperty("referenceSystem", out var reference)
        && reference.ValueKind == JsonValueKind.String
            ? reference.GetString()
            : null;

    private static FeatureOutcome<CityJsonHeader> Fail(string message) =>
        FeatureOutcome<CityJsonHeader>.Fail(RejectionReason.UnknownCrs, message);
}
