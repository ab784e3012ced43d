using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Demo;

/// <summary>
/// Plants the municipal trees: avenues of one species and one planting year along a share of the
/// streets (in the verge, clear of crossings and never on the railway side), and loose groves in
/// parks and on the station squares. Verges and parks hold no buildings, so no tree stands in one.
/// </summary>
internal sealed class TreePlanter(DistrictPlan plan, DistrictFrame frame, Random random)
{
    private const double CrossingClearance = 12;
    private const double VergeOffset = 1.3;
    private const double ParkEdge = 2;
    private const double SquareSpacing = 11;
    private const int AvenueEdges = 3;

    private readonly TreeRegister _register = new(frame, random);

    public ImmutableArray<Tree> Plant(IReadOnlyList<StreetStretch> stretches, IReadOnlyList<CityBlock> blocks)
    {
        var trees = ImmutableArray.CreateBuilder<Tree>();
        foreach (var stretch in stretches)
        {
            // Avenues are planted a few blocks at a time, so they start and end along a street.
            foreach (var edges in stretch.Edges.Chunk(AvenueEdges))
            {
                if (random.Chance(AvenueShare(stretch)))
                {
                    PlantAvenue(stretch.Line, edges, trees);
                }
            }
        }

        foreach (var block in blocks)
        {
            if (block.Style is BlockStyle.Park or BlockStyle.Square)
            {
                var spacing = block.Style == BlockStyle.Park ? plan.ParkTreeSpacing : SquareSpacing;
                PlantGrove(block.Inner.Inset(ParkEdge), spacing, trees);
            }
        }

        return trees.ToImmutable();
    }

    private double AvenueShare(StreetStretch stretch) => stretch.Line.RoadClass switch
    {
        RoadClass.Arterial or RoadClass.Collector => Math.Min(1, plan.StreetTreeShare * 2),
        _ when stretch.Name.EndsWith("laan", StringComparison.Ordinal) => Math.Min(1, plan.StreetTreeShare * 1.6),
        _ => plan.StreetTreeShare,
    };

    private void PlantAvenue(StreetLine line, StreetEdge[] edges, ImmutableArray<Tree>.Builder trees)
    {
        var species = random.PickWeighted(TreeSpecies.Street);
        var plantingYear = random.Between(1900, 2018);
        var spacing = line.IsMainRoad ? random.Between(11, 16) : random.Between(12, 20);
        var bothSides = line.IsMainRoad || random.Chance(0.5);
        var sides = bothSides ? new[] { -1, 1 } : [random.Chance(0.5) ? -1 : 1];
        foreach (var edge in edges.Where(e => !e.CrossesRailway))
        {
            var (low, high) = edge.Span;
            foreach (var side in sides.Where(s => !FacesRailway(line, s)))
            {
                for (var along = low + CrossingClearance; along <= high - CrossingClearance; along += spacing)
                {
                    var position = line.Beside(along, side * ((edge.Width / 2) + VergeOffset));
                    trees.Add(_register.Plant(position, species, plantingYear + random.Between(0, 2)));
                }
            }
        }
    }

    private static bool FacesRailway(StreetLine line, int side) => line.Role == LineRole.RailwayStreet
        && (line.Sides == RailwaySides.West ? side > 0 : side < 0);

    /// <summary>Trees on a jittered grid, some places left open for lawns and paths.</summary>
    private void PlantGrove(LocalRect area, double spacing, ImmutableArray<Tree>.Builder trees)
    {
        for (var u = area.MinU + (spacing / 2); u < area.MaxU; u += spacing)
        {
            for (var v = area.MinV + (spacing / 2); v < area.MaxV; v += spacing)
            {
                var jitter = spacing * 0.3;
                var position = new LocalPoint(
                    Math.Clamp(u + random.Between(-jitter, jitter), area.MinU, area.MaxU),
                    Math.Clamp(v + random.Between(-jitter, jitter), area.MinV, area.MaxV));
                var species = random.PickWeighted(TreeSpecies.Park);
                var plantingYear = random.Between(1880, 2020);
                if (random.Chance(0.75))
                {
                    trees.Add(_register.Plant(position, species, plantingYear));
                }
            }
        }
    }
}
