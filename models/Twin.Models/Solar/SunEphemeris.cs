namespace Twin.Models.Solar;

/// <summary>
/// The observer-independent steps 3.1-3.8 of the NREL Solar Position Algorithm (Reda &amp; Andreas
/// 2004, NREL/TP-560-34302), and the equation of time of its appendix A.1.
/// </summary>
internal static class SunEphemeris
{
    private const double J2000 = 2451545;
    private static readonly long J2000Ticks = new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc).Ticks;

    public static GeocentricSun At(DateTimeOffset instant, double deltaT)
    {
        // Days since J2000 from ticks: the Julian day itself (2.45e6) would cost digits in JD - 2451545.
        var days = (instant.UtcTicks - J2000Ticks) / (double)TimeSpan.TicksPerDay;
        var jd = J2000 + days;
        var jc = days / 36525;
        var jce = (days + (deltaT / 86400)) / 36525;
        var jme = jce / 10;

        var l = Angles.Limit(Angles.ToDegrees(PeriodicSum(HeliocentricLongitudeTerms.Series, jme)));
        var b = Angles.ToDegrees(PeriodicSum(HeliocentricLatitudeTerms.Series, jme));
        var r = PeriodicSum(HeliocentricRadiusTerms.Series, jme);
        var theta = Angles.Limit(l + 180);
        var beta = -b;

        var x = Arguments(jce);
        var (deltaPsi, deltaEpsilon) = Nutation(x, jce);
        var epsilon0 = MeanObliquityArcSeconds(jme / 10);
        var epsilon = (epsilon0 / 3600) + deltaEpsilon;
        var deltaTau = -20.4898 / (3600 * r);
        var lambda = theta + deltaPsi + deltaTau;

        var nu0 = Angles.Limit(280.46061837 + (360.98564736629 * days) + (0.000387933 * jc * jc) - (jc * jc * jc / 38710000));
        var nu = nu0 + (deltaPsi * Angles.Cos(epsilon));

        var sinLambda = Angles.Sin(lambda);
        var alpha = Angles.Limit(Angles.Atan2((sinLambda * Angles.Cos(epsilon)) - (Angles.Tan(beta) * Angles.Sin(epsilon)), Angles.Cos(lambda)));
        var delta = Angles.Asin((Angles.Sin(beta) * Angles.Cos(epsilon)) + (Angles.Cos(beta) * Angles.Sin(epsilon) * sinLambda));

        return new GeocentricSun
        {
            JulianDay = jd,
            JulianCentury = jc,
            JulianEphemerisDay = J2000 + (jce * 36525),
            JulianEphemerisCentury = jce,
            JulianEphemerisMillennium = jme,
            HeliocentricLongitude = l,
            HeliocentricLatitude = b,
            RadiusVector = r,
            GeocentricLongitude = theta,
            GeocentricLatitude = beta,
            NutationArguments = x,
            NutationInLongitude = deltaPsi,
            NutationInObliquity = deltaEpsilon,
            MeanObliquityArcSeconds = epsilon0,
            TrueObliquity = epsilon,
            AberrationCorrection = deltaTau,
            ApparentSunLongitude = lambda,
            MeanSiderealTime = nu0,
            ApparentSiderealTime = nu,
            RightAscension = alpha,
            Declination = delta,
            EquatorialHorizontalParallax = 8.794 / (3600 * r),
            EquationOfTimeMinutes = EquationOfTime(jme, alpha, deltaPsi, epsilon),
        };
    }

    /// <summary>Σ over the series i of (Σ A·cos(B + C·JME))·JMEⁱ, divided by 1e8 (eq. 9-11).</summary>
    private static double PeriodicSum(double[][] series, double jme)
    {
        var total = 0.0;
        var power = 1.0;
        foreach (var terms in series)
        {
            var sum = 0.0;
            for (var i = 0; i < terms.Length; i += 3)
            {
                sum += terms[i] * Math.Cos(terms[i + 1] + (terms[i + 2] * jme));
            }

            total += sum * power;
            power *= jme;
        }

        return total / 1e8;
    }

    /// <summary>X0..X4 (eq. 15-19), degrees.</summary>
    private static NutationArguments Arguments(double jce) => new(
        Polynomial(jce, 297.85036, 445267.111480, -0.0019142, 1.0 / 189474),
        Polynomial(jce, 357.52772, 35999.050340, -0.0001603, -1.0 / 300000),
        Polynomial(jce, 134.96298, 477198.867398, 0.0086972, 1.0 / 56250),
        Polynomial(jce, 93.27191, 483202.017538, -0.0036825, 1.0 / 327270),
        Polynomial(jce, 125.04452, -1934.136261, 0.0020708, 1.0 / 450000));

    /// <summary>Δψ and Δε in degrees (eq. 20-23).</summary>
    private static (double Longitude, double Obliquity) Nutation(NutationArguments x, double jce)
    {
        var rows = NutationTerms.Rows;
        double psi = 0, epsilon = 0;
        for (var i = 0; i < rows.Length; i += NutationTerms.RowLength)
        {
            var argument = Angles.ToRadians(
                (rows[i] * x.MeanElongationOfMoon) + (rows[i + 1] * x.MeanAnomalyOfSun) + (rows[i + 2] * x.MeanAnomalyOfMoon)
                + (rows[i + 3] * x.MoonArgumentOfLatitude) + (rows[i + 4] * x.MoonAscendingNode));
            var (sin, cos) = Math.SinCos(argument);
            psi += (rows[i + 5] + (rows[i + 6] * jce)) * sin;
            epsilon += (rows[i + 7] + (rows[i + 8] * jce)) * cos;
        }

        return (psi / 36_000_000, epsilon / 36_000_000);
    }

    /// <summary>ε0 in arc seconds (eq. 24), u = JME / 10.</summary>
    private static double MeanObliquityArcSeconds(double u) =>
        84381.448 + (u * (-4680.93 + (u * (-1.55 + (u * (1999.25 + (u * (-51.38 + (u * (-249.67 + (u * (-39.05 + (u * (7.12 + (u * (27.87 + (u * (5.79 + (u * 2.45)))))))))))))))))));

    /// <summary>Appendix A.1: E = 4·(M - 0.0057183 - α + Δψ·cos ε) minutes, brought within ±20 minutes.</summary>
    private static double EquationOfTime(double jme, double alpha, double deltaPsi, double epsilon)
    {
        var m = Angles.Limit(280.4664567 + (jme * (360007.6982779 + (jme * (0.03032028 + (jme * ((1.0 / 49931) + (jme * ((-1.0 / 15300) - (jme / 2_000_000))))))))));
        var minutes = 4 * (m - 0.0057183 - alpha + (deltaPsi * Angles.Cos(epsilon)));
        return minutes switch
        {
            < -20 => minutes + 1440,
            > 20 => minutes - 1440,
            _ => minutes,
        };
    }

    private static double Polynomial(double t, double c0, double c1, double c2, double c3) => c0 + (t * (c1 + (t * (c2 + (t * c3)))));
}
