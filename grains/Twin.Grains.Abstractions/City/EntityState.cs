using Twin.Models.City;

namespace Twin.Grains.City;

/// <summary>
/// The persisted state of an entity grain: the entity (null until created or after removal) and its version.
/// When the last change came from a journaled import, <see cref="Import"/> names it and <see cref="Before"/>
/// holds the entity as it was, so that the import, rolled forward after a crash, can still tell the tiles
/// where the entity used to be.
/// </summary>
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

    /// <summary>The journaled import that made the last change, or null.</summary>
    [Id(3)]
    public string? Import { get; init; }

    /// <summary>The entity before <see cref="Import"/> changed it (null when that import created it).</summary>
    [Id(4)]
    public TEntity? Before { get; init; }
}
