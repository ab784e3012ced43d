using System.Text.Json;

namespace Twin.Silo.Access;

/// <summary>
/// The key file: <c>{"Partners": {"amersfoort": {"Name": ..., "Scopes": [...], "Keys": [{"Id": ..., "Sha256": ...}], "RateLimit": {...}}}}</c>,
/// the same shape as Twin:Access:Partners. It holds hashes only, so it is not a secret, but only operators should be able to change it.
/// </summary>
public static class KeyFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static IReadOnlyDictionary<string, PartnerSettings> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("the file does not exist", path);
        }

        try
        {
            var document = JsonSerializer.Deserialize<KeyFileDocument>(File.ReadAllText(path), Json);
            return document?.Partners ?? throw new InvalidDataException("no \"Partners\" object");
        }
        catch (JsonException malformed)
        {
            throw new InvalidDataException($"not valid JSON of a key file: {malformed.Message}", malformed);
        }
    }

    /// <summary>The file as a whole.</summary>
    public sealed record KeyFileDocument
    {
        public Dictionary<string, PartnerSettings>? Partners { get; init; }
    }
}
