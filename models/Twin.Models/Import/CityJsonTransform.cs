using System.Text.Json;

namespace Twin.Models.Import;

/// <summary>
/// The CityJSON "transform": a vertex (i, j, k) of integers stands for (i·sx + tx, j·sy + ty, k·sz + tz).
/// Files without one (CityJSON 1.0) store real coordinates, which is the identity transform.
/// </summary>
internal sealed record CityJsonTransform(double ScaleX, double ScaleY, double ScaleZ, double TranslateX, double TranslateY, double TranslateZ)
{
    public static CityJsonTransform Identity { get; } = new(1, 1, 1, 0, 0, 0);

    /// <summary>The transform of a CityJSON root or header; null (with a message) when it is malformed.</summary>
    public static CityJsonTransform? Read(JsonElement root, out string? error)
    {
        error = null;
        if (!root.TryGetProperty("transform", out var transform) || transform.ValueKind == JsonValueKind.Null)
        {
            return Identity;
        }

        if (transform.ValueKind == JsonValueKind.Object
            && Triple(transform, "scale") is { } scale
            && Triple(transform, "translate") is { } translate)
        {
            return new CityJsonTransform(scale[0], scale[1], scale[2], translate[0], translate[1], translate[2]);
        }

        error = "the CityJSON \"transform\" needs \"scale\" and \"translate\", each three numbers";
        return null;
    }

    private static double[]? Triple(JsonElement transform, string name) =>
        transform.TryGetProperty(name, out var array)
        && array.ValueKind == JsonValueKind.Array
        && array.GetArrayLength() == 3
        && array.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Number)
            ? array.EnumerateArray().Select(v => v.GetDouble()).ToArray()
            : null;
}
