using System.Collections.Immutable;
using Twin.Models.Sensors;

namespace Twin.Grains.Sensors;

/// <summary>A series query's answer: aggregate points (hour, day) or raw readings, and the calibration applied, if any.</summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.series-result")]
public sealed record SeriesResult(
    [property: Id(0)] ImmutableArray<SeriesPoint> Points,
    [property: Id(1)] ImmutableArray<SensorReading> Readings,
    [property: Id(2)] LinearCalibration? Calibration,
    [property: Id(3)] bool Truncated);
