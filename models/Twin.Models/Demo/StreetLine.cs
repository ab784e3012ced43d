using Twin.Models.City;

namespace Twin.Models.Demo;

/// <summary>
/// A straight street line of the district's grid: where it runs, on which side of the railway, its
/// class and lanes. Street edges run along it between the intersections with the other axis.
/// </summary>
internal sealed class StreetLine
{
    public required int Index { get; init; }

    public required StreetAxis Axis { get; init; }

    /// <summary>U for a line along the railway, V for a line across it.</summary>
    public required double Position { get; init; }

    public required RailwaySides Sides { get; init; }

    public required RoadClass RoadClass { get; init; }

    public required int Lanes { get; init; }

    public required double LaneCapacity { get; init; }

    public LineRole Role { get; set; }

    /// <summary>+1 one-way towards increasing position along the line, -1 towards decreasing, 0 two-way.</summary>
    public int OneWayDirection { get; set; }

    public bool IsMainRoad => RoadClass is RoadClass.Arterial or RoadClass.Collector;

    /// <summary>The widest carriageway on the line; buildings keep their distance from it.</summary>
    public double Width => RoadProfile.Width(RoadClass, Lanes, oneWay: false);

    public LocalPoint At(double along) => Axis == StreetAxis.AlongRailway ? new LocalPoint(Position, along) : new LocalPoint(along, Position);

    /// <summary>The position of a point along this line.</summary>
    public double AlongOf(LocalPoint point) => Axis == StreetAxis.AlongRailway ? point.V : point.U;

    /// <summary>A point beside the line: positive offsets lie towards increasing U (or V).</summary>
    public LocalPoint Beside(double along, double offset) =>
        Axis == StreetAxis.AlongRailway ? new LocalPoint(Position + offset, along) : new LocalPoint(along, Position + offset);
}
