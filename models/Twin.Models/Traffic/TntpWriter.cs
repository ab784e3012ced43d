using System.Globalization;

namespace Twin.Models.Traffic;

/// <summary>
/// Writes TNTP files: assignment results as <c>_flow</c> (From, To, Volume, Cost; round-trip
/// precision), and a network and its demand as <c>_net</c> and <c>_trips</c>, so that the city's
/// network can be run by other TNTP tools (a partner's model, another solver) and read back here.
/// Nodes are numbered by index from 1 (TNTP has numbers, not names; zones come first).
/// </summary>
public static class TntpWriter
{
    public static void WriteNetwork(string path, TrafficNetwork network) => ToFile(path, writer => WriteNetwork(writer, network));

    /// <summary>Every metadata tag the reader honours, then one line per link in network order.</summary>
    public static void WriteNetwork(TextWriter writer, TrafficNetwork network)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(network);
        var weights = network.Options.CostWeights;
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"""
            <NUMBER OF ZONES> {network.ZoneCount}
            <NUMBER OF NODES> {network.NodeCount}
            <FIRST THRU NODE> {network.FirstThroughNode + 1}
            <NUMBER OF LINKS> {network.LinkCount}
            <TOLL FACTOR> {weights.TollFactor:R}
            <DISTANCE FACTOR> {weights.DistanceFactor:R}
            <END OF METADATA>


            ~ 	init_node 	term_node 	capacity 	length 	free_flow_time 	b 	power 	speed 	toll 	link_type 	;

            """));
        foreach (var link in network.Links)
        {
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"\t{link.From + 1} \t{link.To + 1} \t{link.Capacity:R} \t{link.Length:R} \t{link.FreeFlowTime:R} \t{link.Alpha:R} \t{link.Beta:R} \t{link.Speed:R} \t{link.Toll:R} \t{link.LinkType} \t;\n"));
        }
    }

    public static void WriteTrips(string path, OdMatrix demand) => ToFile(path, writer => WriteTrips(writer, demand));

    /// <summary>Each origin with trips, its non-zero destinations five to a line.</summary>
    public static void WriteTrips(TextWriter writer, OdMatrix demand)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(demand);
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"<NUMBER OF ZONES> {demand.ZoneCount}\n<TOTAL OD FLOW> {demand.Total:R}\n<END OF METADATA>\n\n"));
        for (var origin = 0; origin < demand.ZoneCount; origin++)
        {
            if (!demand.HasTripsFrom(origin))
            {
                continue;
            }

            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\nOrigin \t{origin + 1}\n"));
            var row = demand.Row(origin);
            var onLine = 0;
            for (var destination = 0; destination < row.Length; destination++)
            {
                if (row[destination] > 0)
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{destination + 1,5} : {row[destination]:R};"));
                    if (++onLine == 5)
                    {
                        onLine = 0;
                        writer.Write('\n');
                    }
                }
            }

            writer.Write('\n');
        }
    }

    public static void WriteFlow(string path, TrafficNetwork network, AssignmentResult result) => ToFile(path, writer => WriteFlow(writer, network, result));

    /// <summary>One line per link in network order; the cost is the generalized cost at the final flows.</summary>
    public static void WriteFlow(TextWriter writer, TrafficNetwork network, AssignmentResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(result);
        if (result.LinkCount != network.LinkCount)
        {
            throw new ArgumentException("The result has no flows for this network (was the assignment refused?).", nameof(result));
        }

        writer.Write("From \tTo \tVolume \tCost \n");
        for (var a = 0; a < network.LinkCount; a++)
        {
            var link = network.Links[a];
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{network.NodeNames[link.From]} \t{network.NodeNames[link.To]} \t{result.Flow[a]:R} \t{result.Cost[a]:R} \n"));
        }
    }

    private static void ToFile(string path, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(path);
        write(writer);
    }
}
