using System.ComponentModel.DataAnnotations;

namespace Twin.Silo.Sensors;

/// <summary>Sensor settings (Twin:Sensors): the privacy threshold for counts of people.</summary>
public sealed record SensorSettings
{
    /// <summary>Counts of people below this are published as "&lt;k" (druktemeter zones, crowd counter series).</summary>
    [Range(1, 1000)]
    public int PrivacyThreshold { get; init; } = Twin.Models.Sensors.PrivacyThreshold.DefaultK;
}
