namespace Twin.Models.Demo;

/// <summary>How much of Hilversum the demo generator lays out around the station.</summary>
public enum DemoScale
{
    /// <summary>The Stationsgebied: 1.3 km × 1.3 km around the station, about 1,500 buildings.</summary>
    Stationsgebied = 0,

    /// <summary>
    /// 8 km × 8 km around the station with the same rules: about 40,000 buildings, 35,000 trees,
    /// 8,000 street segments and 20,000 utility lines, for benchmarks.
    /// </summary>
    City = 1,
}
