namespace Twin.Models.Air;

/// <summary>
/// Annual-mean background concentrations (µg/m³) at the street: what the air holds before the street's
/// own traffic adds to it. SRM1 takes them from the national GCN maps (1 km grid, per year); those maps
/// are not available to Twin, so the background is a setting.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.air.air-background")]
public sealed record AirBackground(
    [property: Id(0)] double NO2,
    [property: Id(1)] double O3,
    [property: Id(2)] double PM10,
    [property: Id(3)] double PM25,
    [property: Id(4)] int Year,
    [property: Id(5)] string Source)
{
    /// <summary>
    /// Twin estimate for Hilversum around 2024, NOT the GCN map: a suburban town in the middle of the
    /// country with NO2 about 18, ozone about 44, PM10 about 17 and PM2.5 about 10 µg/m³ (the general
    /// level of Dutch suburban background measurements in recent years). Replace with the GCN values of
    /// the assessment year for real assessments.
    /// </summary>
    public static AirBackground HilversumEstimate { get; } = new(18, 44, 17, 10, 2024,
        "Twin estimate of the suburban background in Hilversum around 2024; the GCN maps were not available");

    public IEnumerable<AirQualityProblem> Validate()
    {
        foreach (var (name, value) in new[] { ("no2", NO2), ("o3", O3), ("pm10", PM10), ("pm25", PM25) })
        {
            if (!(double.IsFinite(value) && value is >= 0 and < 500))
            {
                yield return new($"background.{name}", FormattableString.Invariant($"background {value} µg/m³ must be a number from 0 to 500"));
            }
        }

        if (PM25 > PM10)
        {
            yield return new("background.pm25", FormattableString.Invariant($"background PM2.5 {PM25} exceeds PM10 {PM10}; PM2.5 is part of PM10"));
        }
    }
}
