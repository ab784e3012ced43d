using System.Runtime.CompilerServices;

namespace Twin.Models.Traffic;

/// <summary>
/// Builds and edits bushes (one editor per thread): spreads a bush out over per-link and per-node
/// scratch arrays, changes its links there, sorts it topologically and packs it back.
/// </summary>
internal sealed class BushEditor
{
    /// <summary>A link is added when it shortens the head's longest path by more than this, relatively (rounding guard).</summary>
    private const double AddMargin = 1e-14;

    /// <summary>Vehicles: an origin flow on a link below this is rounding residue, not a used path.</summary>
    private const double MinLinkFlow = 1e-12;

    private readonly TrafficNetwork _network;
    private readonly bool[] _contains;
    private readonly double[] _flow;
    private readonly int[] _rank;
    private readonly int[] _pendingInLinks;
    private readonly int[] _order;
    private readonly double[] _nodeFlow;
    private readonly BushLabels _labels;

    public BushEditor(TrafficNetwork network)
    {
        _network = network;
        _contains = new bool[network.LinkCount];
        _flow = new double[network.LinkCount];
        _rank = new int[network.NodeCount];
        _pendingInLinks = new int[network.NodeCount];
        _order = new int[network.NodeCount];
        _nodeFlow = new double[network.NodeCount];
        _labels = new BushLabels(network.NodeCount);
    }

    /// <summary>Starts the bush as the shortest-path tree and loads the origin's trips on it.</summary>
    public void Initialise(Bush bush, ShortestPathTree tree, ReadOnlySpan<double> trips)
    {
        tree.LoadAllOrNothing(trips, _flow);
        foreach (var link in tree.PredecessorLink)
        {
            if (link >= 0)
            {
                _contains[link] = true;
            }
        }

        Pack(bush);
    }

    /// <summary>
    /// Restores exact flow conservation, drops links without flow (except min-path links) and adds
    /// shortcuts: links that shorten the head's min path while leading from a lower to a higher max
    /// label (max over the used and min-path links), so the bush stays acyclic; when there is none,
    /// every link from a lower to a higher max label (Y. Nie's expansion rule for bush-based
    /// assignment). The bush's min paths then follow the network's shortest paths closely, so its
    /// shifts work on most of the gap (on the city network 65-95% of the total excess cost lay within
    /// the bushes after the shift passes). With Dial's rule (only links that shorten a longest path)
    /// the city took 18 iterations and 18.6-19.6 s to 1e-8, with this rule 25 iterations but 15.8-17.9 s.
    /// Returns the number added.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Update(Bush bush, double[] cost, ReadOnlySpan<double> trips)
    {
        bush.Label(_labels, cost, usedOnly: false);
        var shortest = 0.0;
        for (var r = 1; r < bush.Count; r++)
        {
            var node = bush.Order[r];
            shortest += node < trips.Length ? trips[node] * _labels.Min[r] : 0;
        }

        bush.ShortestCost = shortest;
        Conserve(bush, trips);
        Spread(bush);
        var minIn = _labels.MinIn;
        for (var r = 1; r < bush.Count; r++)
        {
            for (var k = bush.InStart[r]; k < bush.InStart[r + 1]; k++)
            {
                if (!(bush.InFlow[k] > 0) && minIn[r] != k)
                {
                    _contains[bush.InLink[k]] = false;
                }
            }
        }

        var (min, max) = (_labels.Min, LongestPaths(bush, cost));
        var added = AddLinks(bush, cost, min, max, shortcutsOnly: true);
        if (added == 0)
        {
            added = AddLinks(bush, cost, min, max, shortcutsOnly: false);
        }

        Pack(bush);
        return added;
    }

    /// <summary>
    /// Marks the links not in the bush that lead from a lower to a higher max label (min labels by rank
    /// in <paramref name="min"/>, max in <paramref name="max"/>) and, when
    /// <paramref name="shortcutsOnly"/>, also shorten the head's min path; returns how many.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int AddLinks(Bush bush, double[] cost, double[] min, double[] max, bool shortcutsOnly)
    {
        var network = _network;
        var added = 0;
        for (var a = 0; a < _contains.Length; a++)
        {
            var (tail, head) = (network.From[a], network.To[a]);
            var (tailRank, headRank) = (_rank[tail], _rank[head]);
            if (!_contains[a] && tailRank >= 0 && headRank > 0 && network.CanPassThrough(tail, bush.Origin) && max[tailRank] < max[headRank]
                && (!shortcutsOnly || min[tailRank] + cost[a] < min[headRank] * (1 - AddMargin)))
            {
                _contains[a] = true;
                added++;
            }
        }

        return added;
    }

