namespace Twin.Models.Solar;

/// <summary>
/// The Sun's position by the NREL Solar Position Algorithm (Reda &amp; Andreas 2004, NREL/TP-560-34302):
/// ±0.0003° in zenith and azimuth for the years -2000 to 6000. For many instants at many places use
/// <see cref="SolarTrack"/>, which does the expensive per-instant part once.
/// </summary>
public static class SolarPosition
{
    /// <summary>The Sun at one instant and place. The input must be valid (<see cref="SolarInput.Validate"/> empty).</summary>
    public static SunPosition Compute(SolarInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ThrowIfInvalid(input.Validate());
        return Observe(Geocentric(input.Instant, input.DeltaT), input.Site);
    }

    /// <summary>The observer-independent part for one instant, ΔT = TT - UT1 in seconds.</summary>
    public static GeocentricSun Geocentric(DateTimeOffset instant, double deltaT) => SunEphemeris.At(instant, deltaT);

    /// <summary>The Sun of <paramref name="sun"/> as seen from <paramref name="site"/> (which must be valid).</summary>
    public static SunPosition Observe(GeocentricSun sun, SolarSite site)
    {
        ArgumentNullException.ThrowIfNull(sun);
        ArgumentNullException.ThrowIfNull(site);
        ThrowIfInvalid(site.Validate());
        var seen = new SolarObserver(site).Observe(sun.ApparentSiderealTime, sun.RightAscension, sun.Declination, sun.EquatorialHorizontalParallax);
        return new SunPosition
        {
            Sun = sun,
            HourAngle = seen.HourAngle,
            ParallaxInRightAscension = seen.ParallaxInRightAscension,
            TopocentricRightAscension = sun.RightAscension + seen.ParallaxInRightAscension,
            TopocentricDeclination = seen.Declination,
            TopocentricHourAngle = seen.HourAnglePrime,
            ElevationWithoutRefraction = seen.ElevationWithoutRefraction,
            RefractionCorrection = seen.RefractionCorrection,
            Elevation = seen.Elevation,
            TopocentricZenith = seen.Zenith,
            AstronomersAzimuth = seen.AstronomersAzimuth,
            TopocentricAzimuth = seen.Azimuth,
        };
    }

    /// <summary>
    /// Transit, sunrise and sunset on <paramref name="date"/>, as clock times at <paramref name="utcOffset"/>
    /// (the site must be valid). Sunrise and sunset are when the Sun's upper limb touches the horizon,
    /// refraction included (the report's interpolation between 0 h of the day before and the day after).
    /// </summary>
    public static SunDay RiseTransitSet(DateOnly date, TimeSpan utcOffset, SolarSite site, double deltaT = SolarInput.DefaultDeltaT)
    {
        ArgumentNullException.ThrowIfNull(site);
        ThrowIfInvalid(site.Validate());
        return SunRiseAndSet.Compute(date, utcOffset, site, deltaT);
    }

    /// <summary>
    /// The angle between the Sun and the normal of a surface tilted <paramref name="slope"/> degrees from
    /// the horizontal, whose normal points to <paramref name="surfaceAzimuth"/> (from north, eastward), degrees.
    /// Over 90 means the Sun is behind the surface.
    /// </summary>
    public static double IncidenceAngle(SunAngles sun, double slope, double surfaceAzimuth)
    {
        var (sinZenith, cosZenith) = Math.SinCos(Angles.ToRadians(sun.Zenith));
        var (sinSlope, cosSlope) = Math.SinCos(Angles.ToRadians(slope));
        var cosine = (cosZenith * cosSlope) + (sinSlope * sinZenith * Angles.Cos(sun.Azimuth - surfaceAzimuth));
        return Angles.ToDegrees(Math.Acos(Math.Clamp(cosine, -1, 1)));
    }

    private static void ThrowIfInvalid(IReadOnlyList<SolarProblem> problems)
    {
        // Callers validate first (the CLI, the grains); reaching here with bad input is a programming error.
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid solar input: " + string.Join("; ", problems));
        }
    }
}
