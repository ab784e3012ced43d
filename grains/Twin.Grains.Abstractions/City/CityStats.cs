using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Grains.City;

/// <summary>Counts and extent of a scenario of a dataset, its version and recent imports.</summary>
[GenerateSerializer, Immutable, Alias("twin.city.city-stats")]
public sealed record CityStats(
    [property: Id(0)] string Dataset,
    [property: Id(1)] string Scenario,
    [property: Id(2)] EntityCounts Counts,
    [property: Id(3)] RdEnvelope Extent,
    [property: Id(4)] long DatasetVersion,
    [property: Id(5)] int Tiles,
    [property: Id(6)] ImmutableArray<ImportRecord> RecentImports);
