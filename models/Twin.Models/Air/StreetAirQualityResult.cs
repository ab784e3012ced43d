using System.Collections.Immutable;

namespace Twin.Models.Air;

/// <summary>
/// A street air-quality run: the emission factor table and background it used (name and year), the
/// result per street segment, the problems that stopped it (then there are no segments) and warnings
/// about segments it did compute but where SRM1 is stretched (no traffic given, motorway, far points).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.air.street-air-quality-result")]
public sealed record StreetAirQualityResult(
    [property: Id(0)] string EmissionTable,
    [property: Id(1)] int EmissionYear,
    [property: Id(2)] int BackgroundYear,
    [property: Id(3)] ImmutableArray<SegmentAirQuality> Segments,
    [property: Id(4)] ImmutableArray<AirQualityProblem> Problems,
    [property: Id(5)] ImmutableArray<AirQualityProblem> Warnings)
{
    public bool Succeeded => Problems.IsEmpty;

    public static StreetAirQualityResult Failed(AirQualitySettings? settings, IEnumerable<AirQualityProblem> problems) => new(
        settings?.EmissionFactors?.Name ?? string.Empty,
        settings?.EmissionFactors?.Year ?? 0,
        settings?.Background?.Year ?? 0,
        [],
        [.. problems],
        []);
}
