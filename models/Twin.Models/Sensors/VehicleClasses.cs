using System.Collections.Frozen;

namespace Twin.Models.Sensors;

/// <summary>
/// The vehicle classes a traffic camera may report. They follow the emission categories of the Dutch
/// standard calculation method (light, medium, heavy, bus) plus the two-wheelers a camera also sees.
/// </summary>
public static class VehicleClasses
{
    public const string Light = "light";
    public const string Medium = "medium";
    public const string Heavy = "heavy";
    public const string Bus = "bus";
    public const string Moped = "moped";
    public const string Bicycle = "bicycle";

    public static FrozenSet<string> All { get; } = new[] { Light, Medium, Heavy, Bus, Moped, Bicycle }.ToFrozenSet(StringComparer.Ordinal);
}
