using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Twin.Models.Geo;
using Twin.Models.Results;

namespace Twin.Models.City;

/// <summary>
/// HTTP entity tags for tile content and tilesets. A tag is a hash of exactly what the content is made
/// from: the versions of the index tiles beneath it, the result layer's version and the format
/// version of the writer. An edit changes the version of one index tile, and with it the tags of
/// that tile and of the coarser tiles that hold it — and of no other tile.
/// </summary>
public static class ContentTag
{
    public static string Of(string scope, int formatVersion, IEnumerable<TileSummary> tiles, ResultLayerInfo? layer, long editVersion = 0)
    {
        var text = new StringBuilder(scope).Append('|').Append(formatVersion.ToString(CultureInfo.InvariantCulture))
            .Append("|edits@").Append(editVersion.ToString(CultureInfo.InvariantCulture));
        foreach (var tile in tiles.OrderBy(t => t.Key.Address.Level).ThenBy(t => t.Key.Address.Y).ThenBy(t => t.Key.Address.X))
        {
            text.Append('|').Append(tile.Key.ToString()).Append('@').Append(tile.Version.ToString(CultureInfo.InvariantCulture));
        }

        if (layer is not null)
        {
            text.Append("|layer:").Append(layer.Id).Append('@').Append(layer.Version.ToString(CultureInfo.InvariantCulture));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 12)) + "\"";
    }

    /// <summary>Whether an If-None-Match header value names this tag (a list, weak tags and * included).</summary>
    public static bool Matches(string? ifNoneMatch, string tag)
    {
        if (string.IsNullOrWhiteSpace(ifNoneMatch))
        {
            return false;
        }

        foreach (var candidate in ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
            if (bare == "*" || bare == tag)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index tiles beneath (or at) an address.</summary>
    public static bool Holds(TileAddress address, TileKey indexTile) =>
        indexTile.Address.Level >= address.Level && indexTile.Address.AncestorAt(address.Level) == address;
}
