using System.Collections.Immutable;
using System.Globalization;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Demo;

/// <summary>
/// Places the buildings: plans the lots of every built block, gives the landmarks their lots, designs a
/// building on each lot and sets it on the terrain with a BAG-style id of Hilversum (municipality 0402).
/// </summary>
internal sealed class BuildingPlacer(DistrictFrame frame, Terrain terrain, Random random)
{
    /// <summary>"NL.IMBAG.Pand." + municipality code 0402 + object type 10 + a ten-digit number.</summary>
    public const string IdPrefix = "NL.IMBAG.Pand.0402100000";

    private const double StoreyHeight = 3;
    private int _sequence;

    public ImmutableArray<Building> Place(IReadOnlyList<CityBlock> blocks)
    {
        var planner = new BlockPlanner(random);
        var designer = new BuildingDesigner(random);
        var lots = blocks.Where(b => b.IsBuilt).SelectMany(b => planner.Lots(b).Select(l => (Block: b, Lot: l))).ToList();
        var landmarks = Landmark.Assign([.. lots.Select(l => l.Lot)]);
        var buildings = ImmutableArray.CreateBuilder<Building>(lots.Count + 1);
        buildings.Add(ToBuilding(BuildingDesigner.Station()));
        for (var i = 0; i < lots.Count; i++)
        {
            var (block, lot) = lots[i];
            var draft = landmarks.TryGetValue(i, out var landmark) ? designer.Design(lot, landmark) : designer.Design(lot, block.Style);
            if (draft is not null)
            {
                buildings.Add(ToBuilding(draft));
            }
        }

        return buildings.ToImmutable();
    }

    private Building ToBuilding(BuildingDraft draft)
    {
        var footprint = Footprint(draft.Outline);
        var centre = new LocalPoint(draft.Outline.Average(p => p.U), draft.Outline.Average(p => p.V));
        var ground = terrain.GroundLevel(centre);
        var storeys = Math.Max(1, (int)Math.Round(draft.Height / StoreyHeight));
        _sequence += random.Next(1, 8);
        return new Building(
            IdPrefix + _sequence.ToString("D6", CultureInfo.InvariantCulture),
            footprint,
            ground,
            Math.Round(ground + draft.Height, 2),
            storeys,
            draft.Use,
            draft.ConstructionYear,
            Dwellings(draft, footprint.Area * storeys));
    }

    /// <summary>The outline in RD New as a closed, counter-clockwise ring.</summary>
    private RdPolygon Footprint(IReadOnlyList<LocalPoint> outline)
    {
        var points = outline.Select(frame.ToRd).ToList();
        points.Add(points[0]);
        var ring = new RdLine(points.ToImmutableArray());
        if (RdPolygon.SignedArea(ring) < 0)
        {
            points.Reverse();
            ring = new RdLine(points.ToImmutableArray());
        }

        return new RdPolygon(ring);
    }

    private static int Dwellings(BuildingDraft draft, double grossFloorArea) => draft.Use != BuildingUse.Woonfunctie
        ? 0
        : draft.Type switch
        {
            BuildingType.Villa => Math.Max(1, (int)(grossFloorArea / 350)),
            BuildingType.RowOfHouses => Math.Max(2, (int)Math.Round(draft.FrontWidth / 5.8)),
            _ => Math.Max(1, (int)Math.Round(grossFloorArea * 0.8 / 85)),
        };
}
