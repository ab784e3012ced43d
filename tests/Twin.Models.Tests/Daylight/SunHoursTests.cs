using Twin.Models.City;
using Twin.Models.Daylight;
using static Twin.Models.Tests.Daylight.DaylightSamples;

namespace Twin.Models.Tests.Daylight;

/// <summary>Possible sun hours on facades against hand-checked geometry: open facades, a wall, a tree crown, party walls.</summary>
public sealed class SunHoursTests
{
    [Fact]
    public void Compute_LoneBuildingAtEquinox_SouthFacadeGetsDaylightAndEastFacadeTheMorning()
    {
        var city = CitySet.From([Box("lone", 0, 0, 10, 10, 10)]);

        var result = SunHours.Compute(city, Day(3, 20));

        // At the equinox the Sun rises due east and sets due west: a south facade sees it all day, about
        // 12 hours plus a few minutes of refraction; an east facade from sunrise to solar noon.
        var south = Facade(result, "lone", 0);
        var east = Facade(result, "lone", 1);
        Assert.Equal(180, south.Azimuth, 1e-6);
        Assert.Equal(90, east.Azimuth, 1e-6);
        Assert.Equal(10, south.PointCount);
        Assert.InRange(south.MeanDailyHours, 11.8, 12.3);
        Assert.InRange(east.MeanDailyHours, 5.8, 6.3);
        Assert.Equal(south.MeanDailyHours, south.MinDailyHours, 1e-9);
    }

    [Fact]
    public void Compute_NorthFacade_NoSunInMidwinterSomeInMidsummer()
    {
        var city = CitySet.From([Box("lone", 0, 0, 10, 10, 10)]);

        var winter = Facade(SunHours.Compute(city, Day(12, 21)), "lone", 2);
        var summer = Facade(SunHours.Compute(city, Day(6, 21)), "lone", 2);

        Assert.Equal(0, winter.Azimuth, 1e-6);
        Assert.Equal(0, winter.MeanDailyHours);
        // In June the Sun rises in the north-east and sets in the north-west: hours on the north facade morning and evening.
        Assert.InRange(summer.MeanDailyHours, 3, 8);
    }

    [Theory]
    [InlineData(20, 25)]
    [InlineData(10, 35)]
    [InlineData(10, 40)]
    public void Compute_WallSouthOfFacade_BlocksSunBelowTheWallsAngle(double distance, double wallAngle)
    {
        // A 1 m wide receiver (one sample point at 0.75 m) and, south of it, a 400 m long wall that rises
        // `wallAngle` degrees above the point seen straight south.
        var rise = distance * Math.Tan(wallAngle * Math.PI / 180);
        var wall = Box("wall", -200, -distance - 1, 400, 1, 0.75 + rise, dwellings: 0);
        var city = CitySet.From([Box("receiver", 0, 0, 1, 5, 10), wall]);

        // Quarter-degree bins: near the wall's ends the Sun is seen just past them at grazing angles, where 1° bins are a few minutes off.
        var hours = Facade(SunHours.Compute(city, Day(3, 20) with { AzimuthStep = 0.25 }), "receiver", 0).MeanDailyHours;

        // By hand: at azimuth a the wall is distance / cos(a - 180) away, so it hides the Sun below
        // atan(rise · cos(a - 180) / distance), where the ray meets it (within 200 m east or west).
        var expected = Minutes(3, 20).Count(s =>
        {
            var off = (s.Azimuth - 180) * Math.PI / 180;
            var hitsWall = Math.Abs((distance + 0.01) * Math.Tan(off)) < 199.5;
            return s.Elevation > 0 && Math.Cos(off) > 0 && (!hitsWall || Math.Tan(s.Elevation * Math.PI / 180) > rise * Math.Cos(off) / distance);
        }) / 60.0;
        // The walls hide between a few minutes and most of the 12.1 hours of an open south facade.
        Assert.InRange(expected, 0.25, 12);
        Assert.Equal(expected, hours, 0.1);
    }

