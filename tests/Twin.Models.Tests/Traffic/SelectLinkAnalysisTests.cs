using Twin.Models.Traffic;

namespace Twin.Models.Tests.Traffic;

public sealed class SelectLinkAnalysisTests
{
    [Fact]
    public void Run_BraessMiddleLink_OnlyPairOneTwoWithTwoTrips()
    {
        var (network, demand) = TrafficFiles.Read(TrafficFiles.BraessNet, TrafficFiles.BraessTrips);
        var result = TrafficFiles.Assign(network, demand, new AssignmentOptions { TargetRelativeGap = 1e-9 });

        var analysis = SelectLinkAnalysis.Run(network, demand, result, network.FindLink("3", "4"));

        var pair = Assert.Single(analysis.Pairs);
        Assert.Equal((0, 1), (pair.Origin, pair.Destination));
        Assert.Equal(2, pair.Trips, 1e-3);
    }

    [Theory]
    [InlineData("10", "15")]
    [InlineData("3", "4")]
    [InlineData("24", "21")]
    public void Run_SiouxFallsLink_PairTripsAddUpToTheLinkFlowAndStayWithinTheirDemand(string from, string to)
    {
        var (network, demand) = TrafficFiles.Read(TrafficFiles.SiouxFallsNet, TrafficFiles.SiouxFallsTrips);
        var result = TrafficFiles.Assign(network, demand, new AssignmentOptions { TargetRelativeGap = 1e-8 });
        var link = network.FindLink(from, to);

        var analysis = SelectLinkAnalysis.Run(network, demand, result, link);

        Assert.Empty(analysis.Problems);
        Assert.Equal(result.Flow[link], analysis.Trips, 1e-6 * result.Flow[link]);
        Assert.All(analysis.Pairs, p => Assert.InRange(p.Trips, 0, demand[p.Origin, p.Destination] * (1 + 1e-9)));
        Assert.Contains(analysis.Pairs, p => p.Origin == int.Parse(from, System.Globalization.CultureInfo.InvariantCulture) - 1);
    }

    [Fact]
    public void Run_FrankWolfeResult_SaysItNeedsOriginFlows()
    {
        var (network, demand) = TrafficFiles.Read(TrafficFiles.BraessNet, TrafficFiles.BraessTrips);
        var result = TrafficFiles.Assign(network, demand, new AssignmentOptions { Method = AssignmentMethod.FrankWolfe });

        var analysis = SelectLinkAnalysis.Run(network, demand, result, 0);

        Assert.Empty(analysis.Pairs);
        Assert.Contains("per-origin flows of Algorithm B", Assert.Single(analysis.Problems).Message, StringComparison.Ordinal);
    }
}
