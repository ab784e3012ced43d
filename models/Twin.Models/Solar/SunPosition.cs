namespace Twin.Models.Solar;

/// <summary>
/// The Sun seen from one place at one instant (NREL SPA), with the intermediate values of the
/// algorithm. Angles in degrees; azimuths from north, eastward, unless named otherwise.
/// </summary>
public sealed record SunPosition
{
    /// <summary>The part that depends on the instant only.</summary>
    public required GeocentricSun Sun { get; init; }

    /// <summary>H, observer local hour angle (geocentric), 0..360.</summary>
    public required double HourAngle { get; init; }

    /// <summary>Δα, parallax in the Sun's right ascension.</summary>
    public required double ParallaxInRightAscension { get; init; }

    /// <summary>α'.</summary>
    public required double TopocentricRightAscension { get; init; }

    /// <summary>δ'.</summary>
    public required double TopocentricDeclination { get; init; }

    /// <summary>H'.</summary>
    public required double TopocentricHourAngle { get; init; }

    /// <summary>e0, elevation angle before refraction.</summary>
    public required double ElevationWithoutRefraction { get; init; }

    /// <summary>Δe, 0 when the Sun is wholly below the horizon.</summary>
    public required double RefractionCorrection { get; init; }

    /// <summary>e = e0 + Δe, the apparent elevation angle above the horizon.</summary>
    public required double Elevation { get; init; }

    /// <summary>θ = 90 - e.</summary>
    public required double TopocentricZenith { get; init; }

    /// <summary>Γ, measured from south, westward (the astronomers' convention), 0..360.</summary>
    public required double AstronomersAzimuth { get; init; }

    /// <summary>Φ = Γ + 180, measured from north, eastward (the navigators' convention), 0..360.</summary>
    public required double TopocentricAzimuth { get; init; }

    /// <summary>δ, the geocentric declination.</summary>
    public double Declination => Sun.Declination;

    /// <summary>Apparent minus mean solar time, minutes.</summary>
    public double EquationOfTimeMinutes => Sun.EquationOfTimeMinutes;

    public SunAngles Angles => new(TopocentricZenith, TopocentricAzimuth);
}
