using System.Collections.Immutable;

namespace Twin.Models.Solar;

/// <summary>
/// Where the Sun is observed from: WGS84 latitude (north positive) and longitude (east positive) in
/// degrees, elevation in metres, and the annual mean air pressure (mbar) and temperature (°C) that
/// set the atmospheric refraction. The defaults are those of the NREL SPA report.
/// </summary>
public sealed record SolarSite(double Latitude, double Longitude)
{
    public const double DefaultPressure = 1010;
    public const double DefaultTemperature = 10;
    public const double DefaultAtmosphericRefraction = 0.5667;

    public double Elevation { get; init; }

    public double Pressure { get; init; } = DefaultPressure;

    public double Temperature { get; init; } = DefaultTemperature;

    /// <summary>Refraction at sunrise and sunset, degrees: below -(0.26667 + this) the Sun's disc is wholly down and no refraction is added.</summary>
    public double AtmosphericRefraction { get; init; } = DefaultAtmosphericRefraction;

    /// <summary>What is wrong with the site, each message naming the field and the limit; empty when it can be computed.</summary>
    public ImmutableArray<SolarProblem> Validate()
    {
        var problems = ImmutableArray.CreateBuilder<SolarProblem>();
        if (!(Math.Abs(Latitude) <= 90))
        {
            problems.Add(new("latitude", FormattableString.Invariant($"latitude {Latitude} must be within -90..90 degrees")));
        }

        if (!(Math.Abs(Longitude) <= 180))
        {
            problems.Add(new("longitude", FormattableString.Invariant($"longitude {Longitude} must be within -180..180 degrees")));
        }

        // The Dead Sea shore to well above any aircraft: a wrong unit (feet, km) fails here.
        if (!(Elevation is >= -500 and <= 20_000))
        {
            problems.Add(new("elevation", FormattableString.Invariant($"elevation {Elevation} must be within -500..20000 metres")));
        }

        if (!(Pressure is > 0 and <= 5000))
        {
            problems.Add(new("pressure", FormattableString.Invariant($"pressure {Pressure} must be greater than 0 and at most 5000 mbar")));
        }

        if (!(Temperature is > -273 and <= 6000))
        {
            problems.Add(new("temperature", FormattableString.Invariant($"temperature {Temperature} must be within -273..6000 °C")));
        }

        if (!(Math.Abs(AtmosphericRefraction) <= 5))
        {
            problems.Add(new("atmospheric-refraction", FormattableString.Invariant($"atmospheric refraction {AtmosphericRefraction} must be within -5..5 degrees")));
        }

        return problems.ToImmutable();
    }
}
