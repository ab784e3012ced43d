namespace Twin.Models.Sensors;

/// <summary>
/// The aggregates of one sensor for one hour, per series, and how many readings of the hour are
/// stored raw. One record per sensor and hour: a write touches the hours of its readings only.
/// </summary>
[GenerateSerializer, Alias("twin.sensors.hour-rollup")]
public sealed class HourRollup
{
    /// <summary>The start of the hour, UTC.</summary>
    [Id(0)] public DateTime Hour { get; set; }

    [Id(1)] public Dictionary<SeriesKey, Rollup> Series { get; set; } = [];

    public long Count => Series.Values.Sum(r => r.Count);

    public void Add(in SensorReading reading, double? speedLimit)
    {
        var series = reading.Series;
        if (!Series.TryGetValue(series, out var rollup))
        {
            Series[series] = rollup = new Rollup();
        }

        rollup.Add(reading, speedLimit);
    }

    /// <summary>The merged aggregate of the series a query asks for, or null when the hour has none of them.</summary>
    public Rollup? Select(string quantity, string? vehicleClass, string? direction)
    {
        Rollup? merged = null;
        foreach (var (key, rollup) in Series)
        {
            if (key.Matches(quantity, vehicleClass, direction))
            {
                (merged ??= new Rollup()).Merge(rollup);
            }
        }

        return merged;
    }

    public static DateTime HourOf(DateTime time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);
}
