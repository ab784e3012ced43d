namespace Twin.Models.Daylight;

/// <summary>
/// Possible sun hours on one facade of a building over the period: facade <see cref="Facade"/> is edge
/// <see cref="Facade"/> of the footprint (the shell's edges first, from point k to point k + 1, then each
/// hole's), facing <see cref="Azimuth"/> degrees east of north. Party walls and edges without length have no
/// sample points (<see cref="PointCount"/> 0) and all hours 0: no data, not "no sun".
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.daylight.facade-sun-hours")]
public sealed record FacadeSunHours(
    [property: Id(0)] int Facade,
    [property: Id(1)] double Azimuth,
    [property: Id(2)] double Length,
    [property: Id(3)] int PointCount,
    [property: Id(4)] double MeanDailyHours,
    [property: Id(5)] double MinDailyHours,
    [property: Id(6)] DateOnly WorstDay,
    [property: Id(7)] double FirstDayHours,
    [property: Id(8)] double LastDayHours)
{
    /// <summary>Whether the facade has sample points, so its hours mean something.</summary>
    public bool HasData => PointCount > 0;
}
