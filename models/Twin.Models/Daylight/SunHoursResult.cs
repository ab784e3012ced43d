using System.Collections.Immutable;

namespace Twin.Models.Daylight;

/// <summary>
/// Possible sun hours per building and facade over a period (by default the light TNO norm's 19 February to
/// 21 October), with the settings that produced them, the number of sample points and what was skipped.
/// Buildings are ordered by id.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.daylight.sun-hours-result")]
public sealed record SunHoursResult(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] double RequiredHours,
    [property: Id(3)] double Spacing,
    [property: Id(4)] double MinimumSunElevation,
    [property: Id(5)] bool IncludeTrees,
    [property: Id(6)] int PointCount,
    [property: Id(7)] ImmutableArray<BuildingSunHours> Buildings,
    [property: Id(8)] ImmutableArray<string> Problems)
{
    /// <summary>The buildings with dwellings that do not meet the norm.</summary>
    public IEnumerable<BuildingSunHours> FailingDwellings => Buildings.Where(b => b.HasDwellings && !b.MeetsNorm);
}
