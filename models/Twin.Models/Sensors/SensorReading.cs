namespace Twin.Models.Sensors;

/// <summary>
/// One value a sensor sends: when (UTC), which quantity, the value in the quantity's unit, and for
/// traffic cameras the vehicle class and direction it was counted in. Nothing else travels with a
/// reading — no image, no plate, no device of a passer-by.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.reading")]
public readonly record struct SensorReading(
    [property: Id(0)] DateTime Time,
    [property: Id(1)] string Quantity,
    [property: Id(2)] double Value,
    [property: Id(3)] string? VehicleClass = null,
    [property: Id(4)] string? Direction = null)
{
    /// <summary>What makes two readings the same reading: a second copy is acknowledged but not stored again.</summary>
    public ReadingKey Key => new(Time.Ticks, Quantity, VehicleClass, Direction);

    /// <summary>The series the reading belongs to.</summary>
    public SeriesKey Series => new(Quantity, VehicleClass, Direction);
}