    /// <summary>
    /// Makes the bush's flows conserve exactly again, from the last node back: each node passes on
    /// its trips plus what leaves it, split over its in-links in the proportions they carry (flows
    /// below <see cref="MinLinkFlow"/> dropped; all on the min path when none is left). Thousands of
    /// small shifts leave rounding residue, and a link with residue flow out of a node with none coming
    /// in looks "used" while no shift can move anything off it (on the city network this repair took
    /// the iterations to 1e-8 from 40 to 35).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Conserve(Bush bush, ReadOnlySpan<double> trips)
    {
        var through = _nodeFlow;
        Array.Clear(through, 0, bush.Count);
        for (var r = bush.Count - 1; r > 0; r--)
        {
            var node = bush.Order[r];
            var passing = through[r] + (node < trips.Length ? trips[node] : 0);
            var (first, end) = (bush.InStart[r], bush.InStart[r + 1]);
            var carried = 0.0;
            for (var k = first; k < end; k++)
            {
                carried += bush.InFlow[k] >= MinLinkFlow ? bush.InFlow[k] : 0;
            }

            for (var k = first; k < end; k++)
            {
                var flow = carried > 0 ? (bush.InFlow[k] >= MinLinkFlow ? bush.InFlow[k] * (passing / carried) : 0) : (k == _labels.MinIn[r] ? passing : 0);
                bush.InFlow[k] = flow;
                through[bush.InTail[k]] += flow;
            }
        }
    }

    /// <summary>Copies the bush's links, flows and ranks into the scratch arrays.</summary>
    private void Spread(Bush bush)
    {
        Array.Fill(_rank, -1);
        for (var r = 0; r < bush.Count; r++)
        {
            _rank[bush.Order[r]] = r;
        }

        for (var k = 0; k < bush.LinkCount; k++)
        {
            _contains[bush.InLink[k]] = true;
            _flow[bush.InLink[k]] = bush.InFlow[k];
        }
    }

    /// <summary>Max labels by rank over the links still marked in the scratch (the old order stays topological).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double[] LongestPaths(Bush bush, double[] cost)
    {
        var max = _labels.Max;
        max[0] = 0;
        for (var r = 1; r < bush.Count; r++)
        {
            var longest = double.NegativeInfinity;
            for (var k = bush.InStart[r]; k < bush.InStart[r + 1]; k++)
            {
                var link = bush.InLink[k];
                if (_contains[link])
                {
                    longest = Math.Max(longest, max[bush.InTail[k]] + cost[link]);
                }
            }

            max[r] = longest;
        }

        return max;
    }

    /// <summary>
    /// Sorts the marked links topologically from the origin (Kahn), packs them into the bush with
    /// their flows, and clears the scratch for the next bush.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Pack(Bush bush)
    {
        var (count, links) = Sort(bush.Origin);
        var network = _network;
        bush.Reset(count, links);
        var entry = 0;
        for (var r = 0; r < count; r++)
        {
            var node = _order[r];
            bush.Order[r] = node;
            bush.InStart[r] = entry;
            for (var k = network.InStart[node]; k < network.InStart[node + 1]; k++)
            {
                var link = network.InLinks[k];
                if (_contains[link])
                {
                    (bush.InLink[entry], bush.InTail[entry], bush.InFlow[entry]) = (link, _rank[network.From[link]], _flow[link]);
                    entry++;
                }
            }

            if (entry - bush.InStart[r] > 1)
            {
                bush.AddMerge(r);
            }
        }

        bush.InStart[count] = entry;
        Array.Clear(_contains);
        Array.Clear(_flow);
    }

    /// <summary>
    /// Topological order of the marked links from the origin into the scratch order and ranks;
    /// returns the number of nodes reached and of links marked.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Nodes, int Links) Sort(int origin)
    {
        var network = _network;
        Array.Fill(_rank, -1);
        Array.Clear(_pendingInLinks);
        var links = 0;
        for (var a = 0; a < _contains.Length; a++)
        {
            if (_contains[a])
            {
                _pendingInLinks[network.To[a]]++;
                links++;
            }
        }

        _order[0] = origin;
        _rank[origin] = 0;
        var count = 1;
        for (var i = 0; i < count; i++)
        {
            var node = _order[i];
            for (var k = network.OutStart[node]; k < network.OutStart[node + 1]; k++)
            {
                var link = network.OutLinks[k];
                if (_contains[link] && --_pendingInLinks[network.To[link]] == 0)
                {
                    var head = network.To[link];
                    _rank[head] = count;
                    _order[count++] = head;
                }
            }
        }

        return (count, links);
    }
}
