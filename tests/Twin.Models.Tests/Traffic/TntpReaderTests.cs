using Twin.Models.Traffic;
using Twin.Testing;

namespace Twin.Models.Tests.Traffic;

public sealed class TntpReaderTests
{
    private const string Link = "1\t2\t100\t1\t1\t0.15\t4\t0\t0\t1";

    [Fact]
    public void ReadNetwork_SiouxFalls_HasEveryLinkAndNode()
    {
        var network = TntpReader.ReadNetwork(SharedData.File(TrafficFiles.SiouxFallsNet)).Require();

        Assert.Equal(24, network.NodeCount);
        Assert.Equal(24, network.ZoneCount);
        Assert.Equal(76, network.LinkCount);
        Assert.Equal(0, network.FirstThroughNode);
        Assert.Equal(25900.20064, network.Links[0].Capacity, 1e-9);
    }

    [Fact]
    public void ReadTrips_SiouxFalls_TotalMatchesTheMetadata()
    {
        var trips = TntpReader.ReadTrips(SharedData.File(TrafficFiles.SiouxFallsTrips)).Require();

        Assert.Equal(360_600, trips.Total, 1e-6);
        Assert.Equal(100, trips[0, 1]);
        Assert.Equal(0, trips[0, 0]);
    }

    [Fact]
    public void ReadNetwork_MalformedLine_NamesTheFileLine()
    {
        var text = TrafficFiles.NetText(2, 2, 1, Link, "2\t1\tlots\t1\t1\t0.15\t4\t0\t0\t1");

        var result = TrafficFiles.Network(text);

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(9, problem.Line);
        Assert.Contains("test_net.tntp line 9", problem.Message, StringComparison.Ordinal);
        Assert.Contains("capacity 'lots'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadNetwork_MissingColumns_NamesTheFileLine()
    {
        var result = TrafficFiles.Network(TrafficFiles.NetText(2, 2, 1, "1\t2\t100\t1"));

        Assert.Contains("line 8: expected 10 columns", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2\t1\t0\t1\t1\t0.15\t4\t0\t0\t1", "capacity 0")]
    [InlineData("2\t1\t-5\t1\t1\t0.15\t4\t0\t0\t1", "capacity -5")]
    [InlineData("2\t1\t100\t1\t0\t0.15\t4\t0\t0\t1", "free-flow time 0")]
    public void ReadNetwork_BadCapacityOrTime_NamesTheLink(string line, string what)
    {
        var result = TrafficFiles.Network(TrafficFiles.NetText(2, 2, 1, Link, line));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Link);
        Assert.Contains("line 9: link 2 (2 -> 1): " + what, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadNetwork_NegativeTollMakesTheCostZeroOrLess_NamesTheLink()
    {
        var text = "<TOLL FACTOR> 2\n" + TrafficFiles.NetText(2, 2, 1, Link, "2\t1\t100\t1\t1\t0.15\t4\t0\t-0.5\t1");

        var result = TrafficFiles.Network(text);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Link);
        Assert.Contains("link 2 (2 -> 1): cost at free flow 0 (time 1 + toll factor 2 × toll -0.5", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadNetwork_LinkCountDiffersFromMetadata_SaysBoth()
    {
        var text = TrafficFiles.NetText(2, 2, 1, Link).Replace("<NUMBER OF LINKS> 1", "<NUMBER OF LINKS> 3", StringComparison.Ordinal);

        var result = TrafficFiles.Network(text);

        Assert.Contains("<NUMBER OF LINKS> is 3 but the file has 1 links", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadNetwork_NodeAboveNumberOfNodes_NamesTheLine()
    {
        var result = TrafficFiles.Network(TrafficFiles.NetText(2, 2, 1, "1\t7\t100\t1\t1\t0.15\t4\t0\t0\t1"));

        Assert.Contains("line 8: term_node '7' is not a node id in 1..2", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadNetwork_NoEndOfMetadata_IsAProblem()
    {
        var result = TrafficFiles.Network("<NUMBER OF ZONES> 1\n<NUMBER OF NODES> 1\n");

        Assert.Contains(result.Problems, p => p.Message.Contains("no <END OF METADATA>", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadNetwork_TollAndDistanceFactors_WeightTheCost()
    {
        var text = "<TOLL FACTOR> 2\n<DISTANCE FACTOR> 0.5\n" + TrafficFiles.NetText(2, 2, 1, "1\t2\t100\t4\t10\t0.15\t4\t0\t3\t1");
        var network = TrafficFiles.Network(text).Require();
        var demand = new OdMatrix(2) { [0, 1] = 1 };

        var result = TrafficFiles.Assign(network, demand, AssignmentOptions.Default);

        // time 10 (1 + 0.15 (1/100)^4) + 2 × toll 3 + 0.5 × length 4
        Assert.Equal(10 * (1 + (0.15 * Math.Pow(0.01, 4))) + 6 + 2, result.Cost[0], 1e-12);
        Assert.Equal(10 * (1 + (0.15 * Math.Pow(0.01, 4))), result.Time[0], 1e-12);
    }

    [Fact]
    public void ReadTrips_TotalDiffersFromMetadata_SaysBoth()
    {
        var result = TrafficFiles.Trips("<NUMBER OF ZONES> 2\n<TOTAL OD FLOW> 10.0\n<END OF METADATA>\nOrigin 1\n 1 : 0.0; 2 : 6.0;\n");

        Assert.Contains("<TOTAL OD FLOW> is 10 but the trips add up to 6", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTrips_MalformedEntry_NamesTheFileLine()
    {
        var result = TrafficFiles.Trips("<NUMBER OF ZONES> 2\n<TOTAL OD FLOW> 6.0\n<END OF METADATA>\n~ comment\nOrigin 1\n 1 : 0.0; 2 6.0;\n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(6, problem.Line);
        Assert.Contains("test_trips.tntp line 6: expected 'destination : trips;', found '2 6.0'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTrips_ZoneOutsideRange_NamesTheFileLine()
    {
        var result = TrafficFiles.Trips("<NUMBER OF ZONES> 2\n<END OF METADATA>\nOrigin 3\n 1 : 1.0;\n");

        Assert.Contains("line 3: origin '3' is not a node id in 1..2", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }
}
