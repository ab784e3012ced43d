using Twin.Models.Solar;

namespace Twin.Models.Tests.Solar;

/// <summary>Plausibility in Hilversum (52.2262 N, 5.1816 E) against figures a sundial would give.</summary>
public sealed class SolarPositionHilversumTests
{
    private const double Latitude = 52.2262;
    private const double Longitude = 5.1816;

    /// <summary>The obliquity of the ecliptic, which is the Sun's declination at the June solstice.</summary>
    private const double Obliquity = 23.44;

    private static readonly SolarSite Hilversum = new(Latitude, Longitude) { Elevation = 5 };

    [Fact]
    public void SolarTrack_21June_HighestSunIsColatitudePlusObliquityDueSouth()
    {
        var start = new DateTimeOffset(2026, 6, 21, 10, 0, 0, TimeSpan.Zero);
        var track = SolarTrack.Every(start, TimeSpan.FromSeconds(10), 4 * 360);

        var angles = track.Observe(Hilversum);

        var noon = Enumerable.Range(0, angles.Length).MaxBy(i => angles[i].Elevation);
        Assert.Equal(90 - Latitude + Obliquity, angles[noon].Elevation, 0.1);
        Assert.Equal(180, angles[noon].Azimuth, 0.5);
        // Mean solar noon at 5.1816 E is 12:00 - 20.7 min UTC; the equation of time on 21 June is about -1.8 min.
        var expectedNoon = new DateTimeOffset(2026, 6, 21, 11, 41, 0, TimeSpan.Zero);
        Assert.InRange((track.Instants[noon] - expectedNoon).Duration(), TimeSpan.Zero, TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void Compute_21JuneAroundSolarMidnight_SunBelowHorizonByColatitudeMinusObliquity()
    {
        // Solar midnight is twelve hours from solar noon: 23:41 UTC on 20 June.
        var input = new SolarInput(new DateTimeOffset(2026, 6, 21, 1, 41, 0, TimeSpan.FromHours(2)), Latitude, Longitude);

        var position = SolarPosition.Compute(input);

        Assert.Equal(-(90 - Latitude - Obliquity), position.Elevation, 0.1);
        Assert.Equal(0, position.RefractionCorrection);
        Assert.True(position.TopocentricAzimuth is < 2 or > 358, $"azimuth {position.TopocentricAzimuth}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(9)]
    [InlineData(12)]
    public void Compute_LocalMidnight_SunBelowHorizon(int month)
    {
        var input = new SolarInput(new DateTimeOffset(2026, month, 15, 0, 0, 0, TimeSpan.FromHours(month is >= 4 and <= 10 ? 2 : 1)), Latitude, Longitude);

        var position = SolarPosition.Compute(input);

        Assert.True(position.Elevation < 0, $"elevation {position.Elevation} at midnight in month {month}");
        Assert.True(position.TopocentricZenith > 90);
    }

    [Fact]
    public void Compute_MarchEquinoxNoon_ElevationIsColatitudeAndSunIsSouth()
    {
        // 20 March 2026: equinox at 14:46 UTC; solar noon about 11:47 UTC (equation of time -7.6 min).
        var input = new SolarInput(new DateTimeOffset(2026, 3, 20, 11, 47, 0, TimeSpan.Zero), Latitude, Longitude);

        var position = SolarPosition.Compute(input);

        Assert.Equal(90 - Latitude, position.Elevation, 0.2);
        Assert.Equal(180, position.TopocentricAzimuth, 1.0);
        Assert.Equal(-7.6, position.EquationOfTimeMinutes, 0.2);
    }

    [Fact]
    public void Compute_MorningAndAfternoon_SunEastThenWest()
    {
        var morning = SolarPosition.Compute(new SolarInput(new DateTimeOffset(2026, 6, 21, 8, 0, 0, TimeSpan.FromHours(2)), Latitude, Longitude));
        var evening = SolarPosition.Compute(new SolarInput(new DateTimeOffset(2026, 6, 21, 19, 0, 0, TimeSpan.FromHours(2)), Latitude, Longitude));

        Assert.InRange(morning.TopocentricAzimuth, 45, 135);
        Assert.InRange(evening.TopocentricAzimuth, 225, 315);
    }

    [Fact]
    public void Validate_LatitudeOutsideRangeAndZeroPressure_NamesBoth()
    {
        var input = new SolarInput(DateTimeOffset.UnixEpoch, 95, Longitude) { Pressure = 0 };

        var problems = input.Validate();

        Assert.Equal(2, problems.Length);
        Assert.Equal(("latitude", "latitude 95 must be within -90..90 degrees"), (problems[0].Field, problems[0].Message));
        Assert.Equal("pressure", problems[1].Field);
        Assert.Contains("pressure 0 must be greater than 0", problems[1].Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SolarPosition.Compute(input));
    }

    [Fact]
    public void RiseTransitSet_21June_AlmanacTimesForHilversum()
    {
        // Almanac for Amsterdam (4.90 E): sunrise 05:18, sunset 22:06 CEST; Hilversum lies 1.1 minutes of time further east.
        var summerTime = TimeSpan.FromHours(2);

        var day = SolarPosition.RiseTransitSet(new DateOnly(2026, 6, 21), summerTime, Hilversum);

        Assert.NotNull(day.Sunrise);
        Assert.NotNull(day.Sunset);
        Assert.InRange(day.Sunrise.Value - new DateTimeOffset(2026, 6, 21, 5, 17, 0, summerTime), TimeSpan.FromMinutes(-3), TimeSpan.FromMinutes(3));
        Assert.InRange(day.Sunset.Value - new DateTimeOffset(2026, 6, 21, 22, 5, 0, summerTime), TimeSpan.FromMinutes(-3), TimeSpan.FromMinutes(3));
        Assert.InRange(day.Transit - new DateTimeOffset(2026, 6, 21, 13, 41, 0, summerTime), TimeSpan.FromMinutes(-2), TimeSpan.FromMinutes(2));
        Assert.Equal(90 - Latitude + Obliquity, day.TransitElevation, 0.1);
    }

    [Fact]
    public void RiseTransitSet_MidsummerAtTheNorthCape_NoSunset()
    {
        var day = SolarPosition.RiseTransitSet(new DateOnly(2026, 6, 21), TimeSpan.FromHours(2), new SolarSite(71.17, 25.78));

        Assert.Null(day.Sunrise);
        Assert.Null(day.Sunset);
        Assert.True(day.TransitElevation > 40);
    }
}
