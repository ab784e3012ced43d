namespace Twin.Models.Traffic;

/// <summary>
/// One directed link of a <see cref="TrafficNetwork"/>, as read or built (the network keeps its
/// numbers in arrays; this record is for construction and reporting, not for hot loops).
/// Travel time follows the BPR function <c>t = FreeFlowTime * (1 + Alpha * (v / Capacity)^Beta)</c>.
/// </summary>
/// <param name="From">Index of the tail node (0-based).</param>
/// <param name="To">Index of the head node (0-based).</param>
/// <param name="Capacity">Vehicles per hour (per time period of the demand), greater than 0.</param>
/// <param name="Length">Length in the network's length unit (kilometres for networks built from the city).</param>
/// <param name="FreeFlowTime">Free-flow travel time in the network's time unit, greater than 0.</param>
/// <param name="Alpha">BPR alpha (TNTP <c>b</c>); 0.15 by default.</param>
/// <param name="Beta">BPR beta (TNTP <c>power</c>); 4 by default.</param>
/// <param name="Speed">Speed as given (TNTP <c>speed</c>, speed limit in km/h for the city); informative only.</param>
/// <param name="Toll">Toll, weighted by the network's toll factor in the generalized cost.</param>
/// <param name="LinkType">TNTP link type, or the road class for city networks (0 for centroid connectors).</param>
/// <param name="Name">A name for reports: the street segment id and direction, or the TNTP line.</param>
public sealed record TrafficLink(
    int From,
    int To,
    double Capacity,
    double Length,
    double FreeFlowTime,
    double Alpha = TrafficLink.DefaultAlpha,
    double Beta = TrafficLink.DefaultBeta,
    double Speed = 0,
    double Toll = 0,
    int LinkType = 1,
    string? Name = null)
{
    /// <summary>The traditional BPR alpha (Bureau of Public Roads, 1964).</summary>
    public const double DefaultAlpha = 0.15;

    /// <summary>The traditional BPR beta.</summary>
    public const double DefaultBeta = 4;
}
