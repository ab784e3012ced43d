namespace Twin.Models.Demo;

/// <summary>
/// The street grid of the district in its own frame: the railway runs along V through the station at
/// the origin, with a street on either side; lines across the railway meet the railway streets, and only
/// the crossing main roads go over (or under) the tracks.
/// </summary>
internal sealed class StreetLayout
{
    /// <summary>Centreline of Spoorstraat, west of the tracks, metres from the station.</summary>
    public const double WestRailwayStreet = -48;

    /// <summary>Centreline of the railway street east of the tracks.</summary>
    public const double EastRailwayStreet = 38;

    /// <summary>The tracks and platforms lie within this distance of the railway's axis.</summary>
    public const double RailwayHalfWidth = 20;

    /// <summary>The cross streets at ±this V bound the station block and the forecourts.</summary>
    public const double StationRow = 55;

    public required double HalfExtent { get; init; }

    public required IReadOnlyList<StreetLine> Lines { get; init; }

    /// <summary>Lines along the railway on one side, west to east.</summary>
    public IReadOnlyList<StreetLine> Columns(RailwaySides side) =>
        [.. Lines.Where(l => l.Axis == StreetAxis.AlongRailway && (l.Sides & side) != 0).OrderBy(l => l.Position)];

    /// <summary>Lines across the railway that reach one side, south to north.</summary>
    public IReadOnlyList<StreetLine> Rows(RailwaySides side) =>
        [.. Lines.Where(l => l.Axis == StreetAxis.AcrossRailway && (l.Sides & side) != 0).OrderBy(l => l.Position)];

    public StreetLine? Find(LineRole role) => Lines.FirstOrDefault(l => l.Role == role);
}
