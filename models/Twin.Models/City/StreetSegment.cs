using Twin.Models.Geo;

namespace Twin.Models.City;

/// <summary>
/// A street segment between two network nodes: its centreline in RD New, lanes in each direction
/// (one direction only when one-way, along the centreline), speed limit in km/h, capacity in
/// vehicles per hour per direction, road class, street name and paved width in metres.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.city.street-segment")]
public sealed record StreetSegment(
    [property: Id(0)] string Id,
    [property: Id(1)] RdLine Centreline,
    [property: Id(2)] string FromNode,
    [property: Id(3)] string ToNode,
    [property: Id(4)] int LanesPerDirection,
    [property: Id(5)] double SpeedLimit,
    [property: Id(6)] double Capacity,
    [property: Id(7)] RoadClass RoadClass,
    [property: Id(8)] bool OneWay,
    [property: Id(9)] string StreetName,
    [property: Id(10)] double Width) : ICityEntity
{
    public EntityKind Kind => EntityKind.StreetSegment;

    public RdEnvelope Envelope => Centreline.Envelope;

    public RdPoint Anchor => Centreline.Midpoint;

    public double Length => Centreline.Length;
}
