using System.Collections.Immutable;
using Twin.Grains.Tiles;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Planning;
using Twin.Models.Results;

namespace Twin.Grains.City;

/// <summary>The catalog of a dataset: tile directory, counts, extent, version, recent imports, result layers, tile changes.</summary>
public sealed class CityGrain(
    [PersistentState("catalog", StorageNames.City)] IPersistentState<CityCatalog> state,
    TimeProvider time)
    : Grain, ICityGrain
{
    private readonly TileChangeLog _changes = new(time);

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

    public Task<TileDirectory> GetTileDirectoryAsync(string scenario, TileAddress? under, string? layer) =>
        Task.FromResult(state.State.Directory(scenario, under, layer));

    public Task<ImmutableArray<ScenarioSummary>> GetScenariosAsync() =>
        Task.FromResult<ImmutableArray<ScenarioSummary>>([.. state.State.Planned.Values.OrderBy(s => s.Id, StringComparer.Ordinal)]);

    public async Task ApplyTileSummariesAsync(ImmutableArray<TileSummary> summaries)
    {
        var before = summaries.Select(s => state.State.Tiles.GetValueOrDefault(s.Key)).OfType<TileSummary>().ToList();
        state.State = state.State.WithTiles(summaries);
        await state.WriteStateAsync();
        _changes.RecordTiles(before, summaries);
    }

    public async Task RegisterScenarioAsync(ScenarioSummary scenario)
    {
        var before = state.State.Planned.GetValueOrDefault(scenario.Id);
        state.State = state.State.WithScenario(scenario);
        await state.WriteStateAsync();
        _changes.RecordScenario(scenario.Id, scenario.Version, before is null ? [] : before.Touched.Keys, scenario.Touched.Keys);
    }

    public async Task<ResultLayerInfo> PublishLayerAsync(string scenario, ResultLayerInfo layer)
    {
        state.State = state.State.WithLayer(scenario, layer, out var published);
        await state.WriteStateAsync();
        _changes.RecordLayer(scenario, published.Id, published.Version);
        return published;
    }

    public Task<TileChanges> WaitForTileChangesAsync(Guid epoch, long afterSequence, TimeSpan wait) =>
        _changes.WaitAsync(epoch, afterSequence, wait);

    public async Task<long> RecordImportAsync(ImportRecord import)
    {
        if (import.Import is not null && state.State.RecentImports.FirstOrDefault(r => r.Import == import.Import) is { } recorded)
        {
            return recorded.DatasetVersion;
        }

        state.State = state.State.WithImport(import);
        await state.WriteStateAsync();
        return state.State.Version;
    }
}
