namespace Twin.Grains.Sensors;

/// <summary>
/// The index of one sensor month: which hours hold data, in how many raw parts, and whether their
/// raw readings were deleted by retention. Written only when an hour gains a part or loses its raw data.
/// </summary>
[GenerateSerializer, Alias("twin.sensors.sensor-month")]
public sealed class SensorMonth
{
    [Id(0)] public Dictionary<DateTime, int> PartsByHour { get; set; } = [];

    /// <summary>Hours whose raw readings retention deleted; their aggregates remain.</summary>
    [Id(1)] public HashSet<DateTime> Cleared { get; set; } = [];
}
