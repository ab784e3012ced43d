using Twin.Models.Traffic;
using Twin.Testing;

namespace Twin.Models.Tests.Traffic;

public sealed class SiouxFallsAssignmentTests
{
    private static readonly AssignmentOptions Tight = new() { TargetRelativeGap = 1e-8, MaxIterations = 500 };

    [Fact]
    public void AlgorithmB_GapOneInAHundredMillion_BeckmannMatchesTheReference()
    {
        var (network, demand) = TrafficFiles.Read(TrafficFiles.SiouxFallsNet, TrafficFiles.SiouxFallsTrips);

        var result = TrafficFiles.Assign(network, demand, Tight);

        Assert.True(result.Converged, $"gap {result.RelativeGap:E2} after {result.Iterations.Length} iterations ");
        Assert.Equal(1, result.Beckmann / TrafficFiles.SiouxFallsBeckmann, 1e-6);
        Assert.Equal(1, result.TotalTravelTime / TrafficFiles.SiouxFallsTotalTravelTime, 1e-6);
    }

    [Fact]
    public void AlgorithmB_OneThreadOrFour_SameFlowsToTheLastBit()
    {
        var (network, demand) = TrafficFiles.Read(TrafficFiles.SiouxFallsNet, TrafficFiles.SiouxFallsTrips);

        var single = TrafficFiles.Assign(network, demand, Tight with { MaxDegreeOfParallelism = 1 });
        var parallel = TrafficFiles.Assign(network, demand, Tight with { MaxDegreeOfParallelism = 4 });

        Assert.Equal(single.Iterations.Length, parallel.Iterations.Length);
        Assert.Equal(single.Flow, parallel.Flow);
        Assert.Equal(single.OriginFlows![0], parallel.OriginFlows![0]);
    }

    [Fact]
    public void AlgorithmB_GapOneInAHundredMillion_LinkFlowsMatchTheBestKnownSolution()
    {
        var (network, demand) = TrafficFiles.Read(TrafficFiles.SiouxFallsNet, TrafficFiles.SiouxFallsTrips);
        var reference = TntpReader.ReadFlow(SharedData.File(TrafficFiles.SiouxFallsFlow)).Require();

        var result = TrafficFiles.Assign(network, demand, Tight);

        Assert.Equal(network.LinkCount, reference.Links.Length);
        var compared = 0;
        foreach (var expected in reference.Links)
        {
            var link = network.FindLink(expected.From, expected.To);
            var strictlyIncreasing = network.Links[link].Alpha > 0 && network.Links[link].Beta > 0;
            if (expected.Volume > 100 && strictlyIncreasing)
            {
                Assert.True(Math.Abs(result.Flow[link] - expected.Volume) <= 1e-3 * expected.Volume, $"{network.Describe(link)}: {result.Flow[link]} vs {expected.Volume}");
                compared++;
            }
        }

        Assert.Equal(76, compared);
    }

    [Fact]
    public void FrankWolfe_SameProblem_AgreesWithAlgorithmB()
    {
        var (network, demand) = TrafficFiles.Read(TrafficFiles.SiouxFallsNet, TrafficFiles.SiouxFallsTrips);

        var frankWolfe = TrafficFiles.Assign(network, demand, new AssignmentOptions { Method = AssignmentMethod.FrankWolfe, TargetRelativeGap = 1e-5, MaxIterations = 5_000 });
        var algorithmB = TrafficFiles.Assign(network, demand, Tight);

        Assert.True(frankWolfe.Converged, $"Frank-Wolfe gap {frankWolfe.RelativeGap:E2}");
        Assert.Equal(1, frankWolfe.Beckmann / algorithmB.Beckmann, 1e-5);
        for (var a = 0; a < network.LinkCount; a++)
        {
            Assert.True(Math.Abs(frankWolfe.Flow[a] - algorithmB.Flow[a]) <= 0.02 * Math.Max(algorithmB.Flow[a], 1000), $"{network.Describe(a)}: FW {frankWolfe.Flow[a]} vs B {algorithmB.Flow[a]}");
        }
    }

    [Fact]
    public void Run_Progress_ReportsEveryIterationWithAFallingGap()
    {
        var (network, demand) = TrafficFiles.Read(TrafficFiles.SiouxFallsNet, TrafficFiles.SiouxFallsTrips);
        var reported = new List<AssignmentIteration>();

        var result = TrafficFiles.Assign(network, demand, Tight, new SynchronousProgress(reported.Add));

        Assert.Equal(result.Iterations, reported);
        Assert.True(reported[^1].RelativeGap < reported[0].RelativeGap / 1000);
        Assert.Equal(result.Beckmann, reported[^1].Beckmann, 1e-6);
    }

    [Fact]
    public void Run_IterationCap_StopsUnconverged()
    {
        var (network, demand) = TrafficFiles.Read(TrafficFiles.SiouxFallsNet, TrafficFiles.SiouxFallsTrips);

        var result = TrafficFiles.Assign(network, demand, new AssignmentOptions { Method = AssignmentMethod.FrankWolfe, TargetRelativeGap = 1e-10, MaxIterations = 3 });

        Assert.False(result.Converged);
        Assert.Equal(3, result.Iterations.Length);
        Assert.True(result.Succeeded);
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<AssignmentIteration> report) : IProgress<AssignmentIteration>
    {
        public void Report(AssignmentIteration value) => report(value);
    }
}
