using System.Globalization;

namespace Twin.Models.Traffic;

/// <summary>
/// Static user-equilibrium traffic assignment: every used route between an origin and a destination
/// has the same, least, generalized cost given the congestion the routes cause together.
/// </summary>
public static class TrafficAssignment
{
    private const int MaxListedPairs = 20;

    /// <summary>
    /// Assigns the demand to the network until the relative gap reaches the target or the iteration
    /// cap. Returns a result with problems, and assigns nothing, when the demand does not fit the
    /// network's zones or some OD pair with trips has no path. Throws only on cancellation.
    /// </summary>
    public static AssignmentResult Run(
        TrafficNetwork network,
        OdMatrix demand,
        AssignmentOptions? options = null,
        IProgress<AssignmentIteration>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(demand);
        options ??= AssignmentOptions.Default;
        var problems = Check(network, demand, options).ToList();
        if (problems.Count > 0)
        {
            return AssignmentResult.Failed(options.Method, problems);
        }

        var run = options.Method == AssignmentMethod.FrankWolfe
            ? new FrankWolfeSolver(network, demand, options).Run(progress, cancellationToken)
            : new AlgorithmBSolver(network, demand, options).Run(progress, cancellationToken);
        return Result(network, options.Method, run);
    }

    /// <summary>The OD pairs with trips but no path (each listed up to a limit, then counted).</summary>
    public static IReadOnlyList<TrafficProblem> FindDisconnectedPairs(TrafficNetwork network, OdMatrix demand)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(demand);
        var tree = new ShortestPathTree(network);
        var cost = new double[network.LinkCount];
        for (var a = 0; a < cost.Length; a++)
        {
            cost[a] = network.FreeFlowTime[a];
        }

        var pairs = new List<(int Origin, int Destination, double Trips)>();
        for (var origin = 0; origin < demand.ZoneCount; origin++)
        {
            if (!demand.HasTripsFrom(origin))
            {
                continue;
            }

            tree.Build(origin, cost);
            var trips = demand.Row(origin);
            for (var d = 0; d < trips.Length; d++)
            {
                if (trips[d] > 0 && double.IsPositiveInfinity(tree.Distance[d]))
                {
                    pairs.Add((origin, d, trips[d]));
                }
            }
        }

        return Describe(network, pairs);
    }

    private static IEnumerable<TrafficProblem> Check(TrafficNetwork network, OdMatrix demand, AssignmentOptions options)
    {
        if (demand.ZoneCount != network.ZoneCount)
        {
            return [new TrafficProblem(Invariant($"the demand has {demand.ZoneCount} zones but the network {network.ZoneCount}"))];
        }

        if (!(options.TargetRelativeGap >= 0) || options.MaxIterations < 1)
        {
            return [new TrafficProblem(Invariant($"target gap {options.TargetRelativeGap} must be 0 or more and the iteration cap {options.MaxIterations} at least 1"))];
        }

        return FindDisconnectedPairs(network, demand);
    }

    private static List<TrafficProblem> Describe(TrafficNetwork network, List<(int Origin, int Destination, double Trips)> pairs)
    {
        if (pairs.Count == 0)
        {
            return [];
        }

        var listed = string.Join(", ", pairs.Take(MaxListedPairs).Select(p => Invariant($"{network.NodeNames[p.Origin]} -> {network.NodeNames[p.Destination]} ({p.Trips:0.###} trips)")));
        var more = pairs.Count > MaxListedPairs ? Invariant($" and {pairs.Count - MaxListedPairs} more") : string.Empty;
        return [new TrafficProblem(Invariant($"{pairs.Count} OD pairs have trips but no path: {listed}{more}"))];
    }

    private static AssignmentResult Result(TrafficNetwork network, AssignmentMethod method, SolverRun run)
    {
        var flows = run.Flows;
        var links = network.LinkCount;
        var (time, ratio, speed) = (new double[links], new double[links], new double[links]);
        var (tstt, distance) = (0.0, 0.0);
        for (var a = 0; a < links; a++)
        {
            time[a] = flows.Cost[a] - network.FixedCost[a];
            ratio[a] = flows.Flow[a] / network.Capacity[a];
            speed[a] = network.LinkLength[a] / (time[a] * network.Options.HoursPerTimeUnit);
            tstt += flows.Flow[a] * time[a];
            distance += flows.Flow[a] * network.LinkLength[a];
        }

        var iterations = run.Log.Iterations;
        return new AssignmentResult
        {
            Method = method,
            Converged = run.Log.Converged,
            Iterations = [.. iterations],
            Flow = [.. flows.Flow],
            Time = [.. time],
            Cost = [.. flows.Cost],
            VolumeCapacity = [.. ratio],
            Speed = [.. speed],
            TotalTravelTime = tstt,
            VehicleHours = tstt * network.Options.HoursPerTimeUnit,
            VehicleDistance = distance,
            Beckmann = flows.Beckmann(),
            Elapsed = iterations.Count > 0 ? iterations[^1].Elapsed : TimeSpan.Zero,
            OriginFlows = run.OriginFlows,
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
