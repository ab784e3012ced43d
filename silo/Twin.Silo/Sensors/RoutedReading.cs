using Twin.Models.Sensors;

namespace Twin.Silo.Sensors;

/// <summary>A reading of a mixed batch with the sensor it is for.</summary>
public readonly record struct RoutedReading(string SensorId, SensorReading Reading);
