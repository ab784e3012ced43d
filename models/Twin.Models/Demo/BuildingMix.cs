using Twin.Models.City;

namespace Twin.Models.Demo;

/// <summary>Which building types a block style holds, and which uses a type can have, with their weights.</summary>
internal static class BuildingMix
{
    public static IReadOnlyList<(BuildingType Item, double Weight)> StationOffices { get; } =
    [
        (BuildingType.Office, 0.6), (BuildingType.ShopHouse, 0.1), (BuildingType.Hotel, 0.1),
        (BuildingType.CommunityHall, 0.06), (BuildingType.ApartmentBlock, 0.14),
    ];

    public static IReadOnlyList<(BuildingType Item, double Weight)> CentreShops { get; } =
    [
        (BuildingType.ShopHouse, 0.8), (BuildingType.Office, 0.07), (BuildingType.CommunityHall, 0.05),
        (BuildingType.Hotel, 0.02), (BuildingType.HealthCentre, 0.02), (BuildingType.ApartmentBlock, 0.04),
    ];

    public static IReadOnlyList<(BuildingType Item, double Weight)> Villas { get; } =
    [
        (BuildingType.Villa, 0.97), (BuildingType.HealthCentre, 0.01), (BuildingType.CommunityHall, 0.01), (BuildingType.School, 0.01),
    ];

    public static IReadOnlyList<(BuildingType Item, double Weight)> Rows { get; } =
    [
        (BuildingType.RowOfHouses, 0.95), (BuildingType.ShopHouse, 0.02), (BuildingType.CommunityHall, 0.015), (BuildingType.HealthCentre, 0.015),
    ];

    public static IReadOnlyList<(BuildingType Item, double Weight)> Apartments { get; } =
    [
        (BuildingType.ApartmentBlock, 0.92), (BuildingType.HealthCentre, 0.03), (BuildingType.School, 0.03), (BuildingType.SportsHall, 0.02),
    ];

    /// <summary>Large lots inside a block: schools, sports halls, community buildings.</summary>
    public static IReadOnlyList<(BuildingType Item, double Weight)> Courtyard { get; } =
    [
        (BuildingType.School, 0.3), (BuildingType.SportsHall, 0.25), (BuildingType.CommunityHall, 0.15),
        (BuildingType.HealthCentre, 0.1), (BuildingType.ApartmentBlock, 0.2),
    ];

    /// <summary>Hilversum's villas house families, but also media firms and practices.</summary>
    public static IReadOnlyList<(BuildingUse Item, double Weight)> VillaUses { get; } =
    [
        (BuildingUse.Woonfunctie, 0.93), (BuildingUse.Kantoorfunctie, 0.05), (BuildingUse.Gezondheidszorgfunctie, 0.02),
    ];

    /// <summary>A shop house's main use: the shop, or the homes above it, or a café.</summary>
    public static IReadOnlyList<(BuildingUse Item, double Weight)> ShopHouseUses { get; } =
    [
        (BuildingUse.Winkelfunctie, 0.55), (BuildingUse.Woonfunctie, 0.4), (BuildingUse.Bijeenkomstfunctie, 0.05),
    ];

    public static IReadOnlyList<(BuildingType Item, double Weight)> For(BlockStyle style) => style switch
    {
        BlockStyle.StationOffices => StationOffices,
        BlockStyle.CentreShops => CentreShops,
        BlockStyle.Villas => Villas,
        BlockStyle.Rows => Rows,
        _ => Apartments,
    };
}
