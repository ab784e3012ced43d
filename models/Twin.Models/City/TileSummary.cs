using Twin.Models.Geo;

namespace Twin.Models.City;

/// <summary>
/// What the city catalog knows of a tile: counts, the box around its content, its content version
/// and the heights its content spans (for 3D Tiles bounding volumes).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.city.tile-summary")]
public sealed record TileSummary(
    [property: Id(0)] TileKey Key,
    [property: Id(1)] EntityCounts Counts,
    [property: Id(2)] RdEnvelope Envelope,
    [property: Id(3)] long Version,
    [property: Id(4)] HeightRange Heights)
{
    public static TileSummary Of(TileKey key, TileContent content) =>
        new(key, content.Counts, content.Envelope, content.Version, HeightRange.Of(content.Entries.Values.Select(e => e.Entity)));
}
