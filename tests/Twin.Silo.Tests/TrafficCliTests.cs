using Twin.Cli;
using Twin.Models.Traffic;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary><c>twin traffic assign</c>: runs locally on TNTP files, no server involved.</summary>
public sealed class TrafficCliTests : IDisposable
{
    private const double SiouxFallsBeckmann = 4_231_335.287;

    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("twin-traffic-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public async Task TrafficAssign_SiouxFalls_WritesEquilibriumFlowsAndPrintsProgress()
    {
        var net = SharedData.File("traffic/SiouxFalls/SiouxFalls_net.tntp");
        var trips = SharedData.File("traffic/SiouxFalls/SiouxFalls_trips.tntp");
        var reference = TntpReader.ReadFlow(SharedData.File("traffic/SiouxFalls/SiouxFalls_flow.tntp")).Require();
        var output = Path.Combine(_temp.FullName, "SiouxFalls_flow.tntp");

        var run = await CliRun.RunAsync("traffic", "assign", "--net", net, "--trips", trips, "--gap", "1e-8", "--out", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("iteration     1  relative gap", run.Output, StringComparison.Ordinal);
        Assert.Contains("Converged: relative gap", run.Output, StringComparison.Ordinal);
        Assert.Contains("Beckmann          4,231,335.2", run.Output, StringComparison.Ordinal);
        Assert.Contains("TSTT              7,480,22", run.Output, StringComparison.Ordinal);
        var flows = TntpReader.ReadFlow(output).Require();
        Assert.Equal(reference.Links.Length, flows.Links.Length);
        foreach (var expected in reference.Links)
        {
            var actual = flows.Find(expected.From, expected.To)!;
            Assert.True(Math.Abs(actual.Volume - expected.Volume) <= 1e-3 * expected.Volume, $"{expected.From}->{expected.To}: {actual.Volume} vs {expected.Volume}");
        }

        var network = TntpReader.ReadNetwork(net).Require();
        var beckmann = Enumerable.Range(0, network.LinkCount).Sum(a => Integral(network.Links[a], flows.Find(network.NodeNames[network.Links[a].From], network.NodeNames[network.Links[a].To])!.Volume));
        Assert.Equal(1, beckmann / SiouxFallsBeckmann, 1e-6);
    }

    [Fact]
    public async Task TrafficAssign_MalformedNetworkLine_NamesTheLineAndFails()
    {
        var net = Path.Combine(_temp.FullName, "bad_net.tntp");
        var trips = Path.Combine(_temp.FullName, "bad_trips.tntp");
        await File.WriteAllTextAsync(net, "<NUMBER OF ZONES> 2\n<NUMBER OF NODES> 2\n<FIRST THRU NODE> 1\n<NUMBER OF LINKS> 1\n<END OF METADATA>\n1\t2\t0\t1\t1\t0.15\t4\t0\t0\t1\t;\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(trips, "<NUMBER OF ZONES> 2\n<END OF METADATA>\nOrigin 1\n 2 : 5.0;\n", TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync("traffic", "assign", "--net", net, "--trips", trips, "--out", Path.Combine(_temp.FullName, "out.tntp"));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("bad_net.tntp line 6: link 1 (1 -> 2): capacity 0 must be greater than 0", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp.FullName, "out.tntp")));
    }

    [Fact]
    public async Task TrafficAssign_UnknownMethod_IsAUsageError()
    {
        var run = await CliRun.RunAsync("traffic", "assign", "--net", "a", "--trips", "b", "--out", "c", "--method", "msa");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    /// <summary>The BPR integral, written out here rather than taken from the model.</summary>
    private static double Integral(TrafficLink link, double flow) =>
        link.FreeFlowTime * (flow + (link.Alpha * link.Capacity / (link.Beta + 1) * Math.Pow(flow / link.Capacity, link.Beta + 1)));
}
