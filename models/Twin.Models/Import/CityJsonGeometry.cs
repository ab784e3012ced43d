using System.Globalization;
using System.Text.Json;

namespace Twin.Models.Import;

/// <summary>
/// Reading CityJSON geometry objects: their type and LoD, their surfaces with semantics (the outer shell
/// of each solid only), and every vertex index they use.
/// </summary>
internal static class CityJsonGeometry
{
    private static readonly HashSet<string> SurfaceTypes = new(StringComparer.Ordinal)
    {
        "MultiSurface", "CompositeSurface", "Solid", "MultiSolid", "CompositeSolid",
    };

    public static string Type(JsonElement geometry) =>
        geometry.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() ?? string.Empty : string.Empty;

    public static bool HasSurfaces(JsonElement geometry) => SurfaceTypes.Contains(Type(geometry));

    /// <summary>The level of detail: "lod" as a string ("1.2", CityJSON 1.1+) or a number (1.0); infinity when absent.</summary>
    public static double Lod(JsonElement geometry)
    {
        if (!geometry.TryGetProperty("lod", out var lod))
        {
            return double.PositiveInfinity;
        }

        return lod.ValueKind switch
        {
            JsonValueKind.Number => lod.GetDouble(),
            JsonValueKind.String when double.TryParse(lod.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
            _ => double.PositiveInfinity,
        };
    }

    /// <summary>The surfaces of a surface or solid geometry, with their semantic types; the outer shell only for solids.</summary>
    public static IEnumerable<CityJsonSurface> Surfaces(JsonElement geometry)
    {
        var boundaries = geometry.GetProperty("boundaries");
        var semantics = geometry.TryGetProperty("semantics", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        var values = semantics.ValueKind == JsonValueKind.Object && semantics.TryGetProperty("values", out var v) ? v : default;
        switch (Type(geometry))
        {
            case "MultiSurface" or "CompositeSurface":
                return Shell(boundaries, values, semantics);
            case "Solid":
                return Shell(boundaries[0], Item(values, 0), semantics);
            case "MultiSolid" or "CompositeSolid":
                return boundaries.EnumerateArray().SelectMany((solid, i) => Shell(solid[0], Item(Item(values, i), 0), semantics));
            default:
                return [];
        }
    }

    /// <summary>Every vertex index in a geometry's boundaries (for GeometryInstance: its reference point).</summary>
    public static IEnumerable<int> VertexIndices(JsonElement geometry) =>
        geometry.TryGetProperty("boundaries", out var boundaries) ? Flatten(boundaries) : [];

    private static IEnumerable<CityJsonSurface> Shell(JsonElement surfaces, JsonElement values, JsonElement semantics)
    {
        var i = 0;
        foreach (var rings in surfaces.EnumerateArray())
        {
            yield return new CityJsonSurface(rings, SemanticType(Item(values, i), semantics));
            i++;
        }
    }

    private static string? SemanticType(JsonElement value, JsonElement semantics)
    {
        if (value.ValueKind != JsonValueKind.Number
            || !semantics.TryGetProperty("surfaces", out var surfaces)
            || surfaces.ValueKind != JsonValueKind.Array
            || !value.TryGetInt32(out var index)
            || index < 0 || index >= surfaces.GetArrayLength())
        {
            return null;
        }

        var surface = surfaces[index];
        return surface.ValueKind == JsonValueKind.Object && surface.TryGetProperty("type", out var type) ? type.GetString() : null;
    }

    private static JsonElement Item(JsonElement array, int index) =>
        array.ValueKind == JsonValueKind.Array && index < array.GetArrayLength() ? array[index] : default;

    private static IEnumerable<int> Flatten(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Number)
        {
            yield return element.GetInt32();
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var index in Flatten(item))
                {
                    yield return index;
                }
            }
        }
    }
}
