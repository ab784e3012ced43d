using Twin.Models.Geo;

namespace Twin.Models.City;

/// <summary>
/// A sensor of the municipality's programme or of a resident: where it stands (RD New), what kind it
/// is, the street segment or druktemeter zone it observes, and its public register entry.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.city.sensor")]
public sealed record Sensor(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] SensorKind SensorKind,
    [property: Id(3)] RdPoint Location,
    [property: Id(4)] double MountingHeight,
    [property: Id(5)] string? SegmentId,
    [property: Id(6)] string? ZoneId,
    [property: Id(7)] SensorRegisterEntry Register) : ICityEntity
{
    public EntityKind Kind => EntityKind.Sensor;

    public RdEnvelope Envelope => RdEnvelope.Of(Location);

    public RdPoint Anchor => Location;
}
