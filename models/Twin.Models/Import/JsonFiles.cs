using System.Text.Json;

namespace Twin.Models.Import;

/// <summary>Opening a JSON file as one document, with a message naming the file and the position when it cannot be.</summary>
internal static class JsonFiles
{
    public static JsonDocument? Parse(string path, out string? error, JsonDocumentOptions options = default)
    {
        error = null;
        try
        {
            using var stream = File.OpenRead(path);
            return JsonDocument.Parse(stream, options);
        }
        catch (JsonException e)
        {
            error = $"{Path.GetFileName(path)}: {JsonErrors.Describe(e)}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read {path}: {e.Message}";
        }

        return null;
    }

    /// <summary>Whether a JSON object's "type" member is the given string.</summary>
    public static bool HasType(JsonElement element, string type) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("type", out var value)
        && value.ValueKind == JsonValueKind.String
        && value.ValueEquals(type);
}
