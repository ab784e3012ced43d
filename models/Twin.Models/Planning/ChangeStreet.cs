using Twin.Models.City;

namespace Twin.Models.Planning;

/// <summary>Changes what a street segment offers traffic; attributes left null stay as they are.</summary>
[GenerateSerializer, Immutable, Alias("twin.planning.change-street")]
public sealed record ChangeStreet(
    [property: Id(0)] string SegmentId,
    [property: Id(1)] double? SpeedLimit = null,
    [property: Id(2)] int? LanesPerDirection = null,
    [property: Id(3)] double? Capacity = null,
    [property: Id(4)] StreetDirection? Direction = null) : ScenarioEdit
{
    public override EntityKey? Target => new(EntityKind.StreetSegment, SegmentId);

    public override string Describe()
    {
        var parts = new List<string>();
        if (SpeedLimit is { } speed)
        {
            parts.Add($"speed limit {speed:0.#} km/h");
        }

        if (LanesPerDirection is { } lanes)
        {
            parts.Add($"{lanes} lane(s) per direction");
        }

        if (Capacity is { } capacity)
        {
            parts.Add($"capacity {capacity:0} veh/h");
        }

        if (Direction is { } direction)
        {
            parts.Add(direction switch
            {
                StreetDirection.TwoWay => "two-way",
                StreetDirection.OneWayForward => "one-way along its centreline",
                _ => "one-way against its centreline",
            });
        }

        return $"street segment {SegmentId}: {string.Join(", ", parts)}";
    }

    /// <summary>The segment with the change applied.</summary>
    public StreetSegment ApplyTo(StreetSegment street)
    {
        var changed = street with
        {
            SpeedLimit = SpeedLimit ?? street.SpeedLimit,
            LanesPerDirection = LanesPerDirection ?? street.LanesPerDirection,
            Capacity = Capacity ?? (LanesPerDirection is { } lanes && street.LanesPerDirection > 0 ? street.Capacity * lanes / street.LanesPerDirection : street.Capacity),
        };
        return Direction switch
        {
            StreetDirection.TwoWay => changed with { OneWay = false },
            StreetDirection.OneWayForward => changed with { OneWay = true },
            StreetDirection.OneWayReverse => changed with
            {
                OneWay = true,
                Centreline = new Geo.RdLine(street.Centreline.Points.Reverse().ToArray()),
                FromNode = street.ToNode,
                ToNode = street.FromNode,
            },
            _ => changed,
        };
    }
}
