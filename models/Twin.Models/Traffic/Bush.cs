using System.Runtime.CompilerServices;

namespace Twin.Models.Traffic;

/// <summary>
/// The bush of one origin for Algorithm B: an acyclic set of links reaching every node the origin
/// can reach, the origin's flow on each link, a topological order, and shortest (min) and longest
/// (max) path labels. All arrays are the bush's own, so bushes can be updated in parallel.
/// </summary>
internal sealed class Bush
{
    private readonly TrafficNetwork _network;
    private readonly int[] _pendingInLinks;

    public Bush(TrafficNetwork network, int origin)
    {
        _network = network;
        Origin = origin;
        var (nodes, links) = (network.NodeCount, network.LinkCount);
        Contains = new bool[links];
        Flow = new double[links];
        Order = new int[nodes];
        Rank = new int[nodes];
        Min = new double[nodes];
        Max = new double[nodes];
        MinPredecessor = new int[nodes];
        MaxPredecessor = new int[nodes];
        _pendingInLinks = new int[nodes];
    }

    public int Origin { get; }

    public bool[] Contains { get; }

    /// <summary>This origin's flow per link (0 outside the bush).</summary>
    public double[] Flow { get; }

    /// <summary>Reachable nodes in topological order; <see cref="Count"/> of them.</summary>
    public int[] Order { get; }

    public int Count { get; private set; }

    /// <summary>Position of each node in <see cref="Order"/>, -1 when not reached.</summary>
    public int[] Rank { get; }

    public double[] Min { get; }

    public double[] Max { get; }

    public int[] MinPredecessor { get; }

    public int[] MaxPredecessor { get; }

    /// <summary>Starts the bush as a shortest-path tree and loads the origin's trips on it.</summary>
    public void Initialise(ShortestPathTree tree, ReadOnlySpan<double> trips)
    {
        tree.LoadAllOrNothing(trips, Flow);
        foreach (var link in tree.PredecessorLink)
        {
            if (link >= 0)
            {
                Contains[link] = true;
            }
        }
    }

    /// <summary>Topological order of the bush's links (Kahn), from the origin.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Sort()
    {
        var network = _network;
        Array.Fill(Rank, -1);
        Array.Clear(_pendingInLinks);
        for (var a = 0; a < Contains.Length; a++)
        {
            if (Contains[a])
            {
                _pendingInLinks[network.To[a]]++;
            }
        }

        Order[0] = Origin;
        Rank[Origin] = 0;
        Count = 1;
        for (var i = 0; i < Count; i++)
        {
            var node = Order[i];
            for (var k = network.OutStart[node]; k < network.OutStart[node + 1]; k++)
            {
                var link = network.OutLinks[k];
                if (Contains[link] && --_pendingInLinks[network.To[link]] == 0)
                {
                    var head = network.To[link];
                    Rank[head] = Count;
                    Order[Count++] = head;
                }
            }
        }
    }

    /// <summary>
    /// Min and max path labels in topological order. The max labels follow links with origin flow
    /// when <paramref name="usedOnly"/> (for flow shifts), all bush links otherwise (for bush updates,
    /// where they order the nodes so that added links keep the bush acyclic).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Label(double[] cost, bool usedOnly)
    {
        var network = _network;
        Min[Origin] = 0;
        Max[Origin] = 0;
        MinPredecessor[Origin] = -1;
        MaxPredecessor[Origin] = -1;
        for (var i = 1; i < Count; i++)
        {
            var node = Order[i];
            var (min, max, minLink, maxLink) = (double.PositiveInfinity, double.NegativeInfinity, -1, -1);
            for (var k = network.InStart[node]; k < network.InStart[node + 1]; k++)
            {
                var link = network.InLinks[k];
                if (!Contains[link])
                {
                    continue;
                }

                var tail = network.From[link];
                var viaMin = Min[tail] + cost[link];
                if (viaMin < min)
                {
                    (min, minLink) = (viaMin, link);
                }

                var viaMax = Max[tail] + cost[link];
                if (viaMax > max && (!usedOnly || Flow[link] > 0))
                {
                    (max, maxLink) = (viaMax, link);
                }
            }

            (Min[node], MinPredecessor[node]) = (min, minLink);
            (Max[node], MaxPredecessor[node]) = maxLink >= 0 ? (max, maxLink) : (min, minLink);
        }
    }

    /// <summary>
    /// Drops links without flow (except shortest-path links) and adds links that shorten a longest
    /// path (max label of tail + cost &lt; max label of head): both keep the bush acyclic.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Update(double[] cost)
    {
        var network = _network;
        Sort();
        Label(cost, usedOnly: false);
        for (var a = 0; a < Contains.Length; a++)
        {
            if (Contains[a] && Flow[a] <= 0 && MinPredecessor[network.To[a]] != a)
            {
                Contains[a] = false;
            }
        }

        Label(cost, usedOnly: false);
        var added = 0;
        for (var a = 0; a < Contains.Length; a++)
        {
            var (tail, head) = (network.From[a], network.To[a]);
            if (!Contains[a] && Rank[tail] >= 0 && Rank[head] > 0 && network.CanPassThrough(tail, Origin)
                && Max[tail] + cost[a] < Max[head] * (1 - 1e-14))
            {
                Contains[a] = true;
                added++;
            }
        }

        Sort();
        return added;
    }
}
