namespace Twin.Models.Demo;

/// <summary>A building that stands out: placed on the largest lot near its anchor, with its own height and age.</summary>
internal sealed record Landmark(string Name, LocalPoint Anchor, BuildingType Type, double Height, int ConstructionYear)
{
    public const double SearchRadius = 200;

    /// <summary>An office tower by the station, a church tower in the old centre, a residential tower in the south-east.</summary>
    public static IReadOnlyList<Landmark> All { get; } =
    [
        new("Stationstoren", new LocalPoint(120, 150), BuildingType.Office, 62, 2021),
        new("Kerktoren", new LocalPoint(-420, 180), BuildingType.CommunityHall, 52, 1892),
        new("Woontoren", new LocalPoint(280, -420), BuildingType.ApartmentBlock, 48, 2019),
    ];

    /// <summary>For each landmark, the index of the largest unclaimed lot within <see cref="SearchRadius"/> of its anchor.</summary>
    public static Dictionary<int, Landmark> Assign(IReadOnlyList<Lot> lots)
    {
        var assigned = new Dictionary<int, Landmark>();
        foreach (var landmark in All)
        {
            var best = -1;
            for (var i = 0; i < lots.Count; i++)
            {
                var near = lots[i].Area.Centre.DistanceTo(landmark.Anchor) < SearchRadius;
                if (near && !assigned.ContainsKey(i) && (best < 0 || lots[i].Area.Area > lots[best].Area.Area))
                {
                    best = i;
                }
            }

            if (best >= 0)
            {
                assigned[best] = landmark;
            }
        }

        return assigned;
    }
}
