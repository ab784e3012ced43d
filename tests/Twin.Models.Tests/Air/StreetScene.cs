using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tests.Air;

/// <summary>
/// Small constructed streets for the air-quality tests: a straight segment along the x axis from
/// (0, 0) to (length, 0), rows of box buildings beside it and rows of trees.
/// </summary>
internal sealed class StreetScene
{
    private readonly List<Building> _buildings = [];
    private readonly List<Tree> _trees = [];
    private readonly List<StreetSegment> _segments = [];

    public StreetScene(double length = 200, double width = 7, double speedLimit = 50, RoadClass roadClass = RoadClass.Arterial)
    {
        Segment = new StreetSegment("s1", new RdLine(new RdPoint(0, 0), new RdPoint(length, 0)), "a", "b", 1, speedLimit, 1800, roadClass, false, "Teststraat", width);
        _segments.Add(Segment);
    }

    public StreetSegment Segment { get; }

    /// <summary>A continuous row of buildings along the street, facade at <paramref name="facade"/> m from the axis (positive left/north, negative right/south).</summary>
    public StreetScene Row(double facade, double height, double depth = 10, double blockLength = 20, double from = -20, double? to = null)
    {
        var end = to ?? Segment.Length + 20;
        var inner = facade;
        var outer = facade + (Math.Sign(facade) * depth);
        for (var x = from; x < end; x += blockLength)
        {
            var (y0, y1) = (Math.Min(inner, outer), Math.Max(inner, outer));
            var x1 = Math.Min(x + blockLength, end);
            var shell = new RdLine(new RdPoint(x, y0), new RdPoint(x1, y0), new RdPoint(x1, y1), new RdPoint(x, y1), new RdPoint(x, y0));
            _buildings.Add(new Building($"b{_buildings.Count}", new RdPolygon(shell), 0, height, (int)Math.Max(1, height / 3), BuildingUse.Woonfunctie, 1930, 4));
        }

        return this;
    }

    /// <summary>A row of trees at <paramref name="offset"/> m from the axis, <paramref name="spacing"/> m apart, along the street.</summary>
    public StreetScene Trees(double offset, double spacing, double crownDiameter)
    {
        for (var x = spacing / 2; x < Segment.Length; x += spacing)
        {
            _trees.Add(new Tree($"t{_trees.Count}", "Tilia x europaea", new RdPoint(x, offset), 15, crownDiameter, 150, 1970, TreeProtection.None, null, TreeDimensionsSource.Measured));
        }

        return this;
    }

    public StreetScene Add(StreetSegment segment)
    {
        _segments.Add(segment);
        return this;
    }

    public CitySet City => new([.. _buildings], [.. _segments], [], [.. _trees], []);

    public static ImmutableArray<Twin.Models.Planning.SegmentTraffic> Traffic(StreetSegment segment, double peakHourFlow, double volumeCapacity = 0.5, double congestedSpeed = 25) =>
        [new(segment.Id, segment.StreetName, peakHourFlow / 2, peakHourFlow / 2, volumeCapacity, congestedSpeed, false)];
}
