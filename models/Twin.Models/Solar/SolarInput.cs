using System.Collections.Immutable;

namespace Twin.Models.Solar;

/// <summary>
/// One instant at one place for <see cref="SolarPosition.Compute"/>. The instant carries its offset
/// (only the UTC instant matters); ΔT = TT - UT1 in seconds (about 69 s for 2020-2030). UT1 is taken
/// to be UTC: the difference, under 0.9 s, moves the Sun by less than 0.004°.
/// </summary>
public sealed record SolarInput(DateTimeOffset Instant, double Latitude, double Longitude)
{
    public const double DefaultDeltaT = 69;

    /// <summary>Metres above the ellipsoid (the report's "elevation"); NAP heights are close enough for the parallax.</summary>
    public double Elevation { get; init; }

    /// <summary>Annual mean air pressure, mbar.</summary>
    public double Pressure { get; init; } = SolarSite.DefaultPressure;

    /// <summary>Annual mean temperature, °C.</summary>
    public double Temperature { get; init; } = SolarSite.DefaultTemperature;

    /// <summary>ΔT = TT - UT1, seconds.</summary>
    public double DeltaT { get; init; } = DefaultDeltaT;

    /// <summary>Refraction at sunrise and sunset, degrees.</summary>
    public double AtmosphericRefraction { get; init; } = SolarSite.DefaultAtmosphericRefraction;

    public SolarSite Site => new(Latitude, Longitude)
    {
        Elevation = Elevation,
        Pressure = Pressure,
        Temperature = Temperature,
        AtmosphericRefraction = AtmosphericRefraction,
    };

    /// <summary>What is wrong with the input, each message naming the field; empty when it can be computed.</summary>
    public ImmutableArray<SolarProblem> Validate()
    {
        var problems = Site.Validate();
        if (!(Math.Abs(DeltaT) <= 8000))
        {
            problems = problems.Add(new("delta-t", FormattableString.Invariant($"delta-t {DeltaT} must be within -8000..8000 seconds")));
        }

        // The algorithm's stated validity: years -2000 to 6000; DateTimeOffset starts at year 1.
        return problems;
    }
}
