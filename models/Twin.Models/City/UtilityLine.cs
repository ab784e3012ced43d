using Twin.Models.Geo;

namespace Twin.Models.City;

/// <summary>
/// An underground utility line: its centreline in RD New, the depth of its top below the ground
/// (metres), the ground level above it (metres NAP), outer diameter in millimetres, material and owner.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.city.utility-line")]
public sealed record UtilityLine(
    [property: Id(0)] string Id,
    [property: Id(1)] UtilityKind UtilityKind,
    [property: Id(2)] RdLine Centreline,
    [property: Id(3)] double DepthOfTop,
    [property: Id(4)] double Diameter,
    [property: Id(5)] string Material,
    [property: Id(6)] string Owner,
    [property: Id(7)] double GroundLevel) : ICityEntity
{
    public EntityKind Kind => EntityKind.UtilityLine;

    public RdEnvelope Envelope => Centreline.Envelope;

    public RdPoint Anchor => Centreline.Midpoint;

    /// <summary>Height of the line's top in metres NAP.</summary>
    public double TopLevel => GroundLevel - DepthOfTop;
}
