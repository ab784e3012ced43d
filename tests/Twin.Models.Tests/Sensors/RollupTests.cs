using Twin.Models.City;
using Twin.Models.Sensors;

namespace Twin.Models.Tests.Sensors;

public sealed class RollupTests
{
    private static readonly DateTime Hour = new(2026, 11, 23, 7, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Add_SpeedsAroundThirty_V85WithinOneKmhOfExactPercentileAndShareAboveLimitExact()
    {
        var speeds = Speeds(2_000, seed: 11);
        var rollup = new Rollup();
        foreach (var speed in speeds)
        {
            rollup.Add(Speed(speed), speedLimit: 30);
        }

        var sorted = speeds.Order().ToArray();
        var exact = sorted[(int)Math.Ceiling(0.85 * sorted.Length) - 1];
        Assert.InRange(rollup.Speeds!.Percentile(0.85)!.Value, exact - 1, exact + 1);
        Assert.Equal(speeds.Count(s => s > 30), rollup.AboveLimit);
        Assert.Equal(speeds.Length, rollup.Count);
        Assert.Equal(speeds.Min(), rollup.Min);
        Assert.Equal(speeds.Max(), rollup.Max);
        Assert.Equal(speeds.Average(), rollup.Mean, 1e-9);
    }

    [Fact]
    public void Percentile_UniformWithinBins_InterpolatesInsideTheBin()
    {
        var histogram = new SpeedHistogram();
        foreach (var speed in new[] { 30.2, 30.7, 31.1, 31.9 })
        {
            histogram.Add(speed);
        }

        // Half of the four fall in [30, 31): the median lies at the bin's top edge, 31.
        Assert.Equal(31, histogram.Percentile(0.5)!.Value, 1e-12);
        Assert.Equal(31.5, histogram.Percentile(0.75)!.Value, 1e-12);
        Assert.Null(new SpeedHistogram().Percentile(0.85));
    }

    [Fact]
    public void Merge_HoursOfADay_EqualsOneRollupOfAllReadings()
    {
        var speeds = Speeds(900, seed: 5);
        var whole = new Rollup();
        var parts = new[] { new Rollup(), new Rollup(), new Rollup() };
        for (var i = 0; i < speeds.Length; i++)
        {
            whole.Add(Speed(speeds[i]), 30);
            parts[i % 3].Add(Speed(speeds[i]), 30);
        }

        var merged = new Rollup();
        foreach (var part in parts)
        {
            merged.Merge(part);
        }

        Assert.Equal(whole.Count, merged.Count);
        Assert.Equal(whole.Sum, merged.Sum, 1e-9);
        Assert.Equal(whole.AboveLimit, merged.AboveLimit);
        Assert.Equal(whole.Speeds!.Percentile(0.85), merged.Speeds!.Percentile(0.85));
        Assert.Equal(whole.Speeds.Counts, merged.Speeds.Counts);
    }

    [Fact]
    public void Build_DayResolution_MergesHoursPerUtcDayAndFiltersSeries()
    {
        var hours = Enumerable.Range(0, 48).Select(h =>
        {
            var hour = new HourRollup { Hour = Hour.Date.AddHours(h) };
            hour.Add(new SensorReading(hour.Hour.AddMinutes(5), SensorQuantities.VehicleCount, 10, VehicleClasses.Light, "noord"), null);
            hour.Add(new SensorReading(hour.Hour.AddMinutes(5), SensorQuantities.VehicleCount, 2, VehicleClasses.Heavy, "noord"), null);
            hour.Add(new SensorReading(hour.Hour.AddMinutes(5), SensorQuantities.VehicleCount, 7, VehicleClasses.Light, "zuid"), null);
            return hour;
        }).ToList();
        var from = DateTime.SpecifyKind(Hour.Date, DateTimeKind.Utc);

        var days = SeriesBuilder.Build(hours, new SeriesQuery(SensorQuantities.VehicleCount, from, from.AddDays(2), SeriesResolution.Day), null);
        var light = SeriesBuilder.Build(hours, new SeriesQuery(SensorQuantities.VehicleCount, from, from.AddHours(3), SeriesResolution.Hour, VehicleClasses.Light), null);
        var north = SeriesBuilder.Build(hours, new SeriesQuery(SensorQuantities.VehicleCount, from, from.AddHours(1), SeriesResolution.Hour, Direction: "noord"), null);

        Assert.Equal(2, days.Length);
        Assert.All(days, d => Assert.Equal(24 * 19, d.Sum));
        Assert.Equal([17.0, 17.0, 17.0], light.Select(p => p.Sum));
        Assert.Equal(12, Assert.Single(north).Sum);
    }

    [Fact]
    public void Build_Calibrated_ShowsCalibratedBesideRaw()
    {
        var hour = new HourRollup { Hour = Hour };
        hour.Add(new SensorReading(Hour.AddMinutes(10), SensorQuantities.No2, 20), null);
        hour.Add(new SensorReading(Hour.AddMinutes(20), SensorQuantities.No2, 30), null);

        var point = Assert.Single(SeriesBuilder.Build([hour], new SeriesQuery(SensorQuantities.No2, Hour, Hour.AddHours(1), SeriesResolution.Hour), raw => (0.9 * raw) + 2));

        Assert.Equal(25, point.Mean, 1e-12);
        Assert.Equal(24.5, point.CalibratedMean!.Value, 1e-12);
        Assert.Equal(20, point.CalibratedMin!.Value, 1e-12);
        Assert.Equal(29, point.CalibratedMax!.Value, 1e-12);
    }

    [Fact]
    public void Problem_RangeBackwardsOrTooLong_Named()
    {
        Assert.Contains("later", new SeriesQuery(SensorQuantities.No2, Hour, Hour.AddHours(-1), SeriesResolution.Hour).Problem());
        Assert.Contains("more than", new SeriesQuery(SensorQuantities.No2, Hour, Hour.AddYears(2), SeriesResolution.Hour).Problem());
        Assert.Null(new SeriesQuery(SensorQuantities.No2, Hour, Hour.AddYears(2), SeriesResolution.Day).Problem());
    }

    private static SensorReading Speed(double speed) => new(Hour.AddMinutes(1), SensorQuantities.VehicleSpeed, speed);

    private static double[] Speeds(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Math.Round(33 + (7 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble())), 1))];
    }
}
