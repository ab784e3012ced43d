using System.Globalization;
using Twin.Models.Solar;

namespace Twin.Models.Tests.Solar;

/// <summary>Every value of the NREL SPA report's worked example, reproduced to the digits it prints.</summary>
public sealed class SolarPositionReferenceTests
{
    /// <summary>Quantities of the file that come from appendix A.2 (rise and set), checked on their own.</summary>
    private static readonly HashSet<string> RiseAndSet = ["sunrise_local", "sunset_local"];

    private static readonly Dictionary<string, Func<SunPosition, double>> Quantities = new(StringComparer.Ordinal)
    {
        ["julian_day"] = p => p.Sun.JulianDay,
        ["julian_century_JC"] = p => p.Sun.JulianCentury,
        ["julian_ephemeris_day_JDE"] = p => p.Sun.JulianEphemerisDay,
        ["julian_ephemeris_century_JCE"] = p => p.Sun.JulianEphemerisCentury,
        ["julian_ephemeris_millennium_JME"] = p => p.Sun.JulianEphemerisMillennium,
        ["earth_heliocentric_longitude_L"] = p => p.Sun.HeliocentricLongitude,
        ["earth_heliocentric_latitude_B"] = p => p.Sun.HeliocentricLatitude,
        ["earth_radius_vector_R"] = p => p.Sun.RadiusVector,
        ["geocentric_longitude_Theta"] = p => p.Sun.GeocentricLongitude,
        ["geocentric_latitude_beta"] = p => p.Sun.GeocentricLatitude,
        ["X0_mean_elongation_moon_sun"] = p => p.Sun.NutationArguments.MeanElongationOfMoon,
        ["X1_mean_anomaly_sun"] = p => p.Sun.NutationArguments.MeanAnomalyOfSun,
        ["X2_mean_anomaly_moon"] = p => p.Sun.NutationArguments.MeanAnomalyOfMoon,
        ["X3_moon_argument_latitude"] = p => p.Sun.NutationArguments.MoonArgumentOfLatitude,
        ["X4_moon_ascending_node_longitude"] = p => p.Sun.NutationArguments.MoonAscendingNode,
        ["nutation_longitude_dPsi"] = p => p.Sun.NutationInLongitude,
        ["nutation_obliquity_dEpsilon"] = p => p.Sun.NutationInObliquity,
        ["mean_obliquity_epsilon0"] = p => p.Sun.MeanObliquityArcSeconds,
        ["true_obliquity_epsilon"] = p => p.Sun.TrueObliquity,
        ["aberration_correction_dTau"] = p => p.Sun.AberrationCorrection,
        ["apparent_sun_longitude_lambda"] = p => p.Sun.ApparentSunLongitude,
        ["mean_sidereal_time_nu0"] = p => p.Sun.MeanSiderealTime,
        ["apparent_sidereal_time_nu"] = p => p.Sun.ApparentSiderealTime,
        ["geocentric_right_ascension_alpha"] = p => p.Sun.RightAscension,
        ["geocentric_declination_delta"] = p => p.Sun.Declination,
        ["observer_local_hour_angle_H"] = p => p.HourAngle,
        ["equatorial_horizontal_parallax_xi"] = p => p.Sun.EquatorialHorizontalParallax,
        ["parallax_right_ascension_dAlpha"] = p => p.ParallaxInRightAscension,
        ["topocentric_right_ascension_alpha_prime"] = p => p.TopocentricRightAscension,
        ["topocentric_declination_delta_prime"] = p => p.TopocentricDeclination,
        ["topocentric_local_hour_angle_H_prime"] = p => p.TopocentricHourAngle,
        ["topocentric_elevation_no_refraction_e0"] = p => p.ElevationWithoutRefraction,
        ["atmospheric_refraction_correction_de"] = p => p.RefractionCorrection,
        ["topocentric_elevation_e"] = p => p.Elevation,
        ["topocentric_zenith_theta"] = p => p.TopocentricZenith,
        ["topocentric_astronomers_azimuth_Gamma"] = p => p.AstronomersAzimuth,
        ["topocentric_azimuth_Phi"] = p => p.TopocentricAzimuth,
        ["incidence_angle_slope30_rot-10"] = p => SolarPosition.IncidenceAngle(p.Angles, NrelSpaExample.Slope, NrelSpaExample.SurfaceAzimuthFromNorth),
        ["equation_of_time"] = p => p.EquationOfTimeMinutes,
    };

