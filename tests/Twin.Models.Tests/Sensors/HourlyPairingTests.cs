using System.Globalization;
using Twin.Models.City;
using Twin.Models.Sensors;

namespace Twin.Models.Tests.Sensors;

public sealed class HourlyPairingTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset FittedAt = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cet = TimeSpan.FromHours(1);

    [Fact]
    public void Hourly_TwoBorgerhoutStations_PairsEveryHourBothMeasuredAndFitsLikeTheClosedForm()
    {
        var stations = AntwerpNo2.Stations();
        var sensor = stations[AntwerpNo2.Borgerhout801];
        var reference = stations[AntwerpNo2.Borgerhout802];

        var pairs = CalibrationPairing.Hourly(sensor, reference);
        var calibration = CalibrationFitter.Fit(pairs.Pairs, SensorQuantities.No2, "VMM " + AntwerpNo2.Borgerhout802, FittedAt).Require();

        var expected = ClosedFormLine.Of(pairs.Pairs);
        output.WriteLine(Invariant($"801 -> 802, n {calibration.PairCount} of {sensor.Length} hours: reference = {calibration.Gain:F4} * raw + {calibration.Offset:F4}, R² {calibration.RSquared:F4}, residual SD {calibration.ResidualStandardDeviation:F3} µg/m³"));
        Assert.True(pairs.Succeeded, string.Join("; ", pairs.Problems));
        Assert.Equal(sensor.Zip(reference).Count(p => !double.IsNaN(p.First.Value) && !double.IsNaN(p.Second.Value)), pairs.Pairs.Length);
        Assert.Equal(sensor.Count(v => !double.IsNaN(v.Value)), pairs.SensorHours);
        Assert.Equal(reference.Count(v => !double.IsNaN(v.Value)), pairs.ReferenceHours);
        Assert.Equal(expected.Gain, calibration.Gain, 1e-10);
        Assert.Equal(expected.Offset, calibration.Offset, 1e-9);
        Assert.Equal(expected.RSquared, calibration.RSquared, 1e-10);
        Assert.Equal(expected.ResidualStandardDeviation, calibration.ResidualStandardDeviation, 1e-9);

        // Two urban background stations in the same district: close to one scale, strongly but not perfectly correlated hour by hour.
        Assert.InRange(calibration.Gain, 0.8, 1.25);
        Assert.InRange(calibration.RSquared, 0.85, 0.98);
        Assert.InRange(calibration.ResidualStandardDeviation, 2, 8);
    }

    [Fact]
    public void Hourly_AcrossTheAutumnClockChange_PairsInUtcOrderWithoutGapsOrDuplicates()
    {
        var stations = AntwerpNo2.Stations();

        var sensor = stations[AntwerpNo2.Borgerhout801];
        var reference = stations[AntwerpNo2.Borgerhout802];

        var pairs = CalibrationPairing.Hourly(sensor, reference).Pairs;

        // The file lists 02:00+01:00 before 02:00+02:00 on 31 October 2021 (text order, not time order).
        var night = new DateTimeOffset(2021, 10, 30, 22, 0, 0, TimeSpan.Zero);
        bool InNight(DateTimeOffset t) => t >= night && t < night.AddHours(5);
        Assert.Contains(sensor.Zip(sensor.Skip(1)), p => p.Second.Time < p.First.Time);
        Assert.All(pairs.Zip(pairs.Skip(1)), p => Assert.True(p.First.Start < p.Second.Start));
        Assert.All(pairs, p => Assert.Equal(TimeSpan.FromHours(1), p.End - p.Start));
        var bothMeasured = sensor.Zip(reference).Where(p => InNight(p.First.Time) && !double.IsNaN(p.First.Value) && !double.IsNaN(p.Second.Value));
        Assert.Equal(
            bothMeasured.Select(p => (p.First.Time.UtcDateTime, p.First.Value, p.Second.Value)).OrderBy(p => p.UtcDateTime),
            pairs.Where(p => InNight(p.Start)).Select(p => (p.Start.UtcDateTime, p.Raw, p.Reference)));
    }

    [Fact]
    public void Hourly_DifferentOffsetsAndGaps_PairsTheSameUtcHoursOnly()
    {
        var utc = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        TimedValue[] sensor = [new(utc.ToOffset(Cet), 10), new(utc.AddHours(1).ToOffset(Cet), double.NaN), new(utc.AddHours(2).ToOffset(Cet), 12), new(utc.AddHours(3).ToOffset(Cet), 13)];
        TimedValue[] reference = [new(utc.AddHours(3), 23), new(utc, 20), new(utc.AddHours(1), 21)];

        var pairs = CalibrationPairing.Hourly(sensor, reference);

        Assert.True(pairs.Succeeded, string.Join("; ", pairs.Problems));
        Assert.Equal([new CalibrationPair(utc, utc.AddHours(1), 10, 20), new CalibrationPair(utc.AddHours(3), utc.AddHours(4), 13, 23)], pairs.Pairs);
        Assert.Equal(3, pairs.SensorHours);
        Assert.Equal(3, pairs.ReferenceHours);
        Assert.Equal(1, pairs.UnpairedSensorHours);
    }

    [Fact]
    public void Hourly_ValueOffTheHour_ProblemNamesTheValue()
    {
        var hour = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

        var pairs = CalibrationPairing.Hourly([new(hour, 1), new(hour.AddMinutes(90), 2)], [new(hour, 1)]);

        Assert.False(pairs.Succeeded);
        Assert.Empty(pairs.Pairs);
        Assert.Contains(pairs.Problems, p => p.StartsWith("sensor value 1 (", StringComparison.Ordinal) && p.Contains("not on a whole hour", StringComparison.Ordinal));
    }

    [Fact]
    public void Hourly_HourGivenTwiceInAnotherOffset_ProblemNamesBothValues()
    {
        var hour = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

        var pairs = CalibrationPairing.Hourly([new(hour, 1)], [new(hour, 1), new(hour.AddHours(1), 2), new(hour.ToOffset(Cet), 3)]);

        Assert.Equal(["reference values 0 and 2 are both for the hour starting 2025-03-01 09:00Z"], pairs.Problems);
        Assert.Empty(pairs.Pairs);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
