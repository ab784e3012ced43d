namespace Twin.Models.Traffic;

/// <summary>
/// The BPR volume-delay function and its derivative and integral, with the usual integer powers
/// (1, 2, 4) computed without <see cref="Math.Pow(double, double)"/>.
/// </summary>
internal static class LinkCosts
{
    /// <summary>Travel time: t0 (1 + alpha (v/c)^beta).</summary>
    public static double Time(TrafficNetwork network, int link, double flow)
    {
        var ratio = flow / network.Capacity[link];
        return network.FreeFlowTime[link] * (1 + (network.Alpha[link] * Power(ratio, network.Beta[link])));
    }

    /// <summary>d t / d v: t0 alpha beta (v/c)^(beta-1) / c.</summary>
    public static double Derivative(TrafficNetwork network, int link, double flow)
    {
        var beta = network.Beta[link];
        if (beta == 0)
        {
            return 0;
        }

        var capacity = network.Capacity[link];
        var ratio = flow / capacity;
        return network.FreeFlowTime[link] * network.Alpha[link] * beta * Power(ratio, beta - 1) / capacity;
    }

    /// <summary>Integral of the travel time from 0 to the flow: t0 (v + alpha c (v/c)^(beta+1) / (beta+1)).</summary>
    public static double Integral(TrafficNetwork network, int link, double flow)
    {
        var capacity = network.Capacity[link];
        var beta = network.Beta[link];
        var ratio = flow / capacity;
        return network.FreeFlowTime[link] * (flow + (network.Alpha[link] * capacity * Power(ratio, beta + 1) / (beta + 1)));
    }

    /// <summary>Generalized cost: time plus the toll and distance part.</summary>
    public static double Cost(TrafficNetwork network, int link, double flow) => Time(network, link, flow) + network.FixedCost[link];

    private static double Power(double x, double power)
    {
        if (x <= 0)
        {
            return power == 0 ? 1 : 0;
        }

        return power switch
        {
            0 => 1,
            1 => x,
            2 => x * x,
            3 => x * x * x,
            4 => x * x * (x * x),
            5 => x * x * (x * x) * x,
            _ => Math.Pow(x, power),
        };
    }
}
