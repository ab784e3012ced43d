using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Models.Sensors;

namespace Twin.Models.Tests.Sensors;

public sealed class TwinLinkTests
{
    private static readonly DateTime Hour = new(2026, 11, 23, 7, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void FromHour_CountsAndSpeeds_TotalsThenPerDirectionThenPerClass()
    {
        var hour = new HourRollup { Hour = Hour };
        hour.Add(new SensorReading(Hour.AddMinutes(1), SensorQuantities.VehicleCount, 12, VehicleClasses.Light, "noord"), null);
        hour.Add(new SensorReading(Hour.AddMinutes(1), SensorQuantities.VehicleCount, 3, VehicleClasses.Heavy, "noord"), null);
        hour.Add(new SensorReading(Hour.AddMinutes(1), SensorQuantities.VehicleCount, 9, VehicleClasses.Light, "zuid"), null);
        foreach (var (speed, direction) in new[] { (28.0, "noord"), (36.0, "noord"), (41.0, "zuid"), (25.0, "zuid") })
        {
            hour.Add(new SensorReading(Hour.AddMinutes(2), SensorQuantities.VehicleSpeed, speed, VehicleClasses.Light, direction), 30);
        }

        var observation = TrafficObservation.FromHour("camera-1", hour);

        Assert.Equal(24, observation.Vehicles);
        Assert.Equal((null, null), (observation.Rows[0].Direction, observation.Rows[0].VehicleClass));
        Assert.Equal(0.5, observation.Rows[0].ShareAboveLimit);
        var north = observation.Rows.Single(r => r is { Direction: "noord", VehicleClass: null });
        Assert.Equal(15, north.Vehicles);
        Assert.Equal(32, north.MeanSpeed);
        Assert.Equal(3, observation.Rows.Single(r => r is { Direction: "noord", VehicleClass: VehicleClasses.Heavy }).Vehicles);
    }

    [Fact]
    public void With_EightDaysOfHours_PeakHourIsMeanOfMorningPeaksAndOldHoursForgotten()
    {
        var observations = SegmentObservations.Empty;
        for (var day = 0; day < 10; day++)
        {
            for (var h = 0; h < 24; h++)
            {
                var time = Hour.Date.AddDays(day).AddHours(h);
                var vehicles = h == SegmentObservations.PeakHourUtc ? 400 + day : 100;
                observations = observations.With(new TrafficObservation("camera-1", DateTime.SpecifyKind(time, DateTimeKind.Utc), [new ObservedTraffic(null, null, vehicles, null, null, null, null)]));
            }
        }

        // Kept: the newest hour and the 8 days before it; the peaks of days 2..9 remain.
        Assert.Equal(Enumerable.Range(2, 8).Average(d => 400.0 + d), observations.PeakHourFlow);
        Assert.True(observations.VehiclesByHour.Count <= (SegmentObservations.KeptDays * 24) + 1);
        Assert.Equal(Hour.Date.AddDays(9).AddHours(23), observations.Latest!.Hour);
    }

    [Fact]
    public void Zone_CountersSummedAndPublishedBelowThresholdAsLessThanK()
    {
        var zone = ZoneOccupancy.Empty("zone-1")
            .With("counter-a", new SensorReading(Hour, SensorQuantities.VisitorCount, 4))
            .With("counter-b", new SensorReading(Hour, SensorQuantities.VisitorCount, 3));
        var older = zone.With("counter-a", new SensorReading(Hour.AddMinutes(-5), SensorQuantities.VisitorCount, 500));

        Assert.Equal(7, zone.Visitors);
        Assert.Same(zone, older);
        Assert.Equal("<10", PrivacyThreshold.Display(zone.Visitors!.Value, 10));
        Assert.Null(PrivacyThreshold.Publishable(zone.Visitors.Value, 10));
        Assert.Equal("12", PrivacyThreshold.Display(12, 10));
    }

    [Fact]
    public void DemoFeed_WindowsSplittingAMinute_NeverRepeatAReading()
    {
        var camera = DemoDistrict.Generate(DemoOptions.Default).Sensors.First(s => s.SensorKind == SensorKind.TrafficCamera);
        var feed = new DemoFeed(seed: 8);
        var start = new DateTime(2026, 11, 23, 7, 0, 0, DateTimeKind.Utc);

        // Ten-second windows, as the live feed sends them, over ten minutes of the peak.
        var readings = Enumerable.Range(0, 60).SelectMany(i => feed.Readings(camera, start.AddSeconds(10 * i), start.AddSeconds(10 * (i + 1)))).ToList();
        var counts = readings.Where(r => r.Quantity == SensorQuantities.VehicleCount).ToList();
        var speeds = readings.Where(r => r.Quantity == SensorQuantities.VehicleSpeed).ToList();

        Assert.Equal(counts.Count, counts.Select(r => r.Key).Distinct().Count());
        Assert.Equal(speeds.Count, counts.Sum(r => r.Value));
    }

    [Fact]
    public void DemoFeed_ADayOfTheDemoSensors_EveryReadingPassesItsRegisterAndCamerasSeeAPeak()
    {
        var demo = DemoDistrict.Generate(DemoOptions.Default);
        var feed = new DemoFeed(seed: 3);
        var now = new DateTimeOffset(2026, 11, 23, 23, 0, 0, TimeSpan.Zero);
        var from = now.UtcDateTime.AddDays(-1);
        foreach (var sensor in demo.Sensors.Where(s => s.SensorKind != SensorKind.Noise))
        {
            var readings = feed.Readings(sensor, from, now.UtcDateTime).ToList();

            Assert.NotEmpty(readings);
            Assert.All(readings, r => Assert.Null(ReadingRules.Check(sensor, r, 0, now)));
            Assert.All(readings, r => Assert.InRange(r.Time, from, now.UtcDateTime));
        }

        var camera = demo.Sensors.First(s => s.SensorKind == SensorKind.TrafficCamera);
        var speeds = feed.Readings(camera, from, now.UtcDateTime).Where(r => r.Quantity == SensorQuantities.VehicleSpeed).ToList();
        var peak = speeds.Count(r => r.Time.Hour == 7);
        var night = speeds.Count(r => r.Time.Hour == 2);
        Assert.True(peak > 10 * night, $"peak hour {peak} vehicles, night hour {night}");
    }
}
