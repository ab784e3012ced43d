using System.Globalization;

namespace Twin.Models.Traffic;

/// <summary>Writes assignment results as a TNTP <c>_flow</c> file (From, To, Volume, Cost; round-trip precision).</summary>
public static class TntpWriter
{
    public static void WriteFlow(string path, TrafficNetwork network, AssignmentResult result)
    {
        using var writer = new StreamWriter(path);
        WriteFlow(writer, network, result);
    }

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
}
