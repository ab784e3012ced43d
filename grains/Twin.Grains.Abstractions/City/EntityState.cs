using Twin.Models.City;

namespace Twin.Grains.City;

/// <summary>The persisted state of an entity grain: the entity (null until created or after removal) and its version.</summary>
[GenerateSerializer, Alias("twin.city.entity-state`1")]
public sealed record EntityState<TEntity>(
    [property: Id(0)] TEntity? Entity,
    [property: Id(1)] long Version,
    [property: Id(2)] DateTimeOffset? UpdatedAt)
    where TEntity : class, ICityEntity
{
    public EntityState()
        : this(null, 0, null)
    {
    }
}
