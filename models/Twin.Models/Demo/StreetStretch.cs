namespace Twin.Models.Demo;

/// <summary>Consecutive edges of one line that carry one street name; trees and names are planned per stretch.</summary>
internal sealed class StreetStretch(StreetLine line, IReadOnlyList<StreetEdge> edges)
{
    public StreetLine Line => line;

    public IReadOnlyList<StreetEdge> Edges => edges;

    public string Name => edges[0].Name;

    public double Length => edges.Sum(e => e.Length);

    public LocalPoint Midpoint => LocalPoint.Lerp(edges[0].LowNode.Position, edges[^1].HighNode.Position, 0.5);
}
