using Twin.Models.Geo;

namespace Twin.Grains.Tiles;

/// <summary>
/// One change a viewer must know of: an index tile's content changed (<see cref="Address"/> set), or a
/// result layer of the scenario was published again (<see cref="Layer"/> set, no address: every tile
/// rendered with that layer changed).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.tiles.tile-change")]
public sealed record TileChange(
    [property: Id(0)] long Sequence,
    [property: Id(1)] string Scenario,
    [property: Id(2)] TileAddress? Address,
    [property: Id(3)] long Version,
    [property: Id(4)] string? Layer);
