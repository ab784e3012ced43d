using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Sensors;

namespace Twin.Grains.Sensors;

/// <summary>
/// What a live subscriber hears after a batch of a sensor is stored: the new readings (the latest
/// <see cref="MaxReadings"/> when more), and the updated hour of every quantity the batch touched.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.sensor-update")]
public sealed record SensorUpdate(
    [property: Id(0)] string SensorId,
    [property: Id(1)] SensorKind Kind,
    [property: Id(2)] ImmutableArray<SensorReading> Readings,
    [property: Id(3)] ImmutableArray<LiveValue> Values,
    [property: Id(4)] int StoredCount)
{
    public const int MaxReadings = 500;
}
