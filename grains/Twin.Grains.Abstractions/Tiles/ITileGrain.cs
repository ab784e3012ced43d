using Orleans.Concurrency;
using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Grains.Tiles;

/// <summary>
/// A spatial tile of one scenario, keyed <c>{scenario}/{level}/{x}/{y}</c> (<see cref="TileKey"/>):
/// the read side that area queries, 3D tiles and simulation snapshots use instead of entity grains.
/// </summary>
[Alias("twin.tiles.ITileGrain")]
public interface ITileGrain : IGrainWithStringKey
{
    /// <summary>Takes in entity changes (highest version wins) and returns the tile's new summary.</summary>
    [Alias("apply")]
    Task<TileSummary> ApplyAsync(ImmutableArray<VersionedEntity> upserts, ImmutableArray<EntityRemoval> removals);

    // Reads may interleave: they never change state.
    [Alias("query"), ReadOnly]
    Task<CitySet> QueryAsync(RdEnvelope box, EntityKinds kinds);

    /// <summary>Every entity of the tile, for rendering and simulation snapshots.</summary>
    // Reads may interleave: they never change state.
    [Alias("content"), ReadOnly]
    Task<CitySet> GetContentAsync();

    // Reads may interleave: they never change state.
    [Alias("summary"), ReadOnly]
    Task<TileSummary> GetSummaryAsync();
}
