namespace Twin.Models.City;

/// <summary>An entity with the version its grain gave it; a projection keeps the highest version it has seen.</summary>
[GenerateSerializer, Immutable, Alias("twin.city.versioned-entity")]
public sealed record VersionedEntity([property: Id(0)] ICityEntity Entity, [property: Id(1)] long Version)
{
    public EntityKey Key => EntityKey.Of(Entity);
}
