using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Grains.City;

/// <summary>The catalog of a dataset: tile directory, counts, extent, version, recent imports.</summary>
public sealed class CityGrain([PersistentState("catalog", StorageNames.City)] IPersistentState<CityCatalog> state)
    : Grain, ICityGrain
{
    public Task<CityStats> GetStatsAsync(string scenario)
    {
        var catalog = state.State;
        return Task.FromResult(new CityStats(
            this.GetPrimaryKeyString(),
            scenario,
            catalog.Counts(scenario),
            catalog.Extent(scenario),
            catalog.Version,
            catalog.TilesOf(scenario).Count(),
            catalog.RecentImports));
    }

    public Task<ImmutableArray<TileKey>> FindTilesAsync(string scenario, RdEnvelope box) =>
        Task.FromResult(state.State.FindTiles(scenario, box));

    public async Task ApplyTileSummariesAsync(ImmutableArray<TileSummary> summaries)
    {
        state.State = state.State.WithTiles(summaries);
        await state.WriteStateAsync();
    }

    public async Task<long> RecordImportAsync(ImportRecord import)
    {
        state.State = state.State.WithImport(import);
        await state.WriteStateAsync();
        return state.State.Version;
    }
}
