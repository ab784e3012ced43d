namespace Twin.Models.City;

public enum SensorKind
{
    /// <summary>Counts vehicles by class, speed and direction (no images, no plates).</summary>
    TrafficCamera = 1,

    /// <summary>Measures NO2, particulate matter and related quantities.</summary>
    AirQuality = 2,

    /// <summary>Counts visitors in a druktemeter zone.</summary>
    CrowdCounter = 3,

    /// <summary>Measures sound levels.</summary>
    Noise = 4,
}
