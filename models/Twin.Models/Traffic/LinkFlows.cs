using System.Runtime.CompilerServices;

namespace Twin.Models.Traffic;

/// <summary>Total link flows with their current costs and cost derivatives, kept in step.</summary>
internal sealed class LinkFlows
{
    private readonly TrafficNetwork _network;

    public LinkFlows(TrafficNetwork network)
    {
        _network = network;
        Flow = new double[network.LinkCount];
        Cost = new double[network.LinkCount];
        Derivative = new double[network.LinkCount];
        UpdateAll();
    }

    public double[] Flow { get; }

    public double[] Cost { get; }

    public double[] Derivative { get; }

    public void UpdateAll()
    {
        for (var a = 0; a < Flow.Length; a++)
        {
            Update(a);
        }
    }

    /// <summary>Adds flow to a link (negative to remove) and refreshes its cost and derivative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int link, double change)
    {
        var flow = Flow[link] + change;
        Flow[link] = flow > 0 ? flow : 0;
        Update(link);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Update(int link)
    {
        Cost[link] = LinkCosts.Cost(_network, link, Flow[link]);
        Derivative[link] = LinkCosts.Derivative(_network, link, Flow[link]);
    }

    /// <summary>Sum of flow × generalized cost.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double TotalCost()
    {
        var total = 0.0;
        for (var a = 0; a < Flow.Length; a++)
        {
            total += Flow[a] * Cost[a];
        }

        return total;
    }

    /// <summary>TSTT: sum of flow × travel time (without tolls and distance cost).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double TotalTravelTime()
    {
        var total = 0.0;
        for (var a = 0; a < Flow.Length; a++)
        {
            total += Flow[a] * (Cost[a] - _network.FixedCost[a]);
        }

        return total;
    }

    /// <summary>Beckmann objective on the generalized cost: sum of integrals of time, plus fixed cost × flow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Beckmann()
    {
        var total = 0.0;
        for (var a = 0; a < Flow.Length; a++)
        {
            total += LinkCosts.Integral(_network, a, Flow[a]) + (_network.FixedCost[a] * Flow[a]);
        }

        return total;
    }
}
