namespace Twin.Models.Demo;

/// <summary>
/// The shape, height and age of a building type: side gaps to the lot's edges, width cap, depth,
/// front setback, the chance of an L-shaped rear wing, height and construction years.
/// </summary>
internal sealed record BuildingSpec
{
    public required (double Min, double Max) SideGap { get; init; }

    public required double MaxWidth { get; init; }

    public required (double Min, double Max) Depth { get; init; }

    public required (double Min, double Max) Setback { get; init; }

    public required double WingShare { get; init; }

    public required (double Min, double Max) Height { get; init; }

    public required (int From, int To) Years { get; init; }

    public static BuildingSpec Of(BuildingType type) => type switch
    {
        BuildingType.Villa => new() { SideGap = (3, 6), MaxWidth = 14, Depth = (9, 13), Setback = (5, 9), WingShare = 0.4, Height = (8, 11), Years = (1895, 1939) },
        BuildingType.RowOfHouses => new() { SideGap = (0.6, 1.5), MaxWidth = 60, Depth = (8.5, 10.5), Setback = (2, 4), WingShare = 0.15, Height = (8, 11), Years = (1910, 1985) },
        BuildingType.ApartmentBlock => new() { SideGap = (1.5, 4), MaxWidth = 70, Depth = (11, 14), Setback = (2, 6), WingShare = 0.25, Height = (12, 25), Years = (1950, 2024) },
        BuildingType.ShopHouse => new() { SideGap = (0.5, 0.6), MaxWidth = 14, Depth = (12, 20), Setback = (0, 0.5), WingShare = 0.2, Height = (7, 14), Years = (1880, 1995) },
        BuildingType.Office => new() { SideGap = (1, 4), MaxWidth = 50, Depth = (14, 24), Setback = (0, 3), WingShare = 0.3, Height = (15, 45), Years = (1965, 2024) },
        BuildingType.Hotel => new() { SideGap = (1, 3), MaxWidth = 45, Depth = (14, 20), Setback = (0, 3), WingShare = 0.3, Height = (12, 30), Years = (1975, 2024) },
        BuildingType.School => new() { SideGap = (3, 6), MaxWidth = 70, Depth = (14, 20), Setback = (3, 8), WingShare = 0.5, Height = (7, 12), Years = (1920, 2020) },
        BuildingType.SportsHall => new() { SideGap = (3, 6), MaxWidth = 48, Depth = (20, 30), Setback = (3, 6), WingShare = 0, Height = (8, 12), Years = (1965, 2020) },
        BuildingType.HealthCentre => new() { SideGap = (2, 4), MaxWidth = 40, Depth = (12, 18), Setback = (2, 5), WingShare = 0.3, Height = (8, 16), Years = (1970, 2024) },
        BuildingType.CommunityHall => new() { SideGap = (2, 4), MaxWidth = 30, Depth = (14, 24), Setback = (1, 5), WingShare = 0.2, Height = (8, 18), Years = (1880, 2010) },
        _ => new() { SideGap = (1, 1), MaxWidth = 80, Depth = (20, 24), Setback = (0, 0), WingShare = 0, Height = (14, 16), Years = (1892, 1892) },
    };
}
