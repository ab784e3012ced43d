using System.Text.Json;
using Twin.Models.Geo;

namespace Twin.Models.Tiles;

/// <summary>
/// Writes tileset.json (3D Tiles 1.1) for a planned tree: asset version 1.1 and the tileset version, the
/// tileset's geometric error (twice the root's, so the root shows from far away), and per tile a bounding
/// region, its geometric error, content uri and transform when it has content, and its children; refine
/// REPLACE on the root (inherited below).
/// </summary>
/// <remarks>
/// A content tile's glb is in its <see cref="TileFrame"/>. Tile transforms compose from the root down, so a
/// content tile's <c>transform</c> is its ENU -> ECEF matrix relative to the nearest ancestor with a transform
/// (the inverse of the ancestor's world matrix times its own). Regions are always in WGS84 and unaffected by
/// transforms.
/// </remarks>
public static class TilesetWriter
{
    public static byte[] Write(TilesetNode root, TilesetInfo info)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(info);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("asset");
            writer.WriteString("version", "1.1");
            writer.WriteString("tilesetVersion", info.TilesetVersion);
            writer.WriteString("generator", "Twin (municipality of Hilversum)");
            writer.WriteEndObject();
            writer.WriteNumber("geometricError", Math.Max(2 * root.GeometricError, TilingScheme.TileSize(root.Address.Level)));
            if (info.Extras is { Count: > 0 } extras)
            {
                writer.WritePropertyName("extras");
                JsonSerializer.Serialize(writer, extras);
            }

            writer.WritePropertyName("root");
            WriteTile(writer, root, info, parentWorld: null, isRoot: true);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteTile(Utf8JsonWriter writer, TilesetNode node, TilesetInfo info, double[]? parentWorld, bool isRoot)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("boundingVolume");
        writer.WriteStartArray("region");
        var region = TileRegion.Of(node.Bounds, node.Heights);
        foreach (var value in new[] { region.West, region.South, region.East, region.North, region.MinHeight, region.MaxHeight })
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteNumber("geometricError", node.GeometricError);
        if (isRoot)
        {
            writer.WriteString("refine", "REPLACE");
        }

        var world = parentWorld;
        if (node.HasContent)
        {
            world = TileFrame.EnuToEcef(node.Address);
            writer.WriteStartArray("transform");
            foreach (var value in RigidMatrix.Relative(parentWorld, world))
            {
                writer.WriteNumberValue(value);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("content");
            writer.WriteString("uri", info.ContentUri(node.Address));
            writer.WriteEndObject();
        }

        if (!node.Children.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("children");
            foreach (var child in node.Children)
            {
                WriteTile(writer, child, info, world, isRoot: false);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
