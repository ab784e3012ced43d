using NetTopologySuite.Geometries;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Import;

/// <summary>
/// A building from a feature: a Polygon footprint, ground level and roof height in metres NAP (our
/// groundLevel/roofHeight or 3D BAG b3_h_maaiveld/b3_h_dak_70p; a bare "height" is not enough, since it
/// says nothing about the ground), storeys (given, else one per 3 m of height), the BAG use, the
/// construction year and the number of dwellings (0 when not given).
/// </summary>
internal static class BuildingFeatureMapper
{
    /// <summary>The storey height used to estimate storeys from the building height, metres.</summary>
    public const double StoreyHeight = 3.0;

    public const string HeightHint = "a building needs groundLevel and roofHeight in m NAP (or the 3D BAG attributes b3_h_maaiveld and b3_h_dak_70p)";

    public static FeatureOutcome<Building> Map(string id, Geometry geometry, FeatureAttributes attributes)
    {
        var footprint = GeometryShapes.Polygon(geometry, "building footprint");
        if (!footprint.IsOk)
        {
            return footprint.Cast<Building>();
        }

        var ground = attributes.Number(AttributeNames.GroundLevel);
        var roof = attributes.Number(AttributeNames.RoofHeight);
        return Create(id, footprint.Value, ground, roof, attributes, HeightHint);
    }

    /// <summary>
    /// The building once footprint and heights are known (from attributes or, for CityJSON, from the 3D
    /// geometry): reads the other attributes, then rejects on unreadable attributes or a missing height.
    /// </summary>
    public static FeatureOutcome<Building> Create(string id, RdPolygon footprint, double? ground, double? roof, FeatureAttributes attributes, string heightHint)
    {
        var storeys = attributes.Integer(AttributeNames.Storeys);
        var use = AttributeCodes.ParseBuildingUse(attributes.Text(AttributeNames.Use));
        var year = attributes.Integer(AttributeNames.ConstructionYear);
        var dwellings = attributes.Integer(AttributeNames.Dwellings) ?? 0;
        if (attributes.Problems.Count > 0)
        {
            return FeatureOutcome<Building>.Fail(RejectionReason.InvalidAttribute, string.Join("; ", attributes.Problems));
        }

        if (ground is not { } groundLevel || roof is not { } roofHeight)
        {
            var missing = string.Join(" and ", new[] { ground is null ? "ground level" : null, roof is null ? "roof height" : null }.OfType<string>());
            return FeatureOutcome<Building>.Fail(RejectionReason.MissingHeight, $"no {missing}: {heightHint}");
        }

        var building = new Building(id, footprint, groundLevel, roofHeight, storeys ?? EstimateStoreys(roofHeight - groundLevel), use, year, dwellings);
        return FeatureOutcome<Building>.Ok(building);
    }

    public static int EstimateStoreys(double height) =>
        double.IsFinite(height) ? Math.Max(1, (int)Math.Round(height / StoreyHeight, MidpointRounding.AwayFromZero)) : 1;
}
