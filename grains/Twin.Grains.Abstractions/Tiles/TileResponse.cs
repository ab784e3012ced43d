namespace Twin.Grains.Tiles;

/// <summary>Tile content or a tileset as HTTP needs it: status, entity tag, the body in the asked encoding, or why not.</summary>
[GenerateSerializer, Immutable, Alias("twin.tiles.tile-response")]
public sealed record TileResponse(
    [property: Id(0)] TileResponseStatus Status,
    [property: Id(1)] string ETag,
    [property: Id(2)] byte[]? Body,
    [property: Id(3)] TileEncoding Encoding,
    [property: Id(4)] string? Reason)
{
    public static TileResponse NotFound(string reason) => new(TileResponseStatus.NotFound, string.Empty, null, TileEncoding.Identity, reason);

    public static TileResponse NotModified(string etag) => new(TileResponseStatus.NotModified, etag, null, TileEncoding.Identity, null);
}
