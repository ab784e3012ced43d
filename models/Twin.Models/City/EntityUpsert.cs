namespace Twin.Models.City;

/// <summary>
/// What an upsert stores: the incoming entity on the millimetre grid (<see cref="CityPrecision"/>), keeping
/// what its source could not carry. A building that comes without LOD2 surfaces (from GeoJSON, a Shapefile,
/// a GeoPackage, or a twin export of those) keeps its stored <see cref="Building.Shape"/> as long as its LOD1
/// block is the same: same footprint, ground level and roof height. So editing attributes of an exported area
/// and importing it again keeps the LOD2 surfaces, while a changed footprint or height drops them, as they
/// would no longer match the building.
/// </summary>
public static class EntityUpsert
{
    public static TEntity Resolve<TEntity>(TEntity? stored, TEntity incoming)
        where TEntity : class, ICityEntity
    {
        var entity = CityPrecision.Normalize(incoming);
        if (entity is Building { Shape: null } building && stored is Building { Shape: { } shape } before
            && building.Footprint.Equals(before.Footprint)
            && building.GroundLevel.Equals(before.GroundLevel)
            && building.RoofHeight.Equals(before.RoofHeight))
        {
            return (TEntity)(ICityEntity)(building with { Shape = shape });
        }

        return entity;
    }
}
