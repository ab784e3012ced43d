using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Sensors;

/// <summary>The pure steps of taking in a sensor's batch: sorting valid from rejected readings, and the live values after a write.</summary>
public static class SensorIngest
{
    /// <summary>The most readings one batch may hold.</summary>
    public const int MaxBatch = 10_000;

    public static (List<SensorReading> Valid, ImmutableArray<ReadingRejection> Rejected) Check(
        Sensor? sensor, IReadOnlyList<SensorReading> readings, DateTimeOffset now)
    {
        var valid = new List<SensorReading>(readings.Count);
        var rejected = ImmutableArray.CreateBuilder<ReadingRejection>();
        for (var i = 0; i < readings.Count; i++)
        {
            var reading = readings[i];
            if (ReadingRules.Check(sensor, reading, i, now) is { } rejection)
            {
                rejected.Add(rejection);
            }
            else
            {
                valid.Add(reading);
            }
        }

        return (valid, rejected.ToImmutable());
    }

    /// <summary>
    /// For each quantity in <paramref name="readings"/>: its latest reading and the aggregate of the
    /// hour (all vehicle classes and directions together), calibrated when the sensor is.
    /// </summary>
    public static ImmutableArray<LiveValue> Live(
        HourRollup hour, IEnumerable<SensorReading> readings, IReadOnlyDictionary<string, LinearCalibration> calibrations)
    {
        var values = ImmutableArray.CreateBuilder<LiveValue>();
        foreach (var latest in readings.GroupBy(r => r.Quantity).Select(g => g.MaxBy(r => r.Time)).OrderBy(r => r.Quantity, StringComparer.Ordinal))
        {
            if (HourRollup.HourOf(latest.Time) == hour.Hour && hour.Select(latest.Quantity, null, null) is { } rollup)
            {
                var calibration = calibrations.GetValueOrDefault(latest.Quantity);
                values.Add(new LiveValue(latest.Quantity, latest, SeriesPoint.From(hour.Hour, rollup, calibration is null ? null : calibration.Apply)));
            }
        }

        return values.ToImmutable();
    }
}
