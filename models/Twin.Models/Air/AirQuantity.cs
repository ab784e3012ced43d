namespace Twin.Models.Air;

/// <summary>The annual-mean concentrations Twin reports along streets (µg/m³).</summary>
public enum AirQuantity
{
    /// <summary>Nitrogen dioxide.</summary>
    NO2 = 0,

    /// <summary>Particulate matter up to 10 µm, sea-salt corrected.</summary>
    PM10 = 1,

    /// <summary>Particulate matter up to 2.5 µm.</summary>
    PM25 = 2,
}
