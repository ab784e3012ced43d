using Twin.Models.Sensors;

namespace Twin.Grains.Sensors;

/// <summary>
/// Up to <see cref="Capacity"/> raw readings of one sensor hour, stored as one record. A write
/// rewrites at most the hour's last part, so its cost stays the same however long the sensor has run.
/// </summary>
[GenerateSerializer, Alias("twin.sensors.reading-part")]
public sealed class ReadingPart
{
    public const int Capacity = 2048;

    [Id(0)] public List<SensorReading> Readings { get; set; } = [];
}
