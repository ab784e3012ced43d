namespace Twin.Models.Import;

/// <summary>
/// The attribute names the importers accept for each field, looked up case-insensitively in this order:
/// our own camelCase name (the record member) first, then common alternatives (3D BAG, BAG, Dutch tree
/// registers, OpenStreetMap-like keys). One place, so the accepted names are easy to see and document.
/// </summary>
internal static class AttributeNames
{
    public static readonly string[] Id = ["id"];
    public static readonly string[] Kind = ["kind"];

    // Buildings. "height" is deliberately absent: a height above an unknown ground level is not a roof level in NAP.
    public static readonly string[] GroundLevel = ["groundLevel", "ground_level", "b3_h_maaiveld", "maaiveld"];
    public static readonly string[] RoofHeight = ["roofHeight", "roof_height", "b3_h_dak_70p"];
    public static readonly string[] Storeys = ["storeys", "b3_bouwlagen", "bouwlagen"];
    public static readonly string[] Use = ["use", "gebruiksdoel", "function"];
    public static readonly string[] ConstructionYear = ["constructionYear", "oorspronkelijkbouwjaar", "bouwjaar", "yearOfConstruction"];
    public static readonly string[] Dwellings = ["dwellings", "woningen", "aantal_woningen"];

    // 3D BAG and 3dfier identifiers.
    public static readonly string[] BagIdentification = ["identificatie"];
    public static readonly string[] BagPandNumber = ["identificatiebagpnd"];

    // Street segments.
    public static readonly string[] FromNode = ["fromNode", "from_node", "van_knoop"];
    public static readonly string[] ToNode = ["toNode", "to_node", "naar_knoop"];
    public static readonly string[] LanesPerDirection = ["lanesPerDirection", "lanes_per_direction", "lanes", "rijstroken"];
    public static readonly string[] SpeedLimit = ["speedLimit", "speed_limit", "maxspeed", "maxsnelheid"];
    public static readonly string[] Capacity = ["capacity", "capaciteit"];
    public static readonly string[] RoadClass = ["roadClass", "road_class", "wegcategorie"];
    public static readonly string[] OneWay = ["oneWay", "one_way", "oneway", "eenrichting"];
    public static readonly string[] StreetName = ["streetName", "street_name", "straatnaam", "name"];
    public static readonly string[] Width = ["width", "breedte"];

    // Trees. BOOMSOORT, PLANTJAAR, STATUS are the fields of municipal registers such as Leeuwarden's.
    public static readonly string[] Species = ["species", "boomsoort", "soort", "taxon"];
    public static readonly string[] TreeHeight = ["height", "hoogte", "boomhoogte"];
    public static readonly string[] CrownDiameter = ["crownDiameter", "crown_diameter", "kroondiam", "kroondiameter"];
    public static readonly string[] TrunkCircumference = ["trunkCircumference", "trunk_circumference", "stamomtrek"];
    public static readonly string[] PlantingYear = ["plantingYear", "planting_year", "plantjaar"];
    public static readonly string[] Protection = ["protection", "status"];
    public static readonly string[] ProtectionScore = ["protectionScore", "protection_score"];

    // Sensors; the register is a nested object ("register": {...}) or flat fields "register.owner" / "register_owner".
    public static readonly string[] SensorName = ["name", "naam"];
    public static readonly string[] SensorKind = ["sensorKind", "sensor_kind"];
    public static readonly string[] MountingHeight = ["mountingHeight", "mounting_height"];
    public static readonly string[] SegmentId = ["segmentId", "segment_id"];
    public static readonly string[] ZoneId = ["zoneId", "zone_id"];
    public const string Register = "register";
    public static readonly string[] RegisterOwner = ["owner"];
    public static readonly string[] RegisterPurpose = ["purpose"];
    public static readonly string[] RegisterQuantities = ["quantities"];
    public static readonly string[] RegisterLegalBasis = ["legalBasis", "legal_basis"];
    public static readonly string[] RegisterDpiaReference = ["dpiaReference", "dpia_reference", "dpia"];
    public static readonly string[] RegisterRetentionDays = ["retentionDays", "retention_days"];
    public static readonly string[] RegisterStartDate = ["startDate", "start_date"];
    public static readonly string[] RegisterEndDate = ["endDate", "end_date"];
    public static readonly string[] RegisterIsPublic = ["isPublic", "is_public", "public"];
    public static readonly string[] RegisterStatus = ["status"];

    // Utility lines.
    public static readonly string[] UtilityKind = ["utilityKind", "utility_kind", "thema"];
    public static readonly string[] DepthOfTop = ["depthOfTop", "depth_of_top", "diepte"];
    public static readonly string[] Diameter = ["diameter"];
    public static readonly string[] Material = ["material", "materiaal"];
    public static readonly string[] Owner = ["owner", "beheerder", "eigenaar"];
    public static readonly string[] UtilityGroundLevel = ["groundLevel", "ground_level", "maaiveld"];

    /// <summary>Attributes that mark a point as a sensor when no kind is given.</summary>
    public static readonly string[] SensorMarkers = ["sensorKind", "sensor_kind", Register];
}