    [Fact]
    public void Compute_NrelWorkedExample_EveryListedValueToTheDigitsItPrints()
    {
        var rows = NrelSpaExample.Rows();

        var position = SolarPosition.Compute(NrelSpaExample.Input);

        var unknown = rows.Select(r => r.Quantity).Where(q => !Quantities.ContainsKey(q) && !RiseAndSet.Contains(q)).ToList();
        Assert.True(unknown.Count == 0, "quantities in the file without a check: " + string.Join(", ", unknown));
        var compared = rows
            .Where(r => Quantities.ContainsKey(r.Quantity))
            .Select(r => (Row: r, Actual: Quantities[r.Quantity](position)))
            .ToList();
        compared.ForEach(c => TestContext.Current.TestOutputHelper?.WriteLine(FormattableString.Invariant($"{c.Row.Quantity,-42} {c.Actual,22:R}  file {c.Row.Text}")));
        var failures = compared
            .Where(c => !(Math.Abs(c.Actual - c.Row.Value) <= c.Row.Tolerance))
            .Select(c => FormattableString.Invariant($"{c.Row.Quantity}: {c.Actual:R} vs {c.Row.Text} ± {c.Row.Tolerance:G2}"))
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(rows.Count(r => Quantities.ContainsKey(r.Quantity)) >= 39, "the file lost rows");
    }

    [Fact]
    public void Compute_NrelWorkedExample_ZenithAndAzimuthWithinTheIssuesTolerance()
    {
        var rows = NrelSpaExample.Rows().ToDictionary(r => r.Quantity);

        var position = SolarPosition.Compute(NrelSpaExample.Input);

        Assert.Equal(rows["topocentric_zenith_theta"].Value, position.TopocentricZenith, 1e-4);
        Assert.Equal(rows["topocentric_azimuth_Phi"].Value, position.TopocentricAzimuth, 1e-4);
        Assert.Equal(50.111622, rows["topocentric_zenith_theta"].Value);
        Assert.Equal(194.340241, rows["topocentric_azimuth_Phi"].Value);
    }

    [Fact]
    public void SolarTrack_NrelWorkedExample_SameAnglesAsTheSingleInstantForm()
    {
        var input = NrelSpaExample.Input;
        var instants = Enumerable.Range(-6, 13).Select(h => input.Instant.AddHours(h)).ToArray();

        var track = SolarTrack.Compute(instants, input.DeltaT).Observe(input.Site);

        for (var i = 0; i < instants.Length; i++)
        {
            var single = SolarPosition.Compute(input with { Instant = instants[i] });
            Assert.Equal(single.TopocentricZenith, track[i].Zenith, 1e-12);
            Assert.Equal(single.TopocentricAzimuth, track[i].Azimuth, 1e-12);
        }
    }

    [Fact]
    public void RiseTransitSet_NrelWorkedExample_SunriseAndSunsetToTheSecondItPrints()
    {
        var rows = NrelSpaExample.Rows().ToDictionary(r => r.Quantity);
        var input = NrelSpaExample.Input;

        var day = SolarPosition.RiseTransitSet(DateOnly.FromDateTime(input.Instant.DateTime), input.Instant.Offset, input.Site, input.DeltaT);

        // spa_tester prints hh:mm:ss with the seconds cut off, not rounded.
        foreach (var (quantity, time) in new[] { ("sunrise_local", day.Sunrise), ("sunset_local", day.Sunset) })
        {
            Assert.NotNull(time);
            Assert.Equal(input.Instant.Offset, time.Value.Offset);
            var printed = TimeSpan.ParseExact(rows[quantity].Text, "hh\\:mm\\:ss", CultureInfo.InvariantCulture);
            TestContext.Current.TestOutputHelper?.WriteLine($"{quantity}: {time.Value:O} file {rows[quantity].Text}");
            Assert.InRange(time.Value.TimeOfDay - printed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        }

        Assert.True(day.Sunrise < day.Transit && day.Transit < day.Sunset);
    }
}