    [Fact]
    public void Compute_TreeCrownSouthOfFacade_BlocksOnlyWhenTreesAreIncluded()
    {
        var receiver = Box("receiver", 0, 0, 1, 5, 10);
        var city = CitySet.From([receiver, Tree("oak", 0.5, -8, 14, 10), Tree("behind", 0.5, 20, 30, 12)]);
        var open = Facade(SunHours.Compute(CitySet.From([receiver]), Day(3, 20)), "receiver", 0).MeanDailyHours;

        var without = Facade(SunHours.Compute(city, Day(3, 20)), "receiver", 0).MeanDailyHours;
        var with = Facade(SunHours.Compute(city, Day(3, 20) with { IncludeTrees = true }), "receiver", 0).MeanDailyHours;

        Assert.Equal(open, without, 1e-9);
        // The crown (5 m radius, centre 8 m south) hides the noon Sun: at 37.8° it would need to be lower than
        // the crown's top, about atan((14 - 0.75) / 8); the morning and evening Sun passes beside it.
        Assert.InRange(open - with, 1, 8);
    }

    [Fact]
    public void Compute_TreeNorthOfSouthFacade_ChangesNothing()
    {
        var receiver = Box("receiver", 0, 0, 1, 5, 10);
        var open = Facade(SunHours.Compute(CitySet.From([receiver]), Day(3, 20)), "receiver", 0).MeanDailyHours;

        var behind = Facade(SunHours.Compute(CitySet.From([receiver, Tree("behind", 0.5, 15, 30, 12)]), Day(3, 20) with { IncludeTrees = true }), "receiver", 0);

        Assert.Equal(open, behind.MeanDailyHours, 1e-9);
    }

    [Fact]
    public void Compute_TerracedHouses_PartyWallHasNoPointsAndCastsNoSelfShadow()
    {
        var west = Box("west", 0, 0, 6, 10, 9);
        var east = Box("east", 6, 0, 6, 10, 9);

        var result = SunHours.Compute(CitySet.From([west, east]), Day(3, 20));

        Assert.Equal(0, Facade(result, "west", 1).PointCount);
        Assert.Equal(0, Facade(result, "east", 3).PointCount);
        Assert.False(Facade(result, "west", 1).HasData);
        Assert.Equal(6, Facade(result, "west", 0).PointCount);
        Assert.Equal(Facade(result, "west", 0).MeanDailyHours, Facade(result, "east", 0).MeanDailyHours, 0.2);
    }

    [Fact]
    public void Compute_Deterministic_SameResultTwice()
    {
        var city = CitySet.From([Box("a", 0, 0, 10, 10, 10), Box("b", 0, -25, 30, 8, 25), Tree("t", 20, 15, 12, 8)]);
        var options = Day(4, 1) with { IncludeTrees = true };

        var first = SunHours.Compute(city, options);
        var second = SunHours.Compute(city, options);

        Assert.Equal(
            first.Buildings.SelectMany(b => b.Facades).Select(f => f.MeanDailyHours),
            second.Buildings.SelectMany(b => b.Facades).Select(f => f.MeanDailyHours));
    }

    [Theory]
    [InlineData("spacing")]
    [InlineData("spacing-nan")]
    [InlineData("to")]
    [InlineData("time-step")]
    [InlineData("minimum-sun-elevation")]
    [InlineData("azimuth-step")]
    public void Compute_BadOptions_ArgumentExceptionNamingTheParameter(string bad)
    {
        var city = CitySet.From([Box("lone", 0, 0, 10, 10, 10)]);
        var options = bad switch
        {
            "spacing" => SunHoursOptions.LightTnoNorm() with { Spacing = 0 },
            "spacing-nan" => SunHoursOptions.LightTnoNorm() with { Spacing = double.NaN },
            "to" => SunHoursOptions.LightTnoNorm() with { To = new DateOnly(2026, 2, 1) },
            "time-step" => SunHoursOptions.LightTnoNorm() with { TimeStep = TimeSpan.Zero },
            "minimum-sun-elevation" => SunHoursOptions.LightTnoNorm() with { MinimumSunElevation = double.NaN },
            _ => SunHoursOptions.LightTnoNorm() with { AzimuthStep = 0.7 },
        };

        var error = Assert.ThrowsAny<ArgumentException>(() => SunHours.Compute(city, options));

        Assert.Equal(bad.Replace("-nan", string.Empty, StringComparison.Ordinal), error.ParamName);
    }

    [Fact]
    public void Compute_BrokenBuilding_SkippedAndReported()
    {
        var broken = Box("broken", 30, 0, 10, 10, 10) with { RoofHeight = double.NaN };

        var result = SunHours.Compute(CitySet.From([Box("ok", 0, 0, 10, 10, 10), broken]), Day(3, 20));

        Assert.Equal(["ok"], result.Buildings.Select(b => b.BuildingId));
        Assert.Contains(result.Problems, p => p.Contains("broken", StringComparison.Ordinal));
    }
}
