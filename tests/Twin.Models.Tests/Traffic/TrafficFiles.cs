using Twin.Models.Traffic;
using Twin.Testing;

namespace Twin.Models.Tests.Traffic;

/// <summary>The TNTP reference networks in ../shared/data/traffic, read once per run, and small inline networks.</summary>
internal static class TrafficFiles
{
    public const string SiouxFallsNet = "traffic/SiouxFalls/SiouxFalls_net.tntp";
    public const string SiouxFallsTrips = "traffic/SiouxFalls/SiouxFalls_trips.tntp";
    public const string SiouxFallsFlow = "traffic/SiouxFalls/SiouxFalls_flow.tntp";
    public const string BraessNet = "traffic/Braess-Example/Braess_net.tntp";
    public const string BraessTrips = "traffic/Braess-Example/Braess_trips.tntp";

    /// <summary>TSTT of the best-known Sioux Falls equilibrium (../shared/data/README.md).</summary>
    public const double SiouxFallsTotalTravelTime = 7_480_225.345;

    /// <summary>Beckmann objective of the best-known Sioux Falls equilibrium (../shared/data/README.md).</summary>
    public const double SiouxFallsBeckmann = 4_231_335.287;

    public static (TrafficNetwork Network, OdMatrix Demand) Read(string net, string trips) =>
        (TntpReader.ReadNetwork(SharedData.File(net)).Require(), TntpReader.ReadTrips(SharedData.File(trips)).Require());

    /// <summary>Runs an assignment, cancelled with the test.</summary>
    public static AssignmentResult Assign(TrafficNetwork network, OdMatrix demand, AssignmentOptions options, IProgress<AssignmentIteration>? progress = null) =>
        TrafficAssignment.Run(network, demand, options, progress, TestContext.Current.CancellationToken);

    public static TrafficInput<TrafficNetwork> Network(string text) => TntpReader.ReadNetwork(new StringReader(text), "test_net.tntp");

    public static TrafficInput<OdMatrix> Trips(string text) => TntpReader.ReadTrips(new StringReader(text), "test_trips.tntp");

    /// <summary>A TNTP network file with the given link lines (init term capacity length fft b power speed toll type).</summary>
    public static string NetText(int zones, int nodes, int firstThrough, params string[] links) =>
        $"<NUMBER OF ZONES> {zones}\n<NUMBER OF NODES> {nodes}\n<FIRST THRU NODE> {firstThrough}\n<NUMBER OF LINKS> {links.Length}\n<END OF METADATA>\n\n"
        + "~\tinit_node\tterm_node\tcapacity\tlength\tfree_flow_time\tb\tpower\tspeed\ttoll\tlink_type\t;\n"
        + string.Concat(links.Select(l => "\t" + l + "\t;\n"));
}
