using System.Runtime.CompilerServices;

namespace Twin.Models.Traffic;

/// <summary>
/// Algorithm B (Dial, Transportation Research Part B 40(10), 2006). Each origin keeps an acyclic
/// bush. An iteration updates every bush (in parallel: it only reads costs), then makes a few
/// passes over the bushes in turn (sequentially: shifts change the shared link costs). A pass
/// labels the bush's min and max paths and, from the last node back, moves flow from the max-path
/// segment to the min-path segment since their divergence node by a Newton step,
/// (max cost - min cost) / (sum of cost derivatives), capped by the origin flow on the max segment.
/// </summary>
/// <remarks>
/// The hot loops here and in <see cref="Bush"/>, <see cref="ShortestPathTree"/> and <see cref="LinkFlows"/>
/// are marked <see cref="MethodImplOptions.AggressiveOptimization"/>: a command-line run is over before
/// tiered compilation would optimize them (Sioux Falls to 1e-8 took 35 ms without, 5 ms with).
/// </remarks>
internal sealed class AlgorithmBSolver(TrafficNetwork network, OdMatrix demand, AssignmentOptions options)
{
    private const double RelativeShiftTolerance = 1e-15;

    /// <summary>Vehicles: an origin flow left on a path below this is moved off it too.</summary>
    private const double NegligibleFlow = 1e-8;

    public SolverRun Run(IProgress<AssignmentIteration>? progress, CancellationToken cancellationToken)
    {
        var flows = new LinkFlows(network);
        var log = new IterationLog(options, progress);
        var paths = new AllOrNothing(network, demand, options.MaxDegreeOfParallelism);
        var bushes = Initialise(paths.Origins, flows, cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellationToken };
        while (true)
        {
            Parallel.ForEach(bushes, parallel, bush => bush.Update(flows.Cost));
            ShiftPasses(bushes, flows);

            var shortest = paths.Run(flows.Cost, null, cancellationToken);
            if (log.Record(IterationLog.RelativeGap(flows.TotalCost(), shortest), flows))
            {
                return new SolverRun(flows, log, options.KeepOriginFlows ? OriginFlows(bushes) : null);
            }
        }
    }

    /// <summary>
    /// Shift passes over the bushes; a bush whose used paths already agree to well within the target
    /// gap sits out the remaining passes of this iteration (most bushes do, near equilibrium).
    /// </summary>
    private void ShiftPasses(Bush[] bushes, LinkFlows flows)
    {
        var settled = options.TargetRelativeGap * 0.01;
        var active = bushes.ToList();
        for (var pass = 0; pass < Math.Max(1, options.InnerPasses) && active.Count > 0; pass++)
        {
            active.RemoveAll(bush => Shift(bush, flows) <= settled);
        }
    }

    private Bush[] Initialise(IReadOnlyList<int> origins, LinkFlows flows, CancellationToken cancellationToken)
    {
        var bushes = origins.Select(origin => new Bush(network, origin)).ToArray();
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, bushes.Length),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellationToken },
            range =>
            {
                var tree = new ShortestPathTree(network);
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    tree.Build(bushes[i].Origin, flows.Cost);
                    bushes[i].Initialise(tree, demand.Row(bushes[i].Origin));
                }
            });

        foreach (var bush in bushes)
        {
            for (var a = 0; a < network.LinkCount; a++)
            {
                flows.Flow[a] += bush.Flow[a];
            }
        }

        flows.UpdateAll();
        return bushes;
    }

    /// <summary>
    /// One pass of Newton flow shifts over a bush, from the last node in topological order back;
    /// returns the largest relative difference between max and min path cost it found.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Shift(Bush bush, LinkFlows flows)
    {
        bush.Label(flows.Cost, usedOnly: true);
        var largest = 0.0;
        for (var i = bush.Count - 1; i > 0; i--)
        {
            var node = bush.Order[i];
            var difference = bush.Max[node] - bush.Min[node];

            // Where the two paths share the last link they merge further back: that node's turn comes later.
            if (bush.MaxPredecessor[node] != bush.MinPredecessor[node] && difference > RelativeShiftTolerance * bush.Max[node])
            {
                largest = Math.Max(largest, difference / bush.Max[node]);
                ShiftAt(bush, flows, node);
            }
        }

        return largest;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ShiftAt(Bush bush, LinkFlows flows, int node)
    {
        var divergence = Divergence(bush, node);
        var (minCost, minSlope, _) = Segment(bush, flows, node, divergence, bush.MinPredecessor);
        var (maxCost, maxSlope, available) = Segment(bush, flows, node, divergence, bush.MaxPredecessor);
        var difference = maxCost - minCost;
        if (difference <= RelativeShiftTolerance * maxCost || available <= 0)
        {
            return;
        }

        var slope = minSlope + maxSlope;
        var shift = slope > 0 ? Math.Min(difference / slope, available) : available;

        // Leave no crumbs: a residue this small would keep a path "used" and cap later steps at nothing.
        if (available - shift < NegligibleFlow)
        {
            shift = available;
        }

        Move(bush, flows, node, divergence, bush.MaxPredecessor, -shift, exhaust: shift >= available);
        Move(bush, flows, node, divergence, bush.MinPredecessor, shift, exhaust: false);
    }

    /// <summary>
    /// Where the min and max paths into a node (by different last links) diverge: walk back from the
    /// two tails, always moving whichever is later in the topological order, until they meet.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Divergence(Bush bush, int node)
    {
        var (onMin, onMax) = (network.From[bush.MinPredecessor[node]], network.From[bush.MaxPredecessor[node]]);
        while (onMin != onMax)
        {
            if (bush.Rank[onMin] > bush.Rank[onMax])
            {
                onMin = network.From[bush.MinPredecessor[onMin]];
            }
            else
            {
                onMax = network.From[bush.MaxPredecessor[onMax]];
            }
        }

        return onMin;
    }

    /// <summary>Cost, cost derivative and least origin flow along a predecessor chain from a node back to the divergence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double Cost, double Slope, double Available) Segment(Bush bush, LinkFlows flows, int node, int divergence, int[] predecessor)
    {
        var (cost, slope, available) = (0.0, 0.0, double.PositiveInfinity);
        while (node != divergence)
        {
            var link = predecessor[node];
            cost += flows.Cost[link];
            slope += flows.Derivative[link];
            available = Math.Min(available, bush.Flow[link]);
            node = network.From[link];
        }

        return (cost, slope, available);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Move(Bush bush, LinkFlows flows, int node, int divergence, int[] predecessor, double change, bool exhaust)
    {
        while (node != divergence)
        {
            var link = predecessor[node];
            var after = bush.Flow[link] + change;

            // Moving all the flow there is must leave exact zeros, not rounding residue.
            bush.Flow[link] = after > 0 && !(exhaust && after < 1e-12 * Math.Abs(change)) ? after : 0;
            flows.Add(link, change);
            node = network.From[link];
        }
    }

    /// <summary>Per-origin link flows by zone (null for zones without trips).</summary>
    private double[][] OriginFlows(Bush[] bushes)
    {
        var byZone = new double[demand.ZoneCount][];
        foreach (var bush in bushes)
        {
            byZone[bush.Origin] = bush.Flow;
        }

        return byZone;
    }
}
