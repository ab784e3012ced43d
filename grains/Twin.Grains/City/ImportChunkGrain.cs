using Twin.Models.City;

namespace Twin.Grains.City;

/// <summary>One staged chunk of a journaled import: written once before the import begins, cleared once it completes.</summary>
public sealed class ImportChunkGrain(
    [PersistentState("import-chunk", StorageNames.City)] IPersistentState<ImportChunkState> state)
    : Grain, IImportChunkGrain
{
    public async Task StageAsync(CitySet entities)
    {
        state.State = new ImportChunkState { Entities = entities };
        await state.WriteStateAsync();
    }

    public Task<CitySet> GetAsync() => Task.FromResult(state.State.Entities);

    public async Task ClearAsync()
    {
        await state.ClearStateAsync();
        DeactivateOnIdle();
    }
}
