using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Grains.City;

/// <summary>
/// What an upsert or removal did to an entity grain: the entity before and after, the version after,
/// and the problems when the entity was rejected (then nothing changed).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.city.entity-change`1")]
public sealed record EntityChange<TEntity>(
    [property: Id(0)] TEntity? Previous,
    [property: Id(1)] TEntity? Current,
    [property: Id(2)] long Version,
    [property: Id(3)] ChangeOutcome Outcome,
    [property: Id(4)] ImmutableArray<EntityProblem> Problems)
    where TEntity : class, ICityEntity
{
    public bool Changed => Outcome is ChangeOutcome.Created or ChangeOutcome.Updated or ChangeOutcome.Removed;
}
