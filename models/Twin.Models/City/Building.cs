using Twin.Models.Geo;

namespace Twin.Models.City;

/// <summary>
/// A building (BAG pand): its footprint in RD New, ground level and roof height in metres NAP,
/// storeys, main use, construction year and number of dwellings.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.city.building")]
public sealed record Building(
    [property: Id(0)] string Id,
    [property: Id(1)] RdPolygon Footprint,
    [property: Id(2)] double GroundLevel,
    [property: Id(3)] double RoofHeight,
    [property: Id(4)] int Storeys,
    [property: Id(5)] BuildingUse Use,
    [property: Id(6)] int? ConstructionYear,
    [property: Id(7)] int Dwellings) : ICityEntity
{
    public EntityKind Kind => EntityKind.Building;

    public RdEnvelope Envelope => Footprint.Envelope;

    public RdPoint Anchor => Footprint.Centroid;

    /// <summary>Height of the roof above the ground, metres.</summary>
    public double Height => RoofHeight - GroundLevel;

    /// <summary>Gross floor area estimated as footprint area times storeys, square metres.</summary>
    public double GrossFloorArea => Footprint.Area * Math.Max(Storeys, 1);
}
