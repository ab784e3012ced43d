using Twin.Models.Geo;

namespace Twin.Models.City;

/// <summary>
/// A tree of the municipal tree register: species, location (RD New), height and crown diameter in
/// metres, trunk circumference in centimetres at 1.3 m, planting year, protection status and score.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.city.tree")]
public sealed record Tree(
    [property: Id(0)] string Id,
    [property: Id(1)] string Species,
    [property: Id(2)] RdPoint Location,
    [property: Id(3)] double Height,
    [property: Id(4)] double CrownDiameter,
    [property: Id(5)] double? TrunkCircumference,
    [property: Id(6)] int? PlantingYear,
    [property: Id(7)] TreeProtection Protection,
    [property: Id(8)] int? ProtectionScore,
    [property: Id(9)] TreeDimensionsSource DimensionsSource) : ICityEntity
{
    public EntityKind Kind => EntityKind.Tree;

    public RdEnvelope Envelope => RdEnvelope.Of(Location).Expanded(CrownDiameter / 2);

    public RdPoint Anchor => Location;

    public bool IsProtected => Protection is TreeProtection.Monumental or TreeProtection.Memorial;
}
