namespace Twin.Models.Sensors;

/// <summary>Identity of a reading within one sensor: timestamp (ticks, UTC), quantity and dimensions.</summary>
public readonly record struct ReadingKey(long Ticks, string Quantity, string? VehicleClass, string? Direction);
