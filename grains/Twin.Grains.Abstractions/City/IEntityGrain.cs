using Orleans.Concurrency;
using Twin.Models.City;

namespace Twin.Grains.City;

/// <summary>
/// The write side of one entity, keyed by its id: the baseline attributes and geometry, versioned.
/// Area reads go through tile grains, never one call per entity.
/// </summary>
[Alias("twin.city.IEntityGrain`1")]
public interface IEntityGrain<TEntity> : IGrainWithStringKey
    where TEntity : class, ICityEntity
{
    // Reads may interleave: they never change state.
    [Alias("get"), ReadOnly]
    Task<TEntity?> GetAsync();

    /// <summary>Stores the entity if it is valid and differs from what is stored; the entity's id must equal the grain key.</summary>
    [Alias("upsert")]
    Task<EntityChange<TEntity>> UpsertAsync(TEntity entity);

    /// <summary>
    /// As <see cref="UpsertAsync(TEntity)"/>, for a journaled import: the change remembers the import, and the same
    /// import applied again (rolled forward after a crash) reports the change it made the first time instead of "unchanged".
    /// </summary>
    [Alias("upsert-import")]
    Task<EntityChange<TEntity>> UpsertFromImportAsync(TEntity entity, string import);

    [Alias("remove")]
    Task<EntityChange<TEntity>> RemoveAsync();
}
