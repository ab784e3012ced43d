using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Grains.City;

/// <summary>An entity that a grain refused to store, with every problem found.</summary>
[GenerateSerializer, Immutable, Alias("twin.city.entity-rejection")]
public sealed record EntityRejection([property: Id(0)] EntityKey Key, [property: Id(1)] ImmutableArray<EntityProblem> Problems);
