namespace Twin.Models.City;

/// <summary>An entity leaving a projection (removed, or moved to another tile) as of a version.</summary>
[GenerateSerializer, Immutable, Alias("twin.city.entity-removal")]
public sealed record EntityRemoval([property: Id(0)] EntityKey Key, [property: Id(1)] long Version);
