using System.Runtime.CompilerServices;

namespace Twin.Models.Traffic;

/// <summary>
/// Algorithm B's flow shifts. A pass over a bush labels its min and max used paths and, from the
/// last merge node back, moves flow from the max-path segment to the min-path segment since their
/// divergence node by a Newton step, (max cost - min cost) / (sum of cost derivatives), capped by
/// the origin flow on the max segment. Each shift updates the shared link costs at once, so the
/// next shift (in this bush or the next) sees it: passes over bushes run one after another.
/// </summary>
internal sealed class FlowShifter(TrafficNetwork network, LinkFlows flows)
{
    /// <summary>Below this relative difference between max and min path cost a merge is at equilibrium (rounding).</summary>
    public const double RelativeShiftTolerance = 1e-15;

    /// <summary>Vehicles: an origin flow left on a path below this is moved off it too.</summary>
    private const double NegligibleFlow = 1e-8;

    private readonly BushLabels _labels = new(network.NodeCount);

    /// <summary>
    /// One pass of Newton flow shifts over a bush, from the last merge node back. Returns the bush's
    /// own relative gap before the pass: its excess cost (origin flow times the extra cost of each
    /// merge in-link over the head's min path, which adds up to the bush's total cost minus its
    /// shortest-path cost) over <see cref="Bush.ShortestCost"/>. Weighted by flow, unlike the worst
    /// node's path cost difference, it does not keep a bush busy over a node few vehicles use.
    /// Merges whose max and min path costs differ by at most <paramref name="mergeTolerance"/>
    /// (relatively) are left as they are.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Pass(Bush bush, double mergeTolerance = RelativeShiftTolerance)
    {
        var (cost, labels) = (flows.Cost, _labels);
        bush.Label(labels, cost, usedOnly: true, bush.LastMerge + 1);
        var (min, start, tail, link, flow) = (labels.Min, bush.InStart, bush.InTail, bush.InLink, bush.InFlow);
        var excess = 0.0;
        for (var m = 0; m < bush.MergeCount; m++)
        {
            var rank = bush.Merges[m];
            for (var k = start[rank]; k < start[rank + 1]; k++)
            {
                excess += flow[k] * (min[tail[k]] + cost[link[k]] - min[rank]);
            }
        }

        for (var m = bush.MergeCount - 1; m >= 0; m--)
        {
            var rank = bush.Merges[m];
            var (max, difference) = (labels.Max[rank], labels.Max[rank] - labels.Min[rank]);

            // Where the two paths share the last link they merge further back: that node's turn comes later.
            if (labels.MaxIn[rank] != labels.MinIn[rank] && difference > mergeTolerance * max)
            {
                ShiftAt(bush, rank);
            }
        }

        return bush.ShortestCost > 0 ? excess / bush.ShortestCost : 0;
    }

    /// <summary>
    /// Walks the min and max paths back from a merge node together, always stepping whichever is at
    /// the higher rank, until they meet at the divergence node; then shifts between the two segments.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ShiftAt(Bush bush, int rank)
    {
        var (cost, derivative, labels) = (flows.Cost, flows.Derivative, _labels);
        var (minIn, maxIn, tail, link, flow) = (labels.MinIn, labels.MaxIn, bush.InTail, bush.InLink, bush.InFlow);
        var (onMin, onMax) = (minIn[rank], maxIn[rank]);
        var (minCost, minSlope) = (cost[link[onMin]], derivative[link[onMin]]);
        var (maxCost, maxSlope, available) = (cost[link[onMax]], derivative[link[onMax]], flow[onMax]);
        var (minTail, maxTail) = (tail[onMin], tail[onMax]);
        while (minTail != maxTail)
        {
            if (minTail > maxTail)
            {
                onMin = minIn[minTail];
                (minCost, minSlope, minTail) = (minCost + cost[link[onMin]], minSlope + derivative[link[onMin]], tail[onMin]);
            }
            else
            {
                onMax = maxIn[maxTail];
                (maxCost, maxSlope, maxTail) = (maxCost + cost[link[onMax]], maxSlope + derivative[link[onMax]], tail[onMax]);
                available = Math.Min(available, flow[onMax]);
            }
        }

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

        Move(bush, rank, minTail, maxIn, -shift, exhaust: shift >= available);
        Move(bush, rank, minTail, minIn, shift, exhaust: false);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Move(Bush bush, int rank, int divergence, int[] entryInto, double change, bool exhaust)
    {
        var (tail, link, flow) = (bush.InTail, bush.InLink, bush.InFlow);
        while (rank != divergence)
        {
            var entry = entryInto[rank];
            var after = flow[entry] + change;

            // Moving all the flow there is must leave exact zeros, not rounding residue.
            flow[entry] = after > 0 && !(exhaust && after < 1e-12 * Math.Abs(change)) ? after : 0;
            flows.Add(link[entry], change);
            rank = tail[entry];
        }
    }
}
