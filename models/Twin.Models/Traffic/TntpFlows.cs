using System.Collections.Immutable;

namespace Twin.Models.Traffic;

/// <summary>The contents of a TNTP <c>_flow</c> file, in file order.</summary>
public sealed record TntpFlows(ImmutableArray<TntpFlow> Links)
{
    /// <summary>The flow on the link between two nodes, or null when the file has no such link.</summary>
    public TntpFlow? Find(string from, string to) =>
        Links.FirstOrDefault(l => l.From == from && l.To == to);
}
