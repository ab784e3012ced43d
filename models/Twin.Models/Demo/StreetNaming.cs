using Twin.Models.City;

namespace Twin.Models.Demo;

/// <summary>
/// Cuts every line into stretches (at left-out streets, at main roads for residential streets, and at
/// a maximum length) and names them: the best-known names nearest the station, composed names further out.
/// </summary>
internal sealed class StreetNaming(StreetLayout layout, StreetNetwork network)
{
    private const double MainStretchLength = 1200;
    private const double ResidentialStretchLength = 480;
    private const double NamedPoolReach = 800;
    private const double SpoorstraatReach = 700;

    private int _composed;

    public IReadOnlyList<StreetStretch> Assign()
    {
        var stretches = layout.Lines.SelectMany(Stretches).ToList();
        var unnamed = stretches
            .Where(s => s.Name.Length == 0)
            .OrderBy(s => s.Midpoint.DistanceFromStation)
            .ThenBy(s => s.Line.Index)
            .ToList();
        var pools = new Dictionary<IReadOnlyList<string>, int>();
        foreach (var stretch in unnamed)
        {
            var name = ReservedName(stretch) ?? NextName(PoolFor(stretch), pools);
            foreach (var edge in stretch.Edges)
            {
                edge.Name = name;
            }
        }

        return stretches;
    }

    private IEnumerable<StreetStretch> Stretches(StreetLine line)
    {
        var current = new List<StreetEdge>();
        var length = 0.0;
        var maximum = line.IsMainRoad ? MainStretchLength : ResidentialStretchLength;
        foreach (var edge in network.EdgesOf(line))
        {
            var breaks = current.Count > 0 && (edge.IsMissing
                || edge.Name != current[^1].Name
                || length + edge.Length > maximum
                || (!line.IsMainRoad && edge.LowNode.IsOnMainRoad));
            if (breaks)
            {
                yield return new StreetStretch(line, current);
                (current, length) = ([], 0.0);
            }

            if (!edge.IsMissing)
            {
                current.Add(edge);
                length += edge.Length;
            }
        }

        if (current.Count > 0)
        {
            yield return new StreetStretch(line, current);
        }
    }

    private static string? ReservedName(StreetStretch stretch) =>
        stretch.Line.Role == LineRole.RailwayStreet && stretch.Line.Sides == RailwaySides.West
        && stretch.Midpoint.DistanceFromStation < SpoorstraatReach
            ? StreetNames.Spoorstraat
            : null;

    private static IReadOnlyList<string>? PoolFor(StreetStretch stretch)
    {
        var line = stretch.Line;
        var near = stretch.Midpoint.DistanceFromStation < NamedPoolReach;
        return line.RoadClass switch
        {
            RoadClass.Arterial => StreetNames.Arterials,
            RoadClass.Collector => StreetNames.Collectors,
            _ when near && stretch.Midpoint.U < 0 => StreetNames.Centre,
            _ when near => StreetNames.East,
            _ => null,
        };
    }

    private string NextName(IReadOnlyList<string>? pool, Dictionary<IReadOnlyList<string>, int> used)
    {
        if (pool is not null)
        {
            var next = used.GetValueOrDefault(pool);
            if (next < pool.Count)
            {
                used[pool] = next + 1;
                return pool[next];
            }
        }

        return StreetNames.Composed(_composed++);
    }
}
