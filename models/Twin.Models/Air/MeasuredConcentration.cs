using Twin.Models.Geo;

namespace Twin.Models.Air;

/// <summary>
/// A calibrated air-quality sensor's mean over a year or a period (µg/m³) of one quantity, at the
/// sensor's RD New location.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.air.measured-concentration")]
public sealed record MeasuredConcentration(
    [property: Id(0)] string SensorId,
    [property: Id(1)] RdPoint Location,
    [property: Id(2)] AirQuantity Quantity,
    [property: Id(3)] double Value);
