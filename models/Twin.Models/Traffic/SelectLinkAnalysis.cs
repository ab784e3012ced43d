using System.Collections.Immutable;
using System.Globalization;

namespace Twin.Models.Traffic;

/// <summary>
/// Select-link analysis: which OD pairs use a link, and with how many trips. Works from the
/// per-origin link flows of Algorithm B (its bushes): flow of an origin is followed through its
/// acyclic bush in topological order, and at every node the share of it that came over the
/// selected link is passed on in proportion to the flow on each outgoing link (the usual
/// proportionality assumption: flows mix at nodes), arriving at each destination with that share.
/// </summary>
public sealed record SelectLinkAnalysis(int Link, ImmutableArray<SelectedPair> Pairs, ImmutableArray<TrafficProblem> Problems)
{
    /// <summary>Trips over the link from all pairs (equals the link's flow, up to rounding).</summary>
    public double Trips => Pairs.Sum(p => p.Trips);

    /// <summary>The pairs using the link with at least <paramref name="minimumTrips"/> trips, most first.</summary>
    public static SelectLinkAnalysis Run(TrafficNetwork network, OdMatrix demand, AssignmentResult result, int link, double minimumTrips = 1e-9)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(result);
        if (result.OriginFlows is not { } originFlows)
        {
            return new(link, [], [new TrafficProblem("select-link analysis needs the per-origin flows of Algorithm B (AssignmentOptions.KeepOriginFlows)")]);
        }

        if ((uint)link >= network.LinkCount)
        {
            return new(link, [], [new TrafficProblem(string.Create(CultureInfo.InvariantCulture, $"link {link + 1} is not in the network (1..{network.LinkCount})"))]);
        }

        var pairs = new List<SelectedPair>();
        var marked = new double[network.NodeCount];
        for (var origin = 0; origin < originFlows.Length; origin++)
        {
            if (originFlows[origin] is { } flow && flow[link] > 0)
            {
                Follow(network, origin, flow, link, marked);
                var trips = demand.Row(origin);
                for (var d = 0; d < trips.Length; d++)
                {
                    var selected = trips[d] * marked[d];
                    if (selected >= minimumTrips)
                    {
                        pairs.Add(new SelectedPair(origin, d, selected));
                    }
                }
            }
        }

        return new(link, [.. pairs.OrderByDescending(p => p.Trips)], []);
    }

    /// <summary>Share of each node's arriving flow (of this origin) that used the selected link.</summary>
    private static void Follow(TrafficNetwork network, int origin, double[] flow, int selected, double[] share)
    {
        var order = TopologicalOrder(network, origin, flow);
        Array.Clear(share);
        foreach (var node in order)
        {
            if (node == origin)
            {
                continue;
            }

            var (arriving, marked) = (0.0, 0.0);
            for (var k = network.InStart[node]; k < network.InStart[node + 1]; k++)
            {
                var link = network.InLinks[k];
                var x = flow[link];
                if (x > 0)
                {
                    arriving += x;
                    marked += link == selected ? x : x * share[network.From[link]];
                }
            }

            share[node] = arriving > 0 ? marked / arriving : 0;
        }
    }

    /// <summary>Kahn's order over the links with flow of this origin (acyclic: they lie in its bush).</summary>
    private static List<int> TopologicalOrder(TrafficNetwork network, int origin, double[] flow)
    {
        var pending = new int[network.NodeCount];
        for (var a = 0; a < flow.Length; a++)
        {
            if (flow[a] > 0)
            {
                pending[network.To[a]]++;
            }
        }

        var order = new List<int> { origin };
        for (var i = 0; i < order.Count; i++)
        {
            var node = order[i];
            for (var k = network.OutStart[node]; k < network.OutStart[node + 1]; k++)
            {
                var link = network.OutLinks[k];
                if (flow[link] > 0 && --pending[network.To[link]] == 0)
                {
                    order.Add(network.To[link]);
                }
            }
        }

        return order;
    }
}
