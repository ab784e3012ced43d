namespace Twin.Models.Demo;

/// <summary>The district's street graph while it is generated: nodes, edges, and each line's edges in order.</summary>
internal sealed class StreetNetwork(DistrictFrame frame)
{
    private readonly Dictionary<StreetLine, List<StreetEdge>> _edgesByLine = [];
    private int _nodeCount;
    private int _boundaryCount;

    public List<StreetNode> Nodes { get; } = [];

    public List<StreetEdge> Edges { get; } = [];

    public DistrictFrame Frame => frame;

    /// <summary>The edges of a line from low to high position, including missing ones.</summary>
    public IReadOnlyList<StreetEdge> EdgesOf(StreetLine line) => _edgesByLine.TryGetValue(line, out var edges) ? edges : [];

    public StreetNode AddNode(LocalPoint position, bool isBoundary = false)
    {
        var id = isBoundary ? $"{DemoDistrict.BoundaryNodePrefix}{++_boundaryCount:D4}" : $"{DemoDistrict.NodePrefix}{++_nodeCount:D6}";
        var node = new StreetNode { Index = Nodes.Count, Id = id, Position = position, Rd = frame.ToRd(position), IsBoundary = isBoundary };
        Nodes.Add(node);
        return node;
    }

    public void AddEdge(StreetEdge edge)
    {
        Edges.Add(edge);
        if (!_edgesByLine.TryGetValue(edge.Line, out var edges))
        {
            edges = [];
            _edgesByLine[edge.Line] = edges;
        }

        edges.Add(edge);
    }
}
