using Twin.Models.Traffic;

namespace Twin.Models.Tests.Traffic;

public sealed class TntpWriterTests
{
    [Fact]
    public void WriteFlow_ThenRead_GivesTheSameFlowsAndCosts()
    {
        var (network, demand) = TrafficFiles.Read(TrafficFiles.SiouxFallsNet, TrafficFiles.SiouxFallsTrips);
        var result = TrafficFiles.Assign(network, demand, AssignmentOptions.Default);
        var text = new StringWriter();

        TntpWriter.WriteFlow(text, network, result);
        var read = TntpReader.ReadFlow(new StringReader(text.ToString()), "out_flow.tntp").Require();

        Assert.Equal(network.LinkCount, read.Links.Length);
        for (var a = 0; a < network.LinkCount; a++)
        {
            var link = read.Links[a];
            Assert.Equal(a, network.FindLink(link.From, link.To));
            Assert.Equal(result.Flow[a], link.Volume);
            Assert.Equal(result.Cost[a], link.Cost);
        }
    }

    [Fact]
    public void ReadFlow_WrongColumnCount_NamesTheFileLine()
    {
        var result = TntpReader.ReadFlow(new StringReader("From \tTo \tVolume \tCost \n1 \t2 \t3.5\n"), "x_flow.tntp");

        Assert.Contains("x_flow.tntp line 2: expected 4 columns", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }
}
