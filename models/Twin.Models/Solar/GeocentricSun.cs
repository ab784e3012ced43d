namespace Twin.Models.Solar;

/// <summary>
/// Everything of the NREL Solar Position Algorithm that depends on the instant alone, not on the
/// observer: time scales, the Earth's heliocentric position, nutation, obliquity, aberration,
/// sidereal time and the Sun's geocentric right ascension and declination. Angles in degrees.
/// Computed once per instant (<see cref="SolarPosition.Geocentric"/>), it serves any number of places.
/// </summary>
public sealed record GeocentricSun
{
    public required double JulianDay { get; init; }

    public required double JulianCentury { get; init; }

    public required double JulianEphemerisDay { get; init; }

    public required double JulianEphemerisCentury { get; init; }

    public required double JulianEphemerisMillennium { get; init; }

    /// <summary>L, limited to 0..360.</summary>
    public required double HeliocentricLongitude { get; init; }

    /// <summary>B.</summary>
    public required double HeliocentricLatitude { get; init; }

    /// <summary>R, astronomical units.</summary>
    public required double RadiusVector { get; init; }

    /// <summary>Θ = L + 180, limited to 0..360.</summary>
    public required double GeocentricLongitude { get; init; }

    /// <summary>β = -B.</summary>
    public required double GeocentricLatitude { get; init; }

    /// <summary>X0..X4: mean elongation of the Moon from the Sun, mean anomalies of Sun and Moon, the Moon's argument of latitude and its ascending node.</summary>
    public required NutationArguments NutationArguments { get; init; }

    /// <summary>Δψ.</summary>
    public required double NutationInLongitude { get; init; }

    /// <summary>Δε.</summary>
    public required double NutationInObliquity { get; init; }

    /// <summary>ε0, arc seconds (as the report gives it).</summary>
    public required double MeanObliquityArcSeconds { get; init; }

    /// <summary>ε = ε0 / 3600 + Δε.</summary>
    public required double TrueObliquity { get; init; }

    /// <summary>Δτ.</summary>
    public required double AberrationCorrection { get; init; }

    /// <summary>λ = Θ + Δψ + Δτ.</summary>
    public required double ApparentSunLongitude { get; init; }

    /// <summary>ν0, limited to 0..360.</summary>
    public required double MeanSiderealTime { get; init; }

    /// <summary>ν = ν0 + Δψ·cos ε.</summary>
    public required double ApparentSiderealTime { get; init; }

    /// <summary>α, limited to 0..360.</summary>
    public required double RightAscension { get; init; }

    /// <summary>δ.</summary>
    public required double Declination { get; init; }

    /// <summary>ξ, the equatorial horizontal parallax of the Sun.</summary>
    public required double EquatorialHorizontalParallax { get; init; }

    /// <summary>Apparent minus mean solar time, minutes (report appendix A.1).</summary>
    public required double EquationOfTimeMinutes { get; init; }
}
