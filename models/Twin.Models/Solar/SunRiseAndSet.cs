namespace Twin.Models.Solar;

/// <summary>
/// Appendix A.2 of the NREL SPA report: transit, sunrise and sunset from the Sun's geocentric right
/// ascension and declination at 0 h on the day before, the day itself and the day after, interpolated
/// to each event and corrected once.
/// </summary>
internal static class SunRiseAndSet
{
    private const double SunRadius = 0.26667;

    public static SunDay Compute(DateOnly date, TimeSpan utcOffset, SolarSite site, double deltaT)
    {
        var midnight = new DateTimeOffset(date, TimeOnly.MinValue, TimeSpan.Zero);
        var siderealTime = SunEphemeris.At(midnight, deltaT).ApparentSiderealTime;
        // The report takes α and δ at 0 h TT of the three days (ΔT = 0) and adds ΔT to each event's time instead.
        var days = new[] { SunEphemeris.At(midnight.AddDays(-1), 0), SunEphemeris.At(midnight, 0), SunEphemeris.At(midnight.AddDays(1), 0) };
        var alpha = days.Select(d => d.RightAscension).ToArray();
        var delta = days.Select(d => d.Declination).ToArray();

        var transit = (alpha[1] - site.Longitude - siderealTime) / 360;
        var horizon = -(SunRadius + site.AtmosphericRefraction);
        var (sinLatitude, cosLatitude) = Math.SinCos(Angles.ToRadians(site.Latitude));
        var cosH0 = (Angles.Sin(horizon) - (sinLatitude * Angles.Sin(delta[1]))) / (cosLatitude * Angles.Cos(delta[1]));

        var transitEvent = Event(FractionOfDay(transit));
        var transitTime = transitEvent.M - (transitEvent.HourAngle / 360);
        if (!(Math.Abs(cosH0) <= 1))
        {
            return new SunDay(date, Clock(transitTime), null, null) { TransitElevation = transitEvent.Elevation };
        }

        var h0 = Angles.ToDegrees(Math.Acos(cosH0)) / 360;
        return new SunDay(date, Clock(transitTime), Clock(Corrected(Event(FractionOfDay(transit - h0)))), Clock(Corrected(Event(FractionOfDay(transit + h0)))))
        {
            TransitElevation = transitEvent.Elevation,
        };

        // α', δ', the local hour angle H' (-180..180) and the elevation at the event's approximate time m.
        (double M, double Declination, double HourAngle, double Elevation) Event(double m)
        {
            var n = m + (deltaT / 86400);
            var declination = Interpolate(delta, n);
            var hourAngle = Limit180(siderealTime + (360.985647 * m) + site.Longitude - Interpolate(alpha, n));
            var elevation = Angles.Asin((sinLatitude * Angles.Sin(declination)) + (cosLatitude * Angles.Cos(declination) * Angles.Cos(hourAngle)));
            return (m, declination, hourAngle, elevation);
        }

        double Corrected((double M, double Declination, double HourAngle, double Elevation) e) =>
            e.M + ((e.Elevation - horizon) / (360 * Angles.Cos(e.Declination) * cosLatitude * Angles.Sin(e.HourAngle)));

        DateTimeOffset Clock(double fractionOfUtcDay)
        {
            var local = FractionOfDay(fractionOfUtcDay + (utcOffset.TotalHours / 24));
            return new DateTimeOffset(date, TimeOnly.MinValue, utcOffset).AddTicks((long)Math.Round(local * TimeSpan.TicksPerDay));
        }
    }

    /// <summary>The report's interpolation of α or δ between the three days, with its guard against the 360° wrap of α.</summary>
    private static double Interpolate(double[] values, double n)
    {
        var a = values[1] - values[0];
        var b = values[2] - values[1];
        a = Math.Abs(a) >= 2 ? FractionOfDay(a) : a;
        b = Math.Abs(b) >= 2 ? FractionOfDay(b) : b;
        return values[1] + (n * (a + b + ((b - a) * n)) / 2);
    }

    private static double FractionOfDay(double value) => value - Math.Floor(value);

    private static double Limit180(double degrees)
    {
        var limited = Angles.Limit(degrees);
        return limited > 180 ? limited - 360 : limited;
    }
}
