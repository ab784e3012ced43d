using Twin.Grains.City;
using Twin.Models.Results;

namespace Twin.Grains.Tiles;

/// <summary>The values of one result layer of one scenario; announcing it in the catalog makes tiles render it.</summary>
public sealed class ResultLayerGrain([PersistentState("layer", StorageNames.City)] IPersistentState<ResultLayerValues?> state)
    : Grain, IResultLayerGrain
{
    public async Task<ResultLayerInfo> PublishAsync(ResultLayerValues layer)
    {
        var key = TileContentKey.Parse(this.GetPrimaryKeyString());
        var published = await GrainFactory.GetGrain<ICityGrain>(key.Dataset).PublishLayerAsync(key.Scenario, layer.Info);
        state.State = layer with { Info = published };
        await state.WriteStateAsync();
        return published;
    }

    // Orleans fills the state with an empty instance until a record is written.
    public Task<ResultLayerValues?> GetAsync() => Task.FromResult(state.RecordExists ? state.State : null);
}
