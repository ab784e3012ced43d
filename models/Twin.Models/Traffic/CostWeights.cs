namespace Twin.Models.Traffic;

/// <summary>
/// Weights of the generalized link cost: <c>cost = time + TollFactor * toll + DistanceFactor * length</c>
/// (TNTP <c>&lt;TOLL FACTOR&gt;</c> and <c>&lt;DISTANCE FACTOR&gt;</c>). Both 0 by default: cost is time.
/// </summary>
public sealed record CostWeights(double TollFactor = 0, double DistanceFactor = 0)
{
    public static CostWeights TimeOnly { get; } = new();
}
