using Twin.Models.Geo;

namespace Twin.Models.City;

/// <summary>
/// A building (BAG pand): its footprint in RD New, ground level and roof height in metres NAP,
/// storeys, main use, construction year and number of dwellings. Footprint and heights make the LOD1 block;
/// <see cref="Shape"/>, when the import carried them, holds the building's LOD2 outer surfaces.
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
    [property: Id(7)] int Dwellings,
    [property: Id(8)] BuildingShape? Shape = null) : ICityEntity
{
    public EntityKind Kind => EntityKind.Building;

    /// <summary>The box around the footprint and, when there is one, the LOD2 shape (roofs may reach beyond the footprint).</summary>
    public RdEnvelope Envelope => Shape is null ? Footprint.Envelope : Footprint.Envelope.Union(Shape.Envelope);

    public RdPoint Anchor => Footprint.Centroid;

    /// <summary>Height of the roof above the ground, metres.</summary>
    public double Height => RoofHeight - GroundLevel;

    /// <summary>Gross floor area estimated as footprint area times storeys, square metres.</summary>
    public double GrossFloorArea => Footprint.Area * Math.Max(Storeys, 1);
}
