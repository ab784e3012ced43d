using Twin.Models.Geo;

namespace Twin.Models.Demo;

/// <summary>A node of the street network: an intersection, a split point, or a boundary node at the district's edge.</summary>
internal sealed class StreetNode
{
    public required int Index { get; init; }

    public required string Id { get; init; }

    public required LocalPoint Position { get; init; }

    public required RdPoint Rd { get; init; }

    public bool IsBoundary { get; init; }

    /// <summary>Whether a main road (arterial or collector) passes through the node.</summary>
    public bool IsOnMainRoad { get; set; }

    public int Degree { get; set; }
}
