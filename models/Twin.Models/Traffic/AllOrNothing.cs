namespace Twin.Models.Traffic;

/// <summary>
/// Shortest paths from every origin with trips, in parallel over origins (contiguous blocks, one
/// workspace per block, summed in block order so results do not depend on thread timing):
/// the shortest-path total cost for the relative gap, and optionally all-or-nothing flows.
/// </summary>
internal sealed class AllOrNothing
{
    private readonly OdMatrix _demand;
    private readonly int[] _origins;
    private readonly ShortestPathTree[] _trees;
    private readonly double[][] _flows;
    private readonly double[] _costs;
    private readonly int _blocks;

    public AllOrNothing(TrafficNetwork network, OdMatrix demand, int parallelism)
    {
        _demand = demand;
        _origins = [.. Enumerable.Range(0, demand.ZoneCount).Where(demand.HasTripsFrom)];
        _blocks = Math.Clamp(Math.Min(parallelism, _origins.Length), 1, 64);
        _trees = [.. Enumerable.Range(0, _blocks).Select(_ => new ShortestPathTree(network))];
        _flows = [.. Enumerable.Range(0, _blocks).Select(_ => new double[network.LinkCount])];
        _costs = new double[_blocks];
    }

    public IReadOnlyList<int> Origins => _origins;

    /// <summary>
    /// Sum over OD pairs of trips × shortest-path cost (infinite when a pair has no path); when
    /// <paramref name="flow"/> is given it receives the all-or-nothing link flows.
    /// </summary>
    public double Run(double[] cost, double[]? flow, CancellationToken cancellationToken)
    {
        Parallel.For(0, _blocks, new ParallelOptions { MaxDegreeOfParallelism = _blocks, CancellationToken = cancellationToken }, block =>
            _costs[block] = RunBlock(block, cost, flow is not null));

        if (flow is not null)
        {
            Array.Clear(flow);
            foreach (var blockFlow in _flows)
            {
                for (var a = 0; a < flow.Length; a++)
                {
                    flow[a] += blockFlow[a];
                }
            }
        }

        return _costs.Sum();
    }

    /// <summary>One block's origins (every blocks-th): their shortest-path cost, and their flows when asked.</summary>
    private double RunBlock(int block, double[] cost, bool load)
    {
        var tree = _trees[block];
        var blockFlow = _flows[block];
        if (load)
        {
            Array.Clear(blockFlow);
        }

        var total = 0.0;
        for (var i = block; i < _origins.Length; i += _blocks)
        {
            var origin = _origins[i];
            tree.Build(origin, cost);
            var trips = _demand.Row(origin);
            for (var d = 0; d < trips.Length; d++)
            {
                if (trips[d] > 0)
                {
                    total += trips[d] * tree.Distance[d];
                }
            }

            if (load)
            {
                tree.LoadAllOrNothing(trips, blockFlow);
            }
        }

        return total;
    }
}
