using System.Globalization;
using System.IO.Compression;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Results;
using Twin.Models.Tiles;

namespace Twin.Grains.Tiles;

/// <summary>From a catalog directory and entities to tile content: what is refused, how it is written and compressed.</summary>
internal static class TileRendering
{
    /// <summary>Part of every entity tag: raise it when the writers' output changes, so no viewer keeps stale content.</summary>
    public const int FormatVersion = 2;

    public static string? Refusal(TileContentKey key, TileDirectory directory)
    {
        if (!directory.ScenarioKnown)
        {
            return $"unknown scenario '{key.Scenario}'";
        }

        if (key.Layer is not null && directory.Layer is null)
        {
            var known = directory.Layers.IsEmpty ? "none" : string.Join(", ", directory.Layers.Select(l => l.Id));
            return $"scenario '{key.Scenario}' has no result layer '{key.Layer}' (layers: {known})";
        }

        if (directory.Tiles.IsEmpty)
        {
            return key.Address is { } address
                ? $"tile {address} of scenario '{key.Scenario}' holds no content"
                : $"scenario '{key.Scenario}' holds no content yet: import a city first";
        }

        return null;
    }

    public static byte[]? Tileset(TileContentKey key, TileDirectory directory)
    {
        var root = TilesetPlanner.Plan(directory.Tiles);
        if (root is null)
        {
            return null;
        }

        var query = key.Layer is null ? string.Empty : "?layer=" + key.Layer;
        var extras = new Dictionary<string, object?>
        {
            ["scenario"] = key.Scenario,
            ["layer"] = key.Layer,
            ["layers"] = directory.Layers.Select(LayerExtras).ToList(),
        };
        var version = directory.Tiles.Sum(t => t.Version).ToString(CultureInfo.InvariantCulture);
        return TilesetWriter.Write(root, new TilesetInfo(version, a => $"{a.Level}/{a.X}/{a.Y}.glb{query}", extras));
    }

    private static (string Property, ColorRamp Ramp) Ramp(ResultLayerInfo info)
    {
        var ramp = info.Diverging ? ColorRamp.Diverging(info.Min, info.Max) : ColorRamp.Sequential(info.Min, info.Max);
        return (new ResultLayer(info.Id, info.Name, info.Unit, info.Kind, new Dictionary<string, double>(), ramp).PropertyName, ramp);
    }

    public static byte[]? Glb(TileAddress address, CitySet content, ResultLayerValues? layer)
    {
        var detail = TileDetail.ForLevel(address.Level);
        if (!detail.HasContent)
        {
            return null;
        }

        var result = layer is null ? null : new ResultLayer(
            layer.Info.Id,
            layer.Info.Name,
            layer.Info.Unit,
            layer.Info.Kind,
            layer.Values,
            layer.Info.Diverging ? ColorRamp.Diverging(layer.Info.Min, layer.Info.Max) : ColorRamp.Sequential(layer.Info.Min, layer.Info.Max),
            layer.FacadeValues);
        return TileGlbWriter.Write(address, content, detail, result).Bytes;
    }

    public static byte[] Compress(byte[] body, TileEncoding encoding)
    {
        if (encoding == TileEncoding.Identity)
        {
            return body;
        }

        using var output = new MemoryStream(body.Length / 2);
        using (Stream compressor = encoding == TileEncoding.Brotli
            ? new BrotliStream(output, CompressionLevel.Fastest)
            : new GZipStream(output, CompressionLevel.Fastest))
        {
            compressor.Write(body);
        }

        return output.ToArray();
    }

    private static Dictionary<string, object?> LayerExtras(ResultLayerInfo layer) => new()
    {
        ["id"] = layer.Id,
        // The feature property that holds the value, and the colours of the ramp from min to max:
        // the content carries them as vertex colours, so a viewer's legend can match them.
        ["property"] = Ramp(layer).Property,
        ["stops"] = Ramp(layer).Ramp.Stops.Select(c => c.ToString()).ToList(),
        ["name"] = layer.Name,
        ["unit"] = layer.Unit,
        ["kind"] = layer.Kind.ToString(),
        ["min"] = layer.Min,
        ["max"] = layer.Max,
        ["diverging"] = layer.Diverging,
        ["version"] = layer.Version,
    };
}
