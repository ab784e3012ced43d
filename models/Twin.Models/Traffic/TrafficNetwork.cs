using System.Collections.Immutable;
using System.Globalization;

namespace Twin.Models.Traffic;

/// <summary>
/// A directed road network for static assignment, held as arrays in forward and backward star (CSR)
/// form. Zones are the first <see cref="ZoneCount"/> nodes; nodes below <see cref="FirstThroughNode"/>
/// are centroids that paths may start or end at but never pass through. Immutable once built.
/// </summary>
public sealed class TrafficNetwork
{
    private TrafficNetwork(ImmutableArray<string> nodeNames, ImmutableArray<TrafficLink> links, TrafficNetworkOptions options)
    {
        NodeNames = nodeNames;
        Links = links;
        Options = options;
        var count = links.Length;
        From = new int[count];
        To = new int[count];
        Capacity = new double[count];
        FreeFlowTime = new double[count];
        Alpha = new double[count];
        Beta = new double[count];
        FixedCost = new double[count];
        LinkLength = new double[count];
        for (var a = 0; a < count; a++)
        {
            var link = links[a];
            (From[a], To[a], Capacity[a], FreeFlowTime[a]) = (link.From, link.To, link.Capacity, link.FreeFlowTime);
            (Alpha[a], Beta[a], LinkLength[a]) = (link.Alpha, link.Beta, link.Length);
            FixedCost[a] = (options.CostWeights.TollFactor * link.Toll) + (options.CostWeights.DistanceFactor * link.Length);
        }

        (OutStart, OutLinks) = Star(From, nodeNames.Length);
        (InStart, InLinks) = Star(To, nodeNames.Length);
    }

    public int NodeCount => NodeNames.Length;

    public int LinkCount => Links.Length;

    public int ZoneCount => Options.ZoneCount;

    /// <inheritdoc cref="TrafficNetworkOptions.FirstThroughNode"/>
    public int FirstThroughNode => Options.FirstThroughNode;

    public TrafficNetworkOptions Options { get; }

    /// <summary>Node names (TNTP node ids, or street node ids and zone names for the city), by index.</summary>
    public ImmutableArray<string> NodeNames { get; }

    public ImmutableArray<TrafficLink> Links { get; }

    internal int[] From { get; }

    internal int[] To { get; }

    internal double[] Capacity { get; }

    internal double[] FreeFlowTime { get; }

    internal double[] Alpha { get; }

    internal double[] Beta { get; }

    /// <summary>Toll and distance part of the generalized cost, per link.</summary>
    internal double[] FixedCost { get; }

    internal double[] LinkLength { get; }

    /// <summary>Out-links of node n are OutLinks[OutStart[n] .. OutStart[n+1]).</summary>
    internal int[] OutStart { get; }

    internal int[] OutLinks { get; }

    internal int[] InStart { get; }

    internal int[] InLinks { get; }

    /// <summary>Whether paths may leave this node on their way elsewhere (not a centroid other than the origin).</summary>
    internal bool CanPassThrough(int node, int origin) => node >= FirstThroughNode || node == origin;

    /// <summary>Builds a network, or names every link and setting that is wrong.</summary>
    public static TrafficInput<TrafficNetwork> Create(IReadOnlyList<string> nodeNames, IReadOnlyList<TrafficLink> links, TrafficNetworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(nodeNames);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(options);
        var problems = Validate(nodeNames.Count, links, options).ToList();
        return problems.Count > 0
            ? new TrafficInput<TrafficNetwork>(problems)
            : new TrafficInput<TrafficNetwork>(new TrafficNetwork([.. nodeNames], [.. links], options));
    }

    /// <summary>A readable name of a link: its own name, else "link k (from -> to)".</summary>
    public string Describe(int link)
    {
        var l = Links[link];
        return l.Name ?? string.Create(CultureInfo.InvariantCulture, $"link {link + 1} ({NodeNames[l.From]} -> {NodeNames[l.To]})");
    }

    /// <summary>The index of the link from one node to another (by name), or -1.</summary>
    public int FindLink(string from, string to)
    {
        for (var a = 0; a < LinkCount; a++)
        {
            if (NodeNames[From[a]] == from && NodeNames[To[a]] == to)
            {
                return a;
            }
        }

        return -1;
    }

    private static IEnumerable<TrafficProblem> Validate(int nodes, IReadOnlyList<TrafficLink> links, TrafficNetworkOptions options)
    {
        if (options.ZoneCount < 0 || options.ZoneCount > nodes)
        {
            yield return new TrafficProblem(Invariant($"{options.ZoneCount} zones but only {nodes} nodes"));
        }

        if (options.FirstThroughNode < 0 || options.FirstThroughNode > nodes)
        {
            yield return new TrafficProblem(Invariant($"first through node {options.FirstThroughNode + 1} is not a node (1..{nodes})"));
        }

        for (var a = 0; a < links.Count; a++)
        {
            var link = links[a];
            var name = link.Name ?? Invariant($"link {a + 1} ({link.From + 1} -> {link.To + 1})");
            if ((uint)link.From >= nodes || (uint)link.To >= nodes)
            {
                yield return new TrafficProblem(Invariant($"{name}: node outside 1..{nodes}"), Link: a);
            }

            if (!(link.Capacity > 0) || !double.IsFinite(link.Capacity))
            {
                yield return new TrafficProblem(Invariant($"{name}: capacity {link.Capacity} must be greater than 0"), Link: a);
            }

            if (!(link.FreeFlowTime > 0) || !double.IsFinite(link.FreeFlowTime))
            {
                yield return new TrafficProblem(Invariant($"{name}: free-flow time {link.FreeFlowTime} must be greater than 0"), Link: a);
            }

            if (!(link.Alpha >= 0) || !(link.Beta >= 0) || !double.IsFinite(link.Alpha) || !double.IsFinite(link.Beta))
            {
                yield return new TrafficProblem(Invariant($"{name}: BPR alpha {link.Alpha} and beta {link.Beta} must be 0 or more"), Link: a);
            }

            // Shortest paths and acyclic bushes need every link to cost something; a negative toll or
            // length can make the generalized cost 0 or less even with a positive time.
            var weights = options.CostWeights;
            var fixedCost = (weights.TollFactor * link.Toll) + (weights.DistanceFactor * link.Length);
            if (link.FreeFlowTime > 0 && double.IsFinite(link.FreeFlowTime) && !(link.FreeFlowTime + fixedCost > 0 && double.IsFinite(fixedCost)))
            {
                yield return new TrafficProblem(Invariant($"{name}: cost at free flow {link.FreeFlowTime + fixedCost} (time {link.FreeFlowTime} + toll factor {weights.TollFactor} × toll {link.Toll} + distance factor {weights.DistanceFactor} × length {link.Length}) must be greater than 0"), Link: a);
            }
        }
    }

    private static (int[] Start, int[] Links) Star(int[] tail, int nodes)
    {
        var start = new int[nodes + 1];
        foreach (var node in tail)
        {
            start[node + 1]++;
        }

        for (var n = 0; n < nodes; n++)
        {
            start[n + 1] += start[n];
        }

        var next = start[..^1];
        var ordered = new int[tail.Length];
        for (var a = 0; a < tail.Length; a++)
        {
            ordered[next[tail[a]]++] = a;
        }

        return (start, ordered);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
