namespace Twin.Models.Sensors;

/// <summary>
/// What a traffic camera saw in one hour, for one direction and vehicle class (null: all together):
/// vehicles counted, and from the measured speeds the mean, V85 and the share above the speed limit.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.observed-traffic")]
public sealed record ObservedTraffic(
    [property: Id(0)] string? Direction,
    [property: Id(1)] string? VehicleClass,
    [property: Id(2)] double Vehicles,
    [property: Id(3)] double? MeanSpeed,
    [property: Id(4)] double? V85,
    [property: Id(5)] double? ShareAboveLimit,
    [property: Id(6)] double? SpeedLimit);
