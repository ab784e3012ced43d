namespace Twin.Models.Demo;

/// <summary>Street lines with a part to play in the demo district.</summary>
internal enum LineRole
{
    Ordinary = 0,

    /// <summary>The street along the railway on either side (Spoorstraat in the west).</summary>
    RailwayStreet = 1,

    /// <summary>The cross streets that bound the station block and its forecourts.</summary>
    StationRow = 2,

    /// <summary>A main road that crosses the railway.</summary>
    Crossing = 3,

    /// <summary>The residential street east of the station where the traffic cameras stand.</summary>
    Snelliuslaan = 4,
}
