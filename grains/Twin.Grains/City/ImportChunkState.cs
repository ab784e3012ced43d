using Twin.Models.City;

namespace Twin.Grains.City;

/// <summary>The stored entities of one staged chunk of an import.</summary>
[GenerateSerializer, Alias("twin.city.import-chunk-state")]
public sealed record ImportChunkState
{
    [Id(0)]
    public CitySet Entities { get; init; } = CitySet.Empty;
}
