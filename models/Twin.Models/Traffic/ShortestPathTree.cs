using System.Runtime.CompilerServices;

namespace Twin.Models.Traffic;

/// <summary>
/// Dijkstra from one origin on given link costs, never passing through centroids other than the
/// origin. Reusable: one instance per thread, <see cref="Build"/> per origin.
/// </summary>
internal sealed class ShortestPathTree
{
    private readonly TrafficNetwork _network;
    private readonly MinHeap _heap;
    private readonly double[] _passing;

    public ShortestPathTree(TrafficNetwork network)
    {
        _network = network;
        _heap = new MinHeap(network.NodeCount);
        Distance = new double[network.NodeCount];
        PredecessorLink = new int[network.NodeCount];
        Order = new int[network.NodeCount];
        _passing = new double[network.NodeCount];
    }

    public double[] Distance { get; }

    /// <summary>The link into each node on its shortest path, -1 for the origin and unreached nodes.</summary>
    public int[] PredecessorLink { get; }

    /// <summary>Reached nodes in the order they were settled (non-decreasing distance).</summary>
    public int[] Order { get; }

    public int Settled { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Build(int origin, double[] cost)
    {
        var network = _network;
        Array.Fill(Distance, double.PositiveInfinity);
        Array.Fill(PredecessorLink, -1);
        Settled = 0;
        Distance[origin] = 0;
        _heap.Push(origin, 0);
        while (_heap.Count > 0)
        {
            var node = _heap.Pop();
            Order[Settled++] = node;
            if (!network.CanPassThrough(node, origin))
            {
                continue;
            }

            var here = Distance[node];
            for (var k = network.OutStart[node]; k < network.OutStart[node + 1]; k++)
            {
                var link = network.OutLinks[k];
                var head = network.To[link];
                var distance = here + cost[link];
                if (distance < Distance[head])
                {
                    Distance[head] = distance;
                    PredecessorLink[head] = link;
                    _heap.Push(head, distance);
                }
            }
        }
    }

    /// <summary>Loads the origin's demand all-or-nothing on the tree: adds to flow per link.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void LoadAllOrNothing(ReadOnlySpan<double> demand, double[] flow)
    {
        var network = _network;
        var passing = _passing;
        Array.Clear(passing);
        for (var d = 0; d < demand.Length; d++)
        {
            passing[d] = demand[d];
        }

        for (var i = Settled - 1; i > 0; i--)
        {
            var node = Order[i];
            var trips = passing[node];
            if (trips == 0)
            {
                continue;
            }

            var link = PredecessorLink[node];
            flow[link] += trips;
            passing[network.From[link]] += trips;
        }
    }
}
