namespace Twin.Models.Sensors;

/// <summary>
/// One series of a sensor: a quantity, optionally split by vehicle class and direction. Aggregates
/// are kept per series; a query without a class or direction merges the series it covers.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.series-key")]
public readonly record struct SeriesKey(
    [property: Id(0)] string Quantity,
    [property: Id(1)] string? VehicleClass,
    [property: Id(2)] string? Direction)
{
    /// <summary>Whether this series is part of what a query for quantity, class and direction asks (null = any).</summary>
    public bool Matches(string quantity, string? vehicleClass, string? direction) =>
        Quantity == quantity
        && (vehicleClass is null || VehicleClass == vehicleClass)
        && (direction is null || Direction == direction);
}
