using Twin.Models.City;

namespace Twin.Models.Demo;

/// <summary>
/// A street between two neighbouring intersections on one line, directed along the traffic when
/// one-way. Written out as one or more <see cref="StreetSegment"/>s.
/// </summary>
internal sealed class StreetEdge
{
    public required StreetLine Line { get; init; }

    public required StreetNode From { get; set; }

    public required StreetNode To { get; set; }

    public bool CrossesRailway { get; init; }

    public bool IsMissing { get; set; }

    public RoadClass RoadClass { get; set; }

    public int Lanes { get; set; }

    public bool OneWay { get; set; }

    public double Width { get; set; }

    public double SpeedLimit { get; set; }

    public double Capacity { get; set; }

    public string Name { get; set; } = string.Empty;

    public List<SegmentPiece> Pieces { get; } = [];

    public double Length => From.Position.DistanceTo(To.Position);

    public LocalPoint Midpoint => LocalPoint.Lerp(From.Position, To.Position, 0.5);

    /// <summary>The end with the lower position along the line.</summary>
    public StreetNode LowNode => Line.AlongOf(From.Position) <= Line.AlongOf(To.Position) ? From : To;

    public StreetNode HighNode => LowNode == From ? To : From;

    /// <summary>The lower and upper position of the edge along its line, whatever its direction.</summary>
    public (double Low, double High) Span
    {
        get
        {
            var (a, b) = (Line.AlongOf(From.Position), Line.AlongOf(To.Position));
            return a <= b ? (a, b) : (b, a);
        }
    }
}
