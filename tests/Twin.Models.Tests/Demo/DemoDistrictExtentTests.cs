using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Models.Geo;

namespace Twin.Models.Tests.Demo;

public sealed class DemoDistrictExtentTests
{
    [Fact]
    public void Generate_Stationsgebied_CountsAsSpecified()
    {
        var set = DemoSets.Stationsgebied;

        Assert.InRange(set.Buildings.Length, 1_300, 1_700);
        Assert.InRange(set.Trees.Length, 1_600, 2_400);
        Assert.InRange(set.StreetSegments.Length, 150, 600);
        Assert.True(set.UtilityLines.Length > set.StreetSegments.Length, "most streets carry several networks");
        Assert.Equal(2, set.Sensors.Count(s => s.SensorKind == SensorKind.TrafficCamera));
        Assert.InRange(set.Sensors.Count(s => s.SensorKind == SensorKind.AirQuality), 8, 12);
        Assert.Equal(7, set.Sensors.Count(s => s.SensorKind == SensorKind.CrowdCounter));
    }

    [Fact]
    public void Generate_City_CountsWithinTenPercentOfTargets()
    {
        var set = DemoSets.City;

        Assert.InRange(set.Buildings.Length, 36_000, 44_000);
        Assert.InRange(set.Trees.Length, 31_500, 38_500);
        Assert.InRange(set.StreetSegments.Length, 7_200, 8_800);
        Assert.InRange(set.UtilityLines.Length, 18_000, 22_000);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(77)]
    [InlineData(31_415)]
    public void Generate_OtherSeeds_StationsgebiedCountsStayInRange(int seed)
    {
        var set = DemoDistrict.Generate(new DemoOptions { Seed = seed });

        Assert.InRange(set.Buildings.Length, 1_300, 1_700);
        Assert.InRange(set.Trees.Length, 1_500, 2_500);
    }

    [Fact]
    public void Generate_Stationsgebied_CoversAboutOneAndAHalfKilometres()
    {
        var envelope = DemoSets.Stationsgebied.Envelope;

        Assert.InRange(envelope.Width, 1_200, 1_650);
        Assert.InRange(envelope.Height, 1_200, 1_650);
    }

    [Fact]
    public void Generate_City_CoversAboutEightKilometres()
    {
        var envelope = DemoSets.City.Envelope;

        Assert.InRange(envelope.Width, 7_500, 10_000);
        Assert.InRange(envelope.Height, 7_500, 10_000);
    }

    [Theory]
    [InlineData(DemoScale.Stationsgebied)]
    [InlineData(DemoScale.City)]
    public void Generate_AnyScale_IsCentredOnTheStation(DemoScale scale)
    {
        var set = DemoSets.Of(scale);

        var centre = set.Envelope.Centre;
        var meanBuilding = new RdPoint(set.Buildings.Average(b => b.Anchor.X), set.Buildings.Average(b => b.Anchor.Y));

        Assert.True(centre.DistanceTo(DemoSets.Station) < 300, $"envelope centre {centre} is {centre.DistanceTo(DemoSets.Station):0} m from the station");
        Assert.True(meanBuilding.DistanceTo(DemoSets.Station) < 300, $"mean building {meanBuilding} is {meanBuilding.DistanceTo(DemoSets.Station):0} m from the station");
    }

    [Theory]
    [InlineData(DemoScale.Stationsgebied)]
    [InlineData(DemoScale.City)]
    public void Generate_AnyScale_EverythingInsideRdDomain(DemoScale scale)
    {
        var outside = DemoSets.Of(scale).All().Where(e => !RdNew.Domain.Contains(e.Envelope)).Select(e => e.Id).Take(5).ToList();

        Assert.Empty(outside);
    }

    [Fact]
    public void StationRd_IsTheStationRoundedToMetres()
    {
        var station = DemoDistrict.StationRd;

        Assert.True(station.DistanceTo(DemoSets.Station) < 1, $"{station} vs {DemoSets.Station}");
        Assert.Equal(Math.Round(station.X), station.X);
        Assert.Equal(Math.Round(station.Y), station.Y);
    }
}
