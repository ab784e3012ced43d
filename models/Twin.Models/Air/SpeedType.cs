namespace Twin.Models.Air;

/// <summary>
/// The speed types of SRM1 ("snelheidstypen"): how the traffic flows on a street, which sets its
/// emission per kilometre.
/// </summary>
public enum SpeedType
{
    /// <summary>Stagnerend: stop-and-go, average speed below about 15 km/h.</summary>
    Stagnant = 0,

    /// <summary>Normaal stadsverkeer: urban traffic with several stops per kilometre, about 15-30 km/h.</summary>
    NormalUrban = 1,

    /// <summary>Doorstromend stadsverkeer: urban traffic with few stops, about 30-45 km/h.</summary>
    FlowingUrban = 2,

    /// <summary>Buitenweg: roads outside the built-up area, about 60 km/h and above.</summary>
    Rural = 3,
}
