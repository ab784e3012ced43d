namespace Twin.Models.Traffic;

/// <summary>
/// Reads the Transportation Networks for Research (TNTP) formats: <c>_net</c> (links),
/// <c>_trips</c> (OD matrix) and <c>_flow</c> (link flows). Honours every metadata tag: the counts
/// of zones, nodes and links and the total OD flow are checked against what the file holds,
/// <c>&lt;FIRST THRU NODE&gt;</c> stops paths passing through lower-numbered zones, and
/// <c>&lt;TOLL FACTOR&gt;</c> / <c>&lt;DISTANCE FACTOR&gt;</c> weight the generalized cost. Bad input gives
/// problems naming the file line (or the link), never an exception.
/// </summary>
public static class TntpReader
{
    private static readonly string[] _netColumns = ["init_node", "term_node", "capacity", "length", "free_flow_time", "b", "power", "speed", "toll", "link_type"];

    public static TrafficInput<TrafficNetwork> ReadNetwork(string path)
    {
        using var reader = File.OpenText(path);
        return ReadNetwork(reader, Path.GetFileName(path));
    }

    public static TrafficInput<TrafficNetwork> ReadNetwork(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = TntpText.Read(reader, fileName);
        if (text.Problems.Count > 0)
        {
            return new(text.Problems);
        }

        var zones = text.Integer("NUMBER OF ZONES", null);
        var nodes = text.Integer("NUMBER OF NODES", null);
        var firstThrough = text.Integer("FIRST THRU NODE", 1);
        var declaredLinks = text.Integer("NUMBER OF LINKS", null);
        var weights = new CostWeights(text.Number("TOLL FACTOR") ?? 0, text.Number("DISTANCE FACTOR") ?? 0);
        if (text.Problems.Count > 0)
        {
            return new TrafficInput<TrafficNetwork>(text.Problems);
        }

        var (links, lines) = ReadLinks(text, nodes);
        if (links.Count != declaredLinks && text.Problems.Count == 0)
        {
            text.Problems.Add(new TrafficProblem(TntpText.Invariant($"{fileName}: <NUMBER OF LINKS> is {declaredLinks} but the file has {links.Count} links")));
        }

        if (text.Problems.Count > 0)
        {
            return new TrafficInput<TrafficNetwork>(text.Problems);
        }

        var options = new TrafficNetworkOptions
        {
            ZoneCount = zones,
            FirstThroughNode = Math.Max(firstThrough - 1, 0),
            CostWeights = weights,
        };
        var names = Enumerable.Range(1, nodes).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var built = TrafficNetwork.Create(names, links, options);
        return built.Succeeded
            ? built
            : new TrafficInput<TrafficNetwork>(built.Problems.Select(p => p.Link is { } link ? text.At(lines[link], p.Message) with { Link = link } : p));
    }

    public static TrafficInput<OdMatrix> ReadTrips(string path)
    {
        using var reader = File.OpenText(path);
        return ReadTrips(reader, Path.GetFileName(path));
    }

    public static TrafficInput<OdMatrix> ReadTrips(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = TntpText.Read(reader, fileName);
        if (text.Problems.Count > 0)
        {
            return new(text.Problems);
        }

        var zones = text.Integer("NUMBER OF ZONES", null);
        var total = text.Number("TOTAL OD FLOW");
        if (text.Problems.Count > 0)
        {
            return new TrafficInput<OdMatrix>(text.Problems);
        }

        var matrix = new OdMatrix(zones);
        ReadOrigins(text, matrix);

        var read = matrix.Total;
        if (total is { } declared && text.Problems.Count == 0 && Math.Abs(read - declared) > Math.Max(0.01, 1e-4 * Math.Abs(declared)))
        {
            text.Problems.Add(new TrafficProblem(TntpText.Invariant($"{fileName}: <TOTAL OD FLOW> is {declared} but the trips add up to {read}")));
        }

        return text.Problems.Count > 0 ? new TrafficInput<OdMatrix>(text.Problems) : new TrafficInput<OdMatrix>(matrix);
    }

