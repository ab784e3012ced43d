using Orleans.Concurrency;
using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Planning;
using Twin.Models.Results;
using Twin.Grains.Tiles;

namespace Twin.Grains.City;

/// <summary>
/// The catalog of a dataset, keyed by dataset id: counts, extent, dataset version, recent imports,
/// and the directory of tiles that lets an area query reach only the tiles it needs.
/// </summary>
[Alias("twin.city.ICityGrain")]
public interface ICityGrain : IGrainWithStringKey
{
    // Reads may interleave: they never change state.
    [Alias("stats"), ReadOnly]
    Task<CityStats> GetStatsAsync(string scenario);

    // Reads may interleave: they never change state.
    [Alias("find-tiles"), ReadOnly]
    Task<ImmutableArray<TileKey>> FindTilesAsync(string scenario, RdEnvelope box);

    [Alias("apply-tiles")]
    Task ApplyTileSummariesAsync(ImmutableArray<TileSummary> summaries);

    /// <summary>The index tiles of a scenario beneath an address (all when null), its layers, and the layer asked for.</summary>
    // Reads may interleave: they never change state.
    [Alias("tile-directory"), ReadOnly]
    Task<TileDirectory> GetTileDirectoryAsync(string scenario, TileAddress? under, string? layer);

    // Reads may interleave: they never change state.
    /// <summary>The planned scenarios (the baseline "base" is always there and not listed).</summary>
    [Alias("scenarios"), ReadOnly]
    Task<ImmutableArray<ScenarioSummary>> GetScenariosAsync();

    /// <summary>Announces a scenario, or its new edit version, so its tiles render with its edits.</summary>
    [Alias("register-scenario")]
    Task RegisterScenarioAsync(ScenarioSummary scenario);

    /// <summary>Announces a published result layer; returns it with its new version.</summary>
    [Alias("publish-layer")]
    Task<ResultLayerInfo> PublishLayerAsync(string scenario, ResultLayerInfo layer);

    /// <summary>
    /// Tile and layer changes after a cursor; waits up to <paramref name="wait"/> for one when there are none yet.
    /// </summary>
    // Interleaves so that waiting subscribers never hold up writers or each other.
    [Alias("tile-changes"), AlwaysInterleave]
    Task<TileChanges> WaitForTileChangesAsync(Guid epoch, long afterSequence, TimeSpan wait);

    /// <summary>
    /// Records an import that changed the dataset; returns the new dataset version. A journaled import already
    /// among the recent imports (rolled forward after a crash) is not recorded again: its version is returned.
    /// </summary>
    [Alias("record-import")]
    Task<long> RecordImportAsync(ImportRecord import);
}
