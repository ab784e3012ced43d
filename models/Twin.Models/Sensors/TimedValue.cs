namespace Twin.Models.Sensors;

/// <summary>
/// One value of an hourly series: <see cref="Time"/> is the start of its hour and lies on a whole
/// UTC hour (any offset: 10:00+01:00 is fine, 10:30+00:00 is not). NaN means the hour is missing;
/// leaving the hour out of the series means the same.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.timed-value")]
public readonly record struct TimedValue(
    [property: Id(0)] DateTimeOffset Time,
    [property: Id(1)] double Value);
