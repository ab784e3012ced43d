using System.Collections.Frozen;

namespace Twin.Models.City;

/// <summary>
/// The quantities the twin knows. A register entry can only list these; nothing that identifies
/// a person (plates, images, device ids) is a quantity, so it can never be registered or sent.
/// </summary>
public static class SensorQuantities
{
    public const string VehicleCount = "vehicle_count";
    public const string VehicleSpeed = "vehicle_speed";
    public const string No2 = "no2";
    public const string Pm10 = "pm10";
    public const string Pm25 = "pm2_5";
    public const string VisitorCount = "visitor_count";
    public const string SoundLevel = "sound_level_laeq";
    public const string Temperature = "air_temperature";
    public const string RelativeHumidity = "relative_humidity";

    public static FrozenDictionary<string, SensorQuantity> All { get; } = new SensorQuantity[]
    {
        new(VehicleCount, "vehicles", 0, 10_000, "vehicles counted in the interval, per class and direction"),
        new(VehicleSpeed, "km/h", 0, 250, "speed of a passing vehicle"),
        new(No2, "µg/m³", 0, 1_000, "nitrogen dioxide concentration"),
        new(Pm10, "µg/m³", 0, 1_000, "particulate matter below 10 µm"),
        new(Pm25, "µg/m³", 0, 1_000, "particulate matter below 2.5 µm"),
        new(VisitorCount, "visitors", 0, 100_000, "visitors present in a zone"),
        new(SoundLevel, "dB(A)", 0, 150, "equivalent continuous sound level"),
        new(Temperature, "°C", -50, 60, "air temperature"),
        new(RelativeHumidity, "%", 0, 100, "relative humidity"),
    }.ToFrozenDictionary(q => q.Name, StringComparer.Ordinal);

    public static bool IsKnown(string name) => All.ContainsKey(name);
}
