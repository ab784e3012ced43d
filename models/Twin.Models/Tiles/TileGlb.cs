using System.Collections.Immutable;

namespace Twin.Models.Tiles;

/// <summary>
/// The glb of one tile: its bytes, how many features it holds (rows of all property tables, the ground
/// included), how many vertices its buffers store (instanced tree shapes counted once), and the features
/// that were repaired or skipped.
/// </summary>
public sealed record TileGlb(byte[] Bytes, int FeatureCount, int VertexCount)
{
    public ImmutableArray<TileIssue> Issues { get; init; } = [];

    public IEnumerable<TileIssue> Skipped => Issues.Where(i => i.Skipped);

    public IEnumerable<TileIssue> Repaired => Issues.Where(i => !i.Skipped);
}
