using Twin.Models.Traffic;

namespace Twin.Models.Tests.Traffic;

/// <summary>
/// The Braess network, 6 trips from zone 1 to zone 2. With fft 1e-8 and b 1e9 (power 1) a link costs
/// 1e-8 + 10 x, so the costs are t13 = 10 x13, t14 = 50 + x14, t32 = 50 + x32, t34 = 10 + x34, t42 = 10 x42.
/// Routes: A = 1-3-2, B = 1-4-2, C = 1-3-4-2 with flows a, b, c (a + b + c = 6).
/// x13 = a + c, x42 = b + c, x14 = b, x32 = a, x34 = c.
/// Cost A = 10(a + c) + 50 + a, B = 50 + b + 10(b + c), C = 10(a + c) + 10 + c + 10(b + c).
/// By symmetry a = b; A = C gives 11a + 10c + 50 = 10a + 10a + 21c + 10, so 9a + 11c = 40; with
/// 2a + c = 6: c = 6 - 2a, 9a + 66 - 22a = 40, a = 2, c = 2. Every route carries 2 trips and costs
/// 92 (+ 2e-8 for the two nearly free links), so TSTT = 6 × 92 = 552.
/// </summary>
public sealed class BraessAssignmentTests
{
    [Theory]
    [InlineData(AssignmentMethod.AlgorithmB)]
    [InlineData(AssignmentMethod.FrankWolfe)]
    public void Run_BraessNetwork_EveryRouteCarriesTwoTrips(AssignmentMethod method)
    {
        var (network, demand) = TrafficFiles.Read(TrafficFiles.BraessNet, TrafficFiles.BraessTrips);

        var result = TrafficFiles.Assign(network, demand, new AssignmentOptions { Method = method, TargetRelativeGap = 1e-9, MaxIterations = 10_000 });

        Assert.True(result.Converged, $"gap {result.RelativeGap}");
        Assert.Equal(4, result.Flow[network.FindLink("1", "3")], 1e-3);
        Assert.Equal(2, result.Flow[network.FindLink("1", "4")], 1e-3);
        Assert.Equal(2, result.Flow[network.FindLink("3", "2")], 1e-3);
        Assert.Equal(2, result.Flow[network.FindLink("3", "4")], 1e-3);
        Assert.Equal(4, result.Flow[network.FindLink("4", "2")], 1e-3);
        Assert.Equal(552, result.TotalTravelTime, 1e-2);
    }
}
