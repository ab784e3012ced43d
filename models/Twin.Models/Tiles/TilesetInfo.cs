using Twin.Models.Geo;

namespace Twin.Models.Tiles;

/// <summary>
/// What the tileset JSON needs besides the tree: the version the viewer caches by, the content uri of a tile
/// (for example <c>10/123/456.glb</c> or <c>10/123/456.glb?layer=vc</c>, relative to the tileset) and extras.
/// </summary>
public sealed record TilesetInfo(
    string TilesetVersion,
    Func<TileAddress, string> ContentUri,
    IReadOnlyDictionary<string, object?>? Extras = null);
