using System.Text.Json;

namespace Twin.Testing;

/// <summary>Reads a 3D Tiles tileset.json as a viewer walks it.</summary>
public static class TilesetJson
{
    /// <summary>The content URIs of a tile and all its descendants, parents first.</summary>
    public static List<string> ContentUris(JsonElement tile)
    {
        var uris = new List<string>();
        if (tile.TryGetProperty("content", out var content))
        {
            uris.Add(content.GetProperty("uri").GetString()!);
        }

        if (tile.TryGetProperty("children", out var children))
        {
            uris.AddRange(children.EnumerateArray().SelectMany(ContentUris));
        }

        return uris;
    }
}
