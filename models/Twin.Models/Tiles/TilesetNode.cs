using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tiles;

/// <summary>
/// A tile of the tileset: its quadtree address, the RD New box and NAP heights that hold its content and all
/// its descendants' (content may reach beyond the tile), its geometric error, whether it has a glb, its children.
/// </summary>
public sealed record TilesetNode(
    TileAddress Address,
    RdEnvelope Bounds,
    HeightRange Heights,
    double GeometricError,
    bool HasContent,
    ImmutableArray<TilesetNode> Children)
{
    public IEnumerable<TilesetNode> DescendantsAndSelf() => Children.SelectMany(c => c.DescendantsAndSelf()).Prepend(this);
}
