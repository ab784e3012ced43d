using Twin.Models.City;

namespace Twin.Models.Tiles;

/// <summary>
/// The colours of the tiles, chosen to stay readable on a projector: light buildings tinted subtly by use
/// (LOD2 roofs a darker, warmer shade of the same tint, so roof shapes read from above), green crowns on brown trunks, dark grey streets, a light green-grey ground. Utility lines follow the
/// Dutch KLIC/IMKL theme colours loosely: gas yellow, drinking water blue, electricity red, telecom
/// (datatransport) green, sewer purple, district heating orange.
/// </summary>
public static class TilePalette
{
    public static TileColor Street { get; } = TileColor.Hex("#4a4d52");

    public static TileColor Ground { get; } = TileColor.Hex("#b7c2ad");

    public static TileColor Crown { get; } = TileColor.Hex("#5b8c3a");

    public static TileColor Trunk { get; } = TileColor.Hex("#6b4f36");

    public static TileColor SensorPole { get; } = TileColor.Hex("#8a8f96");

    public static TileColor Building(BuildingUse use) => use switch
    {
        BuildingUse.Woonfunctie => TileColor.Hex("#efe8dc"),
        BuildingUse.Winkelfunctie => TileColor.Hex("#f3dcc8"),
        BuildingUse.Kantoorfunctie => TileColor.Hex("#dde3ea"),
        BuildingUse.Bijeenkomstfunctie => TileColor.Hex("#eadcec"),
        BuildingUse.Onderwijsfunctie => TileColor.Hex("#f2eac4"),
        BuildingUse.Gezondheidszorgfunctie => TileColor.Hex("#dcece6"),
        BuildingUse.Industriefunctie => TileColor.Hex("#d9d6d0"),
        BuildingUse.Logiesfunctie => TileColor.Hex("#ecdcd6"),
        BuildingUse.Sportfunctie => TileColor.Hex("#dde9d4"),
        _ => TileColor.Hex("#e6e4e0"),
    };

    /// <summary>Between clay tiles and slate: mixed into a building's colour for its LOD2 roof faces.</summary>
    public static TileColor RoofTone { get; } = TileColor.Hex("#9a7566");

    public static TileColor Roof(BuildingUse use) => TileColor.Mix(Building(use), RoofTone, 0.45);

    public static TileColor Utility(UtilityKind kind) => kind switch
    {
        UtilityKind.Gas => TileColor.Hex("#f2c500"),
        UtilityKind.DrinkingWater => TileColor.Hex("#1f6fd1"),
        UtilityKind.Electricity => TileColor.Hex("#d7261e"),
        UtilityKind.Telecom => TileColor.Hex("#2e9e3e"),
        UtilityKind.Sewer => TileColor.Hex("#8e3fa0"),
        UtilityKind.DistrictHeating => TileColor.Hex("#f07f16"),
        _ => TileColor.Hex("#808080"),
    };

    public static TileColor Sensor(SensorKind kind) => kind switch
    {
        SensorKind.TrafficCamera => TileColor.Hex("#00a6c8"),
        SensorKind.AirQuality => TileColor.Hex("#d3358f"),
        SensorKind.CrowdCounter => TileColor.Hex("#ff8f1f"),
        SensorKind.Noise => TileColor.Hex("#6c4bd8"),
        _ => TileColor.Hex("#ffffff"),
    };
}
