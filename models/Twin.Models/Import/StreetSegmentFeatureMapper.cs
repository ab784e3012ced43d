using NetTopologySuite.Geometries;
using Twin.Models.City;

namespace Twin.Models.Import;

/// <summary>
/// A street segment from a feature: a LineString centreline and the network nodes it joins (fromNode and
/// toNode are required: without them the segment is not part of a network). The rest has defaults from
/// the road class (residential when not given): 1 lane per direction, the class's usual speed limit and
/// capacity per lane, two-way, and a paved width of 3 m per lane.
/// </summary>
internal static class StreetSegmentFeatureMapper
{
    public const double LaneWidth = 3.0;

    public static FeatureOutcome<StreetSegment> Map(string id, Geometry geometry, FeatureAttributes attributes)
    {
        var line = GeometryShapes.Line(geometry, "street segment centreline");
        if (!line.IsOk)
        {
            return line.Cast<StreetSegment>();
        }

        var from = attributes.Text(AttributeNames.FromNode);
        var to = attributes.Text(AttributeNames.ToNode);
        var roadClass = ReadRoadClass(attributes);
        var lanes = attributes.Integer(AttributeNames.LanesPerDirection) ?? 1;
        var oneWay = attributes.Flag(AttributeNames.OneWay) ?? false;
        var speed = attributes.Number(AttributeNames.SpeedLimit) ?? DefaultSpeedLimit(roadClass);
        var capacity = attributes.Number(AttributeNames.Capacity) ?? (CapacityPerLane(roadClass) * lanes);
        var width = attributes.Number(AttributeNames.Width) ?? (LaneWidth * lanes * (oneWay ? 1 : 2));
        var name = attributes.Text(AttributeNames.StreetName) ?? string.Empty;
        if (attributes.Problems.Count > 0)
        {
            return FeatureOutcome<StreetSegment>.Fail(RejectionReason.InvalidAttribute, string.Join("; ", attributes.Problems));
        }

        if (from is null || to is null)
        {
            var missing = from is null ? "fromNode" : "toNode";
            return FeatureOutcome<StreetSegment>.Fail(RejectionReason.MissingAttribute, $"{missing} is missing: a street segment must name the network nodes it joins (fromNode and toNode)");
        }

        var segment = new StreetSegment(id, line.Value, from, to, lanes, speed, capacity, roadClass, oneWay, name, width);
        return FeatureOutcome<StreetSegment>.Ok(segment);
    }

    /// <summary>The usual speed limit of a road class in the Netherlands, km/h.</summary>
    public static double DefaultSpeedLimit(RoadClass roadClass) => roadClass switch
    {
        RoadClass.Motorway => 100,
        RoadClass.Arterial => 50,
        RoadClass.Collector => 50,
        RoadClass.Residential => 30,
        _ => 15,
    };

    /// <summary>A typical capacity of one lane of a road class, vehicles per hour.</summary>
    public static double CapacityPerLane(RoadClass roadClass) => roadClass switch
    {
        RoadClass.Motorway => 2000,
        RoadClass.Arterial => 1600,
        RoadClass.Collector => 1200,
        RoadClass.Residential => 600,
        _ => 300,
    };

    private static RoadClass ReadRoadClass(FeatureAttributes attributes)
    {
        if (!attributes.TryGet(AttributeNames.RoadClass, out var name, out var value))
        {
            return RoadClass.Residential;
        }

        var text = FeatureAttributes.TextOf(value);
        if (AttributeCodes.ParseRoadClass(text) is { } roadClass)
        {
            return roadClass;
        }

        attributes.AddProblem($"{name}: '{text}' is not a road class ({AttributeCodes.RoadClassList})");
        return RoadClass.Residential;
    }
}
