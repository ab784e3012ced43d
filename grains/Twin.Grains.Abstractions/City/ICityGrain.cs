using Orleans.Concurrency;
using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;

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

    /// <summary>Records an import that changed the dataset; returns the new dataset version.</summary>
    [Alias("record-import")]
    Task<long> RecordImportAsync(ImportRecord import);
}
