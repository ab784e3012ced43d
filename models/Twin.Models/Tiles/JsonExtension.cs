using System.Text.Json;
using System.Text.Json.Nodes;
using SharpGLTF.Schema2;

namespace Twin.Models.Tiles;

/// <summary>
/// A glTF extension that SharpGLTF.Core does not know (the 3D Tiles metadata extensions), written from a
/// callback. Read back, its properties are kept as JSON so a parsed model writes them out again unchanged.
/// Each extension name needs its own type because SharpGLTF identifies extensions by type.
/// </summary>
internal abstract class JsonExtension : ExtensionBase
{
    private readonly Dictionary<string, JsonNode?> _read = new(StringComparer.Ordinal);

    public Action<Utf8JsonWriter>? Content { get; set; }

    public IReadOnlyDictionary<string, JsonNode?> ReadProperties => _read;

    protected override void SerializeProperties(Utf8JsonWriter writer)
    {
        base.SerializeProperties(writer);
        if (Content is not null)
        {
            Content(writer);
            return;
        }

        foreach (var (name, value) in _read)
        {
            writer.WritePropertyName(name);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer);
            }
        }
    }

    protected override void DeserializeProperty(string jsonPropertyName, ref Utf8JsonReader reader)
    {
        if (jsonPropertyName is "extensions" or "extras")
        {
            base.DeserializeProperty(jsonPropertyName, ref reader);
            return;
        }

        _read[jsonPropertyName] = JsonNode.Parse(ref reader);
    }
}
