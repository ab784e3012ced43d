using Twin.Models.Geo;

namespace Twin.Models.Air;

/// <summary>
/// The annual-mean air quality along one street segment by SRM1: the road type and tree factor the twin
/// gave it, its calculation point (RD New, <see cref="CalculationHeight"/> m up, <see cref="DistanceFromAxis"/>
/// m from the axis), its traffic on the average day, speed type and stagnation factor, its emissions
/// in µg/(m·s), the traffic's NOx contribution and the resulting NO2, PM10 (sea-salt corrected) and
/// PM2.5 in µg/m³.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.air.segment-air-quality")]
public sealed record SegmentAirQuality(
    [property: Id(0)] string SegmentId,
    [property: Id(1)] string StreetName,
    [property: Id(2)] RoadType RoadType,
    [property: Id(3)] double TreeFactor,
    [property: Id(4)] RdPoint CalculationPoint,
    [property: Id(5)] double CalculationHeight,
    [property: Id(6)] double DistanceFromAxis,
    [property: Id(7)] double? CanyonWidth,
    [property: Id(8)] double? CanyonHeight,
    [property: Id(9)] double VehiclesPerDay,
    [property: Id(10)] SpeedType SpeedType,
    [property: Id(11)] double StagnationFactor,
    [property: Id(12)] double NOxEmission,
    [property: Id(13)] double PM10Emission,
    [property: Id(14)] double PM25Emission,
    [property: Id(15)] double NOxContribution,
    [property: Id(16)] double NO2,
    [property: Id(17)] double PM10,
    [property: Id(18)] double PM25)
{
    public double Concentration(AirQuantity quantity) => quantity switch
    {
        AirQuantity.NO2 => NO2,
        AirQuantity.PM10 => PM10,
        AirQuantity.PM25 => PM25,
        _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "unknown quantity"),
    };
}
