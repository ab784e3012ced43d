using Twin.Models.City;

namespace Twin.Models.Demo;

/// <summary>
/// Designs the building on a lot: its type from the block's style, then a rectangle (or an L with a
/// rear wing) kept inside the lot with gaps on both sides, a height and a construction year.
/// </summary>
internal sealed class BuildingDesigner(Random random)
{
    private const double MinimumSide = 5;
    private const double RearGarden = 2;
    private const double OfficeHeightReach = 400;

    public BuildingDraft? Design(Lot lot, BlockStyle style)
    {
        var type = lot.IsCourtyard ? random.PickWeighted(BuildingMix.Courtyard) : random.PickWeighted(BuildingMix.For(style));
        var spec = BuildingSpec.Of(type);
        var shape = Outline(lot, spec);
        return shape is null
            ? null
            : new BuildingDraft(shape.Value.Outline, type, UseOf(type), Height(type, spec, lot.Area.Centre), Year(type, spec))
            {
                FrontWidth = shape.Value.Width,
            };
    }

    public BuildingDraft? Design(Lot lot, Landmark landmark)
    {
        var shape = Outline(lot, BuildingSpec.Of(landmark.Type));
        return shape is null
            ? null
            : new BuildingDraft(shape.Value.Outline, landmark.Type, UseOf(landmark.Type), landmark.Height, landmark.ConstructionYear)
            {
                FrontWidth = shape.Value.Width,
            };
    }

    /// <summary>The station building between Stationsplein and the tracks.</summary>
    public static BuildingDraft Station()
    {
        const double HalfLength = 40;
        var west = StreetLayout.WestRailwayStreet + (RoadProfile.Width(RoadClass.Collector, 1, oneWay: false) / 2) + RoadProfile.Verge;
        var east = -StreetLayout.RailwayHalfWidth - 3;
        LocalPoint[] outline = [new(west, -HalfLength), new(east, -HalfLength), new(east, HalfLength), new(west, HalfLength)];
        return new BuildingDraft(outline, BuildingType.Station, BuildingUse.Bijeenkomstfunctie, 15, 1892) { FrontWidth = 2 * HalfLength };
    }

    private (IReadOnlyList<LocalPoint> Outline, double Width)? Outline(Lot lot, BuildingSpec spec)
    {
        var gap = random.Between(spec.SideGap.Min, spec.SideGap.Max);
        var width = Math.Min(spec.MaxWidth, lot.Frontage - (2 * gap));
        var setback = random.Between(spec.Setback.Min, spec.Setback.Max);
        var depth = Math.Min(random.Between(spec.Depth.Min, spec.Depth.Max), lot.Depth - setback - RearGarden);
        if (width < MinimumSide || depth < MinimumSide)
        {
            return null;
        }

        var left = (lot.Frontage - width) / 2;
        var wingDepth = Math.Min(random.Between(3, 8), lot.Depth - setback - depth - 1);
        var hasWing = wingDepth >= 2 && random.Chance(spec.WingShare);
        var wingWidth = width * random.Between(0.35, 0.6);
        var (a0, a1, t0, t1, t2) = (left, left + width, setback, setback + depth, setback + depth + wingDepth);
        (double A, double T)[] corners = !hasWing
            ? [(a0, t0), (a1, t0), (a1, t1), (a0, t1)]
            : random.Chance(0.5)
                ? [(a0, t0), (a1, t0), (a1, t1), (a0 + wingWidth, t1), (a0 + wingWidth, t2), (a0, t2)]
                : [(a0, t0), (a1, t0), (a1, t2), (a1 - wingWidth, t2), (a1 - wingWidth, t1), (a0, t1)];
        return ([.. corners.Select(c => lot.ToLocal(c.A, c.T))], width);
    }

    private double Height(BuildingType type, BuildingSpec spec, LocalPoint centre)
    {
        if (type == BuildingType.Office)
        {
            // Offices rise towards the station.
            var closeness = Math.Clamp(1 - (centre.DistanceFromStation / OfficeHeightReach), 0, 1);
            var rise = (spec.Height.Max - spec.Height.Min) * closeness * random.Between(0.3, 1);
            return Math.Round(spec.Height.Min + rise, 1);
        }

        return Math.Round(random.Between(spec.Height.Min, spec.Height.Max), 1);
    }

    private int Year(BuildingType type, BuildingSpec spec)
    {
        // A quarter of the villas were built after the war, on plots split off the old parks.
        var (from, to) = type == BuildingType.Villa && random.Chance(0.25) ? (1950, 2024) : spec.Years;
        return random.Between(from, to);
    }

    private BuildingUse UseOf(BuildingType type) => type switch
    {
        BuildingType.Villa => random.PickWeighted(BuildingMix.VillaUses),
        BuildingType.ShopHouse => random.PickWeighted(BuildingMix.ShopHouseUses),
        BuildingType.RowOfHouses or BuildingType.ApartmentBlock => BuildingUse.Woonfunctie,
        BuildingType.Office => BuildingUse.Kantoorfunctie,
        BuildingType.Hotel => BuildingUse.Logiesfunctie,
        BuildingType.School => BuildingUse.Onderwijsfunctie,
        BuildingType.SportsHall => BuildingUse.Sportfunctie,
        BuildingType.HealthCentre => BuildingUse.Gezondheidszorgfunctie,
        _ => BuildingUse.Bijeenkomstfunctie,
    };
}
