using System.Collections.Immutable;

namespace Twin.Grains.Tiles;

/// <summary>
/// Changes after a cursor. <see cref="Complete"/> is false when the cursor is older than the changes
/// the catalog still remembers (or from before the catalog was last activated): the subscriber then
/// reloads everything once and goes on from <see cref="Epoch"/> and <see cref="Sequence"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.tiles.tile-changes")]
public sealed record TileChanges(
    [property: Id(0)] Guid Epoch,
    [property: Id(1)] long Sequence,
    [property: Id(2)] ImmutableArray<TileChange> Changes,
    [property: Id(3)] bool Complete);
