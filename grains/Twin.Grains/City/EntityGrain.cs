using Twin.Models.City;

namespace Twin.Grains.City;

/// <summary>
/// One entity of the baseline: validates, stores when it differs, versions every change. What it stores
/// is <see cref="EntityUpsert.Resolve"/> of the stored and the incoming entity (millimetre grid; a
/// building's LOD2 surfaces kept when an import without them leaves the block as it was). The concrete
/// grains below only bind the entity type and the storage.
/// </summary>
public abstract class EntityGrain<TEntity>(IPersistentState<EntityState<TEntity>> state, TimeProvider time)
    : Grain, IEntityGrain<TEntity>
    where TEntity : class, ICityEntity
{
    public Task<TEntity?> GetAsync() => Task.FromResult(state.State.Entity);

    /// <summary>The clock of the grain, for the concrete grains.</summary>
    protected TimeProvider Time => time;

    public Task<EntityChange<TEntity>> UpsertAsync(TEntity entity) => ApplyAsync(entity, import: null);

    public Task<EntityChange<TEntity>> UpsertFromImportAsync(TEntity entity, string import) => ApplyAsync(entity, import);

    private async Task<EntityChange<TEntity>> ApplyAsync(TEntity entity, string? import)
    {
        var stored = state.State;
        entity = EntityUpsert.Resolve(stored.Entity, entity);
        var problems = CityValidation.Validate(entity);
        if (entity.Id != this.GetPrimaryKeyString())
        {
            problems = problems.Add(new EntityProblem("id", $"'{entity.Id}' does not match the grain key '{this.GetPrimaryKeyString()}'"));
        }

        if (problems.Length > 0)
        {
            return new EntityChange<TEntity>(stored.Entity, stored.Entity, stored.Version, ChangeOutcome.Rejected, problems);
        }

        if (Equals(stored.Entity, entity))
        {
            return import is not null && stored.Import == import
                ? new EntityChange<TEntity>(stored.Before, entity, stored.Version, stored.Before is null ? ChangeOutcome.Created : ChangeOutcome.Updated, [])
                : new EntityChange<TEntity>(stored.Entity, stored.Entity, stored.Version, ChangeOutcome.Unchanged, []);
        }

        state.State = new EntityState<TEntity>(entity, stored.Version + 1, time.GetUtcNow())
        {
            Import = import,
            Before = import is null ? null : stored.Entity,
        };
        await state.WriteStateAsync();
        var outcome = stored.Entity is null ? ChangeOutcome.Created : ChangeOutcome.Updated;
        return new EntityChange<TEntity>(stored.Entity, entity, state.State.Version, outcome, []);
    }

    public async Task<EntityChange<TEntity>> RemoveAsync()
    {
        var stored = state.State;
        if (stored.Entity is null)
        {
            return new EntityChange<TEntity>(null, null, stored.Version, ChangeOutcome.Unchanged, []);
        }

        // The version keeps growing after a removal, so a later re-creation outranks it in every tile.
        state.State = new EntityState<TEntity>(null, stored.Version + 1, time.GetUtcNow());
        await state.WriteStateAsync();
        return new EntityChange<TEntity>(stored.Entity, null, state.State.Version, ChangeOutcome.Removed, []);
    }
}
