using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Grains.Tiles;

/// <summary>The entities of one tile of one scenario, kept up to date from entity changes.</summary>
public sealed class TileGrain([PersistentState("tile", StorageNames.City)] IPersistentState<TileContent> state)
    : Grain, ITileGrain
{
    private TileKey _key;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _key = TileKey.Parse(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public async Task<TileSummary> ApplyAsync(ImmutableArray<VersionedEntity> upserts, ImmutableArray<EntityRemoval> removals)
    {
        var next = state.State.Apply(upserts, removals);
        if (!ReferenceEquals(next, state.State))
        {
            state.State = next;
            await state.WriteStateAsync();
        }

        return TileSummary.Of(_key, state.State);
    }

    public Task<CitySet> QueryAsync(RdEnvelope box, EntityKinds kinds) => Task.FromResult(state.State.Query(box, kinds));

    public Task<CitySet> GetContentAsync() => Task.FromResult(state.State.ToCitySet());

    public Task<TileSummary> GetSummaryAsync() => Task.FromResult(TileSummary.Of(_key, state.State));
}
