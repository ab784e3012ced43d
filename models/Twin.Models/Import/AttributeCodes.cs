using Twin.Models.City;

namespace Twin.Models.Import;

/// <summary>
/// Text codes to the twin's enums. Codes compare without case, spaces, '_' and '-', so "street_segment",
/// "streetSegment" and "Street Segment" are one code. Our English names and the usual Dutch terms are accepted.
/// </summary>
internal static class AttributeCodes
{
    public const string EntityKindList = "building, street_segment, sensor, tree, utility_line";
    public const string RoadClassList = "motorway, arterial, collector, residential, service (or stroomweg, gebiedsontsluitingsweg, wijkontsluitingsweg, erftoegangsweg)";
    public const string UtilityKindList = "sewer, drinking_water, gas, electricity, telecom, district_heating (or KLIC themes such as riool, water, laagspanning, datatransport, warmte)";
    public const string SensorKindList = "traffic_camera, air_quality, crowd_counter, noise";
    public const string SensorStatusList = "planned, active, suspended, retired";

    public static EntityKind? ParseEntityKind(string text) => Normalize(text) switch
    {
        "building" or "pand" or "gebouw" => EntityKind.Building,
        "streetsegment" or "street" or "road" or "wegvak" => EntityKind.StreetSegment,
        "sensor" => EntityKind.Sensor,
        "tree" or "boom" => EntityKind.Tree,
        "utilityline" or "utility" or "leiding" or "kabel" => EntityKind.UtilityLine,
        _ => null,
    };

    /// <summary>A BAG gebruiksdoel (or its English equivalent); the first of a list; Unknown when not recognised.</summary>
    public static BuildingUse ParseBuildingUse(string? text)
    {
        var first = text?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return Normalize(first ?? string.Empty) switch
        {
            "woonfunctie" or "residential" or "housing" => BuildingUse.Woonfunctie,
            "bijeenkomstfunctie" or "assembly" => BuildingUse.Bijeenkomstfunctie,
            "celfunctie" or "prison" => BuildingUse.Celfunctie,
            "gezondheidszorgfunctie" or "healthcare" or "health" => BuildingUse.Gezondheidszorgfunctie,
            "industriefunctie" or "industrial" or "industry" => BuildingUse.Industriefunctie,
            "kantoorfunctie" or "office" => BuildingUse.Kantoorfunctie,
            "logiesfunctie" or "lodging" or "hotel" => BuildingUse.Logiesfunctie,
            "onderwijsfunctie" or "education" or "school" => BuildingUse.Onderwijsfunctie,
            "sportfunctie" or "sport" or "sports" => BuildingUse.Sportfunctie,
            "winkelfunctie" or "retail" or "shop" => BuildingUse.Winkelfunctie,
            "overigegebruiksfunctie" or "other" => BuildingUse.OverigeGebruiksfunctie,
            _ => BuildingUse.Unknown,
        };
    }

    public static RoadClass? ParseRoadClass(string text) => Normalize(text) switch
    {
        "motorway" or "stroomweg" or "1" => RoadClass.Motorway,
        "arterial" or "gebiedsontsluitingsweg" or "2" => RoadClass.Arterial,
        "collector" or "wijkontsluitingsweg" or "3" => RoadClass.Collector,
        "residential" or "erftoegangsweg" or "4" => RoadClass.Residential,
        "service" or "5" => RoadClass.Service,
        _ => null,
    };

    public static UtilityKind? ParseUtilityKind(string text)
    {
        var code = Normalize(text);
        return code switch
        {
            _ when code.Contains("riool", StringComparison.Ordinal) || code.Contains("sewer", StringComparison.Ordinal) || code.Contains("afvalwater", StringComparison.Ordinal) => UtilityKind.Sewer,
            _ when code.Contains("gas", StringComparison.Ordinal) => UtilityKind.Gas,
            _ when code.Contains("warmte", StringComparison.Ordinal) || code.Contains("heating", StringComparison.Ordinal) => UtilityKind.DistrictHeating,
            _ when code.Contains("water", StringComparison.Ordinal) => UtilityKind.DrinkingWater,
            _ when code.Contains("elektr", StringComparison.Ordinal) || code.Contains("electric", StringComparison.Ordinal) || code.Contains("spanning", StringComparison.Ordinal) => UtilityKind.Electricity,
            _ when code.Contains("telecom", StringComparison.Ordinal) || code.Contains("datatransport", StringComparison.Ordinal) => UtilityKind.Telecom,
            _ => null,
        };
    }

    public static SensorKind? ParseSensorKind(string text) => Normalize(text) switch
    {
        "trafficcamera" or "traffic" or "verkeerscamera" => SensorKind.TrafficCamera,
        "airquality" or "air" or "luchtkwaliteit" => SensorKind.AirQuality,
        "crowdcounter" or "crowd" or "drukte" or "druktemeter" => SensorKind.CrowdCounter,
        "noise" or "geluid" => SensorKind.Noise,
        _ => null,
    };

    public static SensorStatus? ParseSensorStatus(string text) => Normalize(text) switch
    {
        "planned" or "gepland" => SensorStatus.Planned,
        "active" or "actief" => SensorStatus.Active,
        "suspended" or "opgeschort" => SensorStatus.Suspended,
        "retired" or "buitengebruik" => SensorStatus.Retired,
        _ => null,
    };

    /// <summary>
    /// A register's protection text: "monumentale boom" is Monumental, "waardevolle boom" Valuable, "gedenkboom"
    /// Memorial (and the English names); anything else, including no text, is None.
    /// </summary>
    public static TreeProtection ParseTreeProtection(string? text)
    {
        var code = Normalize(text ?? string.Empty);
        return code switch
        {
            _ when code.Contains("monument", StringComparison.Ordinal) => TreeProtection.Monumental,
            _ when code.Contains("gedenk", StringComparison.Ordinal) || code.Contains("memorial", StringComparison.Ordinal) => TreeProtection.Memorial,
            _ when code.Contains("waardevol", StringComparison.Ordinal) || code.Contains("valuable", StringComparison.Ordinal) => TreeProtection.Valuable,
            _ => TreeProtection.None,
        };
    }

    private static string Normalize(string text) =>
        string.Concat(text.Where(c => c is not (' ' or '_' or '-'))).ToLowerInvariant();
}
