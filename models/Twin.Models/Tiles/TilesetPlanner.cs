using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tiles;

/// <summary>
/// Plans the tileset's tree from the catalog's level-10 tile summaries: the index tiles with content are the
/// leaves; their ancestors at levels 9 and 8 carry merged, simplified content; ancestors above are empty and
/// lead up to the root, the smallest quadtree tile that holds everything. Errors follow
/// <see cref="TileDetail.ForLevel"/>, so they decrease strictly from the root to the leaves.
/// </summary>
public static class TilesetPlanner
{
    /// <summary>
    /// How far content reaches beyond the box of its entities (street ribbons half a width, tube radii), metres;
    /// tile bounds grow by this so bounding volumes hold the content.
    /// </summary>
    public const double ContentMargin = TileContentBuilder.ContentMargin;

    /// <summary>
    /// Extra metres above a leaf's summarised maximum. The summary puts trees and sensors on the tile's lowest
    /// ground, the glb on the estimated ground at the tree, which can be a few metres higher in a sloping tile.
    /// </summary>
    public const double StandingMargin = 5;

    public static TilesetNode? Plan(IEnumerable<TileSummary> indexTiles)
    {
        ArgumentNullException.ThrowIfNull(indexTiles);
        var level = TilingScheme.IndexLevel;
        var nodes = indexTiles
            .Where(s => s.Counts.Total > 0 && s.Key.Address.Level == level)
            .GroupBy(s => s.Key.Address)
            .Select(g => Leaf(g.Key, g.Last()))
            .OrderBy(n => n.Address.Y).ThenBy(n => n.Address.X)
            .ToList();
        if (nodes.Count == 0)
        {
            return null;
        }

        while (nodes.Count > 1)
        {
            level--;
            nodes = nodes
                .GroupBy(n => n.Address.AncestorAt(level))
                .Select(g => Parent(g.Key, [.. g]))
                .ToList();
        }

        return nodes[0];
    }

    private static TilesetNode Leaf(TileAddress address, TileSummary summary)
    {
        var bounds = TilingScheme.Bounds(address).Union(summary.Envelope.Expanded(ContentMargin));
        var heights = summary.Heights.IsEmpty ? new HeightRange(0, 0) : summary.Heights;
        heights = heights with { Max = heights.Max + StandingMargin };
        return new TilesetNode(address, bounds, heights, TileDetail.ForLevel(address.Level).GeometricError, true, []);
    }

    private static TilesetNode Parent(TileAddress address, ImmutableArray<TilesetNode> children)
    {
        var detail = TileDetail.ForLevel(address.Level);
        var bounds = children.Aggregate(TilingScheme.Bounds(address), (box, child) => box.Union(child.Bounds));
        var heights = children.Aggregate(HeightRange.Empty, (range, child) => range.Union(child.Heights));
        return new TilesetNode(address, bounds, heights, detail.GeometricError, detail.HasContent, children);
    }
}
