namespace Twin.Models.Solar;

/// <summary>
/// The observer-dependent steps 3.9-3.15 of the NREL SPA for one site, with the site's constants
/// (latitude terms, parallax factors, refraction factor) worked out once for any number of instants.
/// </summary>
internal readonly struct SolarObserver
{
    private const double SunRadius = 0.26667;
    private const double EarthEquatorialRadius = 6378140;
    private const double PolarToEquatorial = 0.99664719;

    private readonly double _longitude;
    private readonly double _sinLatitude;
    private readonly double _cosLatitude;
    private readonly double _parallaxX;
    private readonly double _parallaxY;
    private readonly double _refractionFactor;
    private readonly double _refractionLimit;

    public SolarObserver(SolarSite site)
    {
        _longitude = site.Longitude;
        (_sinLatitude, _cosLatitude) = Math.SinCos(Angles.ToRadians(site.Latitude));
        var u = Math.Atan(PolarToEquatorial * Math.Tan(Angles.ToRadians(site.Latitude)));
        var height = site.Elevation / EarthEquatorialRadius;
        _parallaxX = Math.Cos(u) + (height * _cosLatitude);
        _parallaxY = (PolarToEquatorial * Math.Sin(u)) + (height * _sinLatitude);
        _refractionFactor = site.Pressure / 1010 * (283 / (273 + site.Temperature));
        _refractionLimit = -(SunRadius + site.AtmosphericRefraction);
    }

    /// <summary>The Sun as seen from the site, given the instant's apparent sidereal time ν, α, δ and ξ.</summary>
    public Topocentric Observe(double siderealTime, double rightAscension, double declination, double parallax)
    {
        var hourAngle = Angles.Limit(siderealTime + _longitude - rightAscension);
        var (sinH, cosH) = Math.SinCos(Angles.ToRadians(hourAngle));
        var (sinDelta, cosDelta) = Math.SinCos(Angles.ToRadians(declination));
        var sinXi = Angles.Sin(parallax);
        var denominator = cosDelta - (_parallaxX * sinXi * cosH);
        var deltaAlpha = Math.Atan2(-_parallaxX * sinXi * sinH, denominator);
        var deltaPrime = Math.Atan2((sinDelta - (_parallaxY * sinXi)) * Math.Cos(deltaAlpha), denominator);
        var hourAnglePrime = Angles.ToRadians(hourAngle) - deltaAlpha;
        var (sinHp, cosHp) = Math.SinCos(hourAnglePrime);
        var (sinDp, cosDp) = Math.SinCos(deltaPrime);

        var e0 = Angles.Asin((_sinLatitude * sinDp) + (_cosLatitude * cosDp * cosHp));
        var refraction = e0 >= _refractionLimit
            ? _refractionFactor * (1.02 / (60 * Angles.Tan(e0 + (10.3 / (e0 + 5.11)))))
            : 0;
        var gamma = Angles.Limit(Angles.Atan2(sinHp, (cosHp * _sinLatitude) - (Math.Tan(deltaPrime) * _cosLatitude)));
        return new Topocentric(
            hourAngle,
            Angles.ToDegrees(deltaAlpha),
            Angles.ToDegrees(deltaPrime),
            Angles.ToDegrees(hourAnglePrime),
            e0,
            refraction,
            gamma);
    }

    /// <summary>The intermediate and final topocentric values of one observation, degrees.</summary>
    public readonly record struct Topocentric(
        double HourAngle,
        double ParallaxInRightAscension,
        double Declination,
        double HourAnglePrime,
        double ElevationWithoutRefraction,
        double RefractionCorrection,
        double AstronomersAzimuth)
    {
        public double Elevation => ElevationWithoutRefraction + RefractionCorrection;

        public double Zenith => 90 - Elevation;

        public double Azimuth => Angles.Limit(AstronomersAzimuth + 180);
    }
}
