using System.Collections.Immutable;

namespace Twin.Grains.City;

/// <summary>What writing a set of entities into the city did.</summary>
public sealed record CityWriteResult(
    int Created,
    int Updated,
    int Removed,
    int Unchanged,
    ImmutableArray<EntityRejection> Rejected,
    int TilesUpdated,
    long DatasetVersion)
{
    public int Changed => Created + Updated + Removed;
}
