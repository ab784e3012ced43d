using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Planning;

namespace Twin.Models.Demo;

/// <summary>
/// An example proposal for the demo district, so a participation session can compare "today" with a
/// plan from the first start: the low buildings nearest the station make way for three residential
/// towers, the trees on and right beside the tower sites are felled, and Snelliuslaan becomes
/// one-way. Synthetic, like the district itself.
/// </summary>
public static class DemoProposal
{
    public const string Id = "voorbeeldplan";

    public const string Name = "Voorbeeldplan Stationsgebied (demo)";

    public const string Description =
        "Example plan on the synthetic demo district: the low buildings nearest the station make way for three residential towers, trees beside them are felled; Snelliuslaan becomes one-way.";

    /// <summary>How many of the nearest low buildings the plan replaces.</summary>
    public const int Replaced = 4;

    /// <summary>Trees within this distance (m) of a tower's footprint are felled for the building site.</summary>
    public const double SiteClearance = 4;

    public static ImmutableArray<ScenarioEdit> Edits(CitySet demo)
    {
        var station = DemoDistrict.StationRd;
        var nearest = demo.Buildings
            .Where(b => b.Storeys <= 4 && b.Footprint.Area >= 150)
            .OrderBy(b => b.Anchor.DistanceTo(station))
            .Take(Replaced)
            .ToList();
        if (nearest.Count < 3)
        {
            return [];
        }

        var edits = ImmutableArray.CreateBuilder<ScenarioEdit>();
        edits.AddRange(nearest.Select(b => new RemoveBuilding(b.Id)));
        Building[] towers =
        [
            Tower("voorbeeldplan-toren-noord", nearest[0], 18),
            Tower("voorbeeldplan-toren-zuid", nearest[1], 12),
            Tower("voorbeeldplan-toren-west", nearest[2], 15),
        ];
        edits.AddRange(towers.Select(t => new AddBuilding(t)));
        edits.AddRange(demo.Trees
            .Where(tree => towers.Any(t => t.Footprint.Envelope.Expanded(SiteClearance).Contains(tree.Location)))
            .OrderBy(tree => tree.Id, StringComparer.Ordinal)
            .Select(tree => new RemoveTree(tree.Id)));
        if (demo.StreetSegments.FirstOrDefault(s => s.StreetName == "Snelliuslaan") is { } snelliuslaan)
        {
            edits.Add(new ChangeStreet(snelliuslaan.Id, Direction: StreetDirection.OneWayForward));
        }

        return edits.ToImmutable();
    }

    /// <summary>A square tower of 22 m on the site of a replaced building, 3.2 m per storey.</summary>
    private static Building Tower(string id, Building site, int storeys)
    {
        const double half = 11;
        var (x, y) = (Math.Round(site.Anchor.X, 1), Math.Round(site.Anchor.Y, 1));
        var footprint = new RdPolygon(new RdLine(
            new RdPoint(x - half, y - half), new RdPoint(x + half, y - half), new RdPoint(x + half, y + half), new RdPoint(x - half, y + half), new RdPoint(x - half, y - half)));
        return new Building(id, footprint, site.GroundLevel, Math.Round(site.GroundLevel + (storeys * 3.2), 2), storeys, BuildingUse.Woonfunctie, 2030, storeys * 6);
    }
}