    public static TrafficInput<TntpFlows> ReadFlow(string path)
    {
        using var reader = File.OpenText(path);
        return ReadFlow(reader, Path.GetFileName(path));
    }

    /// <summary>Reads a <c>_flow</c> file: a From/To/Volume/Cost header, then one link per line.</summary>
    public static TrafficInput<TntpFlows> ReadFlow(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = TntpText.Read(reader, fileName, hasMetadata: false);
        var rows = new List<TntpFlow>();
        foreach (var (line, data) in text.Data)
        {
            var fields = TntpText.Fields(data);
            if (rows.Count == 0 && fields.Length > 0 && fields[0].Equals("From", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (fields.Length != 4)
            {
                text.Problems.Add(text.At(line, TntpText.Invariant($"expected 4 columns (from to volume cost), found {fields.Length}")));
                continue;
            }

            if (text.TryNumber(line, fields[2], "volume", out var volume) & text.TryNumber(line, fields[3], "cost", out var cost))
            {
                rows.Add(new TntpFlow(fields[0], fields[1], volume, cost));
            }
        }

        return text.Problems.Count > 0 ? new TrafficInput<TntpFlows>(text.Problems) : new TrafficInput<TntpFlows>(new TntpFlows([.. rows]));
    }

    private static (List<TrafficLink> Links, List<int> Lines) ReadLinks(TntpText text, int nodes)
    {
        var links = new List<TrafficLink>();
        var lines = new List<int>();
        foreach (var (line, data) in text.Data)
        {
            var fields = TntpText.Fields(data);
            if (fields.Length != _netColumns.Length)
            {
                text.Problems.Add(text.At(line, TntpText.Invariant($"expected {_netColumns.Length} columns ({string.Join(' ', _netColumns)}), found {fields.Length}")));
                continue;
            }

            var ok = text.TryNode(line, fields[0], "init_node", nodes, out var from) & text.TryNode(line, fields[1], "term_node", nodes, out var to);
            var values = new double[_netColumns.Length];
            for (var c = 2; c < _netColumns.Length; c++)
            {
                ok &= text.TryNumber(line, fields[c], _netColumns[c], out values[c]);
            }

            if (ok)
            {
                links.Add(new TrafficLink(from, to, values[2], values[3], values[4], values[5], values[6], values[7], values[8], (int)values[9]));
                lines.Add(line);
            }
        }

        return (links, lines);
    }

    private static void ReadOrigins(TntpText text, OdMatrix matrix)
    {
        var origin = -1;
        foreach (var (line, data) in text.Data)
        {
            if (data.StartsWith("Origin", StringComparison.OrdinalIgnoreCase))
            {
                var fields = TntpText.Fields(data);
                origin = fields.Length == 2 && text.TryNode(line, fields[1], "origin", matrix.ZoneCount, out var zone) ? zone : -2;
                if (fields.Length != 2)
                {
                    text.Problems.Add(text.At(line, "expected 'Origin <zone>'"));
                }

                continue;
            }

            ReadDestinations(text, line, data, origin, matrix);
        }
    }

    private static void ReadDestinations(TntpText text, int line, string data, int origin, OdMatrix matrix)
    {
        if (origin == -1)
        {
            text.Problems.Add(text.At(line, "trips before the first 'Origin' line"));
            return;
        }

        foreach (var entry in data.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                text.Problems.Add(text.At(line, $"expected 'destination : trips;', found '{entry}'"));
                continue;
            }

            if (text.TryNode(line, parts[0], "destination", matrix.ZoneCount, out var destination)
                & text.TryNumber(line, parts[1], "trips", out var trips) && origin >= 0)
            {
                if (trips < 0)
                {
                    text.Problems.Add(text.At(line, TntpText.Invariant($"trips {trips} to zone {destination + 1} are negative")));
                }

                matrix[origin, destination] += trips;
            }
        }
    }
}
