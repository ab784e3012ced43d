using Twin.Models.Sensors;

namespace Twin.Grains.Sensors;

/// <summary>
/// The small, slowly changing part of a sensor's history: the months it has data in (one entry a
/// month), its calibrations per quantity, and the last hour it sent.
/// </summary>
[GenerateSerializer, Alias("twin.sensors.sensor-series-state")]
public sealed class SensorSeriesState
{
    [Id(0)] public SortedSet<DateTime> Months { get; set; } = [];

    [Id(1)] public Dictionary<string, LinearCalibration> Calibrations { get; set; } = [];

    [Id(2)] public DateTime? LatestHour { get; set; }
}
