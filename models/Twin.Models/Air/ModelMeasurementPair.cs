using Twin.Models.Geo;

namespace Twin.Models.Air;

/// <summary>
/// One sensor's measured mean beside the model: the nearest calculation point's value (its segment id
/// and distance in metres), or the background when no calculation point lies within reach (segment
/// and distance null).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.air.model-measurement-pair")]
public sealed record ModelMeasurementPair(
    [property: Id(0)] string SensorId,
    [property: Id(1)] AirQuantity Quantity,
    [property: Id(2)] RdPoint Location,
    [property: Id(3)] double Measured,
    [property: Id(4)] double Modelled,
    [property: Id(5)] string? SegmentId,
    [property: Id(6)] double? Distance)
{
    /// <summary>Modelled minus measured, µg/m³.</summary>
    public double Difference => Modelled - Measured;
}
