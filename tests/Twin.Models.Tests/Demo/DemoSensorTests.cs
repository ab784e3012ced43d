using System.Text.RegularExpressions;
using Twin.Models.City;

namespace Twin.Models.Tests.Demo;

public sealed partial class DemoSensorTests
{
    private static IReadOnlyList<Sensor> Sensors => DemoSets.Stationsgebied.Sensors;

    [Fact]
    public void Generate_Sensors_AreActivePublicAndFullyRegistered()
    {
        Assert.All(Sensors, s =>
        {
            Assert.Equal(SensorStatus.Active, s.Register.Status);
            Assert.True(s.Register.IsPublic);
            Assert.False(string.IsNullOrWhiteSpace(s.Register.LegalBasis));
            Assert.False(string.IsNullOrWhiteSpace(s.Register.Purpose));
            Assert.Matches(DpiaReference(), s.Register.DpiaReference);
            Assert.InRange(s.Register.StartDate, new DateOnly(2020, 1, 1), new DateOnly(2025, 1, 1));
            Assert.Null(s.Register.EndDate);
            Assert.True(DemoSets.Stationsgebied.Envelope.Contains(s.Location));
        });
    }

    [Fact]
    public void Generate_TrafficCameras_CountAndMeasureSpeedOnlyForTheMunicipality()
    {
        var cameras = Sensors.Where(s => s.SensorKind == SensorKind.TrafficCamera).ToList();

        Assert.Equal(2, cameras.Count);
        Assert.All(cameras, c =>
        {
            Assert.Equal([SensorQuantities.VehicleCount, SensorQuantities.VehicleSpeed], c.Register.Quantities.Order(StringComparer.Ordinal));
            Assert.Equal("Gemeente Hilversum", c.Register.Owner);
            Assert.Contains("30 km/u", c.Register.Purpose, StringComparison.Ordinal);
            Assert.Equal(30, c.Register.RetentionDays);
            Assert.Null(c.ZoneId);
        });
        Assert.NotEqual(cameras[0].SegmentId, cameras[1].SegmentId);
    }

    [Fact]
    public void Generate_AirQualitySensors_MunicipalAndResidentsMeasuringNo2AndParticulates()
    {
        var air = Sensors.Where(s => s.SensorKind == SensorKind.AirQuality).ToList();
        string[] quantities = [SensorQuantities.No2, SensorQuantities.Pm10, SensorQuantities.Pm25];

        Assert.InRange(air.Count, 8, 12);
        Assert.All(air, s => Assert.Equal(quantities.Order(StringComparer.Ordinal), s.Register.Quantities.Order(StringComparer.Ordinal)));
        Assert.All(air, s => Assert.Equal(365, s.Register.RetentionDays));
        Assert.Contains(air, s => s.Register.Owner == "Gemeente Hilversum");
        Assert.Contains(air, s => s.Register.Owner.Contains("Samen Meten", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_CrowdCounters_OnePerDruktemeterZone()
    {
        var counters = Sensors.Where(s => s.SensorKind == SensorKind.CrowdCounter).ToList();
        var zones = counters.Select(c => c.ZoneId ?? string.Empty).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(7, counters.Count);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"zone-{i}").ToHashSet(StringComparer.Ordinal), zones);
        Assert.All(counters, c => Assert.Equal([SensorQuantities.VisitorCount], c.Register.Quantities));
        Assert.All(counters, c => Assert.Equal(30, c.Register.RetentionDays));
        Assert.Equal(7, counters.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(counters, c => Assert.True(c.Location.DistanceTo(DemoSets.Station) < 800, $"{c.Name} is outside the centre"));
    }

    [Fact]
    public void Generate_Sensors_StandApart()
    {
        var pairs = Sensors.SelectMany((a, i) => Sensors.Skip(i + 1).Select(b => (a, b)));

        Assert.All(pairs, p => Assert.True(p.a.Location.DistanceTo(p.b.Location) > 5, $"{p.a.Id} and {p.b.Id} stand together"));
    }

    [GeneratedRegex(@"^DPIA-20\d{2}-\d{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex DpiaReference();
}
