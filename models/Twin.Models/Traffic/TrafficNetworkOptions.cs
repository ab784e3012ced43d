namespace Twin.Models.Traffic;

/// <summary>How to read a node and link list as a traffic network.</summary>
public sealed record TrafficNetworkOptions
{
    /// <summary>Zones are the nodes 0 .. ZoneCount-1 (TNTP: node ids 1 .. &lt;NUMBER OF ZONES&gt;).</summary>
    public int ZoneCount { get; init; }

    /// <summary>
    /// 0-based index of the first node that traffic may pass through: no path passes through a node
    /// with a lower index (a zone centroid), though paths may start and end there. TNTP
    /// <c>&lt;FIRST THRU NODE&gt;</c> minus 1. 0 lets traffic pass through every node.
    /// </summary>
    public int FirstThroughNode { get; init; }

    public CostWeights CostWeights { get; init; } = CostWeights.TimeOnly;

    /// <summary>
    /// Hours per unit of link time, for vehicle-hours and speeds: 1/60 for minutes (the assumption for
    /// TNTP files, which do not state their unit, and the unit of networks built from the city).
    /// </summary>
    public double HoursPerTimeUnit { get; init; } = 1.0 / 60;
}
