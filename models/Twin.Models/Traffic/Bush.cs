using System.Runtime.CompilerServices;

namespace Twin.Models.Traffic;

/// <summary>
/// The bush of one origin for Algorithm B: an acyclic set of links reaching every node the origin
/// can reach, and the origin's flow on each. Held compactly in topological order: the nodes by rank
/// (the origin is rank 0), and per rank its bush in-links with their tail's rank and the origin's
/// flow (CSR). A bush of the city has about as many links as nodes, a tenth of the network's, so a
/// labelling pass touches only those, in memory order. Built and edited by <see cref="BushEditor"/>;
/// flow shifts change only <see cref="InFlow"/>.
/// </summary>
internal sealed class Bush
{
    public Bush(int origin, int nodeCount)
    {
        Origin = origin;
        Order = new int[nodeCount];
        InStart = new int[nodeCount + 1];
    }

    public int Origin { get; }

    /// <summary>The origin's trips times their min path cost, at the last bush update: the bush's shortest-path total.</summary>
    public double ShortestCost { get; set; }

    /// <summary>Reachable nodes in topological order; <see cref="Count"/> of them.</summary>
    public int[] Order { get; }

    public int Count { get; private set; }

    /// <summary>The in-links of rank r are entries InStart[r] .. InStart[r+1] of the In* arrays.</summary>
    public int[] InStart { get; }

    public int[] InLink { get; private set; } = [];

    /// <summary>Rank of each in-link's tail (always below the head's rank).</summary>
    public int[] InTail { get; private set; } = [];

    /// <summary>This origin's flow on each in-link.</summary>
    public double[] InFlow { get; private set; } = [];

    public int LinkCount => InStart[Count];

    /// <summary>Ranks with more than one in-link, ascending: the only places paths can merge, so the only places to shift flow.</summary>
    public int[] Merges { get; private set; } = [];

    public int MergeCount { get; private set; }

    /// <summary>Rank of the last merge (0 when there is none): beyond it no flow shift can happen.</summary>
    public int LastMerge => MergeCount > 0 ? Merges[MergeCount - 1] : 0;

    /// <summary>Starts a new layout of <paramref name="count"/> ranks and <paramref name="links"/> links (filled in by the editor).</summary>
    public void Reset(int count, int links)
    {
        Count = count;
        MergeCount = 0;
        if (InLink.Length < links)
        {
            var capacity = links + (links / 4) + 16;
            (InLink, InTail, InFlow) = (new int[capacity], new int[capacity], new double[capacity]);
        }

        if (Merges.Length < count)
        {
            Merges = new int[Order.Length];
        }
    }

    public void AddMerge(int rank) => Merges[MergeCount++] = rank;

    /// <summary>
    /// Min and max path labels by rank. The max labels follow links with origin flow when
    /// <paramref name="usedOnly"/> (for flow shifts; a node without used in-links takes its min path),
    /// all bush links otherwise (for bush updates). Only the first <paramref name="ranks"/> ranks
    /// when given (flow shifts need labels up to the last merge only).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Label(BushLabels labels, double[] cost, bool usedOnly, int ranks = int.MaxValue)
    {
        var count = Math.Min(ranks, Count);
        var (min, max, minIn, maxIn) = (labels.Min, labels.Max, labels.MinIn, labels.MaxIn);
        var (start, link, tail, flow) = (InStart, InLink, InTail, InFlow);
        (min[0], max[0], minIn[0], maxIn[0]) = (0, 0, -1, -1);
        for (var r = 1; r < count; r++)
        {
            var (first, end) = (start[r], start[r + 1]);
            if (end == first + 1)
            {
                var (t, c) = (tail[first], cost[link[first]]);
                min[r] = min[t] + c;
                max[r] = usedOnly && !(flow[first] > 0) ? min[r] : max[t] + c;
                minIn[r] = maxIn[r] = first;
                continue;
            }

            var (best, worst, bestIn, worstIn) = (double.PositiveInfinity, double.NegativeInfinity, -1, -1);
            for (var k = first; k < end; k++)
            {
                var (t, c) = (tail[k], cost[link[k]]);
                var viaMin = min[t] + c;
                if (viaMin < best)
                {
                    (best, bestIn) = (viaMin, k);
                }

                var viaMax = max[t] + c;
                if (viaMax > worst && (!usedOnly || flow[k] > 0))
                {
                    (worst, worstIn) = (viaMax, k);
                }
            }

            (min[r], minIn[r]) = (best, bestIn);
            (max[r], maxIn[r]) = worstIn >= 0 ? (worst, worstIn) : (best, bestIn);
        }
    }

    /// <summary>Adds this origin's flow to a per-link total.</summary>
    public void AddFlowsTo(double[] total)
    {
        for (var k = 0; k < LinkCount; k++)
        {
            total[InLink[k]] += InFlow[k];
        }
    }

    /// <summary>This origin's flow per network link (0 outside the bush).</summary>
    public double[] LinkFlows(int networkLinks)
    {
        var flow = new double[networkLinks];
        AddFlowsTo(flow);
        return flow;
    }
}
