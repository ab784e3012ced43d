using System.Collections.Immutable;

namespace Twin.Models.Daylight;

/// <summary>
/// Possible sun hours on a building's facades and whether its dwellings meet the norm.
/// <see cref="MinDailyHours"/> is the best sample point's worst day: the light TNO norm asks for 2 hours on
/// every day at the living-room window, and Twin, not knowing where that window is, takes the building's best
/// facade point. <see cref="MeetsNorm"/> is computed for every building; it matters for dwellings
/// (<see cref="Dwellings"/> &gt; 0).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.daylight.building-sun-hours")]
public sealed record BuildingSunHours(
    [property: Id(0)] string BuildingId,
    [property: Id(1)] int Dwellings,
    [property: Id(2)] double MeanDailyHours,
    [property: Id(3)] double MinDailyHours,
    [property: Id(4)] bool MeetsNorm,
    [property: Id(5)] ImmutableArray<FacadeSunHours> Facades)
{
    public bool HasDwellings => Dwellings > 0;

    public int PointCount => Facades.Sum(f => f.PointCount);
}
