namespace Twin.Models.Sensors;

/// <summary>The latest of one quantity of a sensor: the last reading and the hour it falls in, aggregated.</summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.live-value")]
public sealed record LiveValue(
    [property: Id(0)] string Quantity,
    [property: Id(1)] SensorReading Latest,
    [property: Id(2)] SeriesPoint Hour);
