namespace Twin.Grains;

/// <summary>
/// The one place that names grain storage providers. Each name is a key under
/// <c>Orleans:GrainStorage</c> in orleans.json, where its provider (Memory, Redis, ...) is chosen.
/// </summary>
public static class StorageNames
{
    /// <summary>Entities, tiles and the city catalog.</summary>
    public const string City = "city";

    /// <summary>Sensor histories: raw readings by hour, hourly aggregates, month indexes, calibrations.</summary>
    public const string Sensors = "sensors";
}
