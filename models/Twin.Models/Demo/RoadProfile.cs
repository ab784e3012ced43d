using Twin.Models.City;

namespace Twin.Models.Demo;

/// <summary>
/// What a road class means on the ground: speed limit, paved width and capacity per lane
/// (CROW-style figures for Dutch urban roads).
/// </summary>
internal static class RoadProfile
{
    /// <summary>Sidewalk and verge between the carriageway and the building line, metres.</summary>
    public const double Verge = 3.0;

    public static double SpeedLimit(RoadClass roadClass) => roadClass is RoadClass.Arterial or RoadClass.Collector ? 50 : 30;

    public static double Width(RoadClass roadClass, int lanesPerDirection, bool oneWay) => roadClass switch
    {
        RoadClass.Arterial => lanesPerDirection >= 2 ? 15.0 : 9.0,
        RoadClass.Collector => 7.5,
        RoadClass.Service => 6.5,
        _ => oneWay ? 4.5 : 6.0,
    };

    /// <summary>Vehicles per hour per lane, rounded to 50.</summary>
    public static double LaneCapacity(RoadClass roadClass, Random random) => roadClass switch
    {
        RoadClass.Arterial => RoundTo50(random.Between(1500, 1800)),
        RoadClass.Collector => RoundTo50(random.Between(1100, 1400)),
        RoadClass.Service => 600,
        _ => RoundTo50(random.Between(600, 900)),
    };

    private static double RoundTo50(double value) => Math.Round(value / 50) * 50;
}
