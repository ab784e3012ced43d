using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Demo;

/// <summary>
/// Lays the underground networks: each street line is cut into runs of a few edges (lines are laid and
/// replaced in such lengths), and each run gets the networks of <see cref="UtilitySpec"/> at their own
/// offset and depth. No utilities cross under the tracks.
/// </summary>
internal sealed class UtilityPlanner(DistrictPlan plan, DistrictFrame frame, Terrain terrain, Random random)
{
    public const string IdPrefix = "util-";

    public ImmutableArray<UtilityLine> Lay(StreetLayout layout, StreetNetwork network)
    {
        var lines = ImmutableArray.CreateBuilder<UtilityLine>();
        foreach (var line in layout.Lines)
        {
            foreach (var run in Runs(network.EdgesOf(line)))
            {
                foreach (var spec in UtilitySpec.All)
                {
                    var midpoint = LocalPoint.Lerp(run[0].LowNode.Position, run[^1].HighNode.Position, 0.5);
                    var reached = spec.Reach <= 0 || midpoint.DistanceFromStation < spec.Reach;
                    if (reached && random.Chance(spec.Presence))
                    {
                        lines.Add(Lay(line, run, spec, lines.Count + 1));
                    }
                }
            }
        }

        return lines.ToImmutable();
    }

    private List<List<StreetEdge>> Runs(IReadOnlyList<StreetEdge> edges)
    {
        var runs = new List<List<StreetEdge>>();
        var current = new List<StreetEdge>();
        var length = random.Between(1, plan.UtilityRunEdges);
        foreach (var edge in edges)
        {
            if (edge.IsMissing || edge.CrossesRailway || current.Count == length)
            {
                if (current.Count > 0)
                {
                    runs.Add(current);
                }

                (current, length) = ([], random.Between(1, plan.UtilityRunEdges));
            }

            if (!edge.IsMissing && !edge.CrossesRailway)
            {
                current.Add(edge);
            }
        }

        if (current.Count > 0)
        {
            runs.Add(current);
        }

        return runs;
    }

    private UtilityLine Lay(StreetLine line, List<StreetEdge> run, UtilitySpec spec, int number)
    {
        var offset = spec.OffsetFor(line.Width);
        var stops = run.Select(e => e.Span.Low).Append(run[^1].Span.High);
        var points = stops.Select(along => frame.ToRd(line.Beside(along, offset))).ToImmutableArray();
        var midpoint = line.Beside((run[0].Span.Low + run[^1].Span.High) / 2, offset);
        var diameter = random.Pick(spec.Diameters);
        return new UtilityLine(
            $"{IdPrefix}{number:D6}",
            spec.Kind,
            new RdLine(points),
            Depth(spec, diameter),
            diameter,
            spec.Kind == UtilityKind.Sewer ? (diameter > 400 ? "concrete" : "PVC") : random.Pick(spec.Materials),
            random.Pick(spec.Owners),
            terrain.GroundLevel(midpoint));
    }

    /// <summary>Depth of the top, metres; large sewers lie deeper.</summary>
    private double Depth(UtilitySpec spec, double diameter)
    {
        if (spec.Kind == UtilityKind.Sewer)
        {
            var share = (diameter - 300) / 500;
            return Math.Round(1.5 + (2.0 * Math.Clamp((share * 0.7) + random.Between(0, 0.3), 0, 1)), 2);
        }

        return Math.Round(random.Between(spec.Depth.Min, spec.Depth.Max), 2);
    }
}
