namespace Twin.Models.Tiles;

/// <summary>Everything a tile's glb holds before it is assembled: primitives with their tables, tree instances, issues.</summary>
internal sealed class TileScene
{
    public List<(MeshBuffer Mesh, FeatureTable Table)> Primitives { get; } = [];

    public FeatureTable? TreeTable { get; set; }

    public TreeInstances Trees { get; } = new();

    public List<TileIssue> Issues { get; } = [];

    public IEnumerable<FeatureTable> Tables =>
        Primitives.Select(p => p.Table).Concat(TreeTable is null ? [] : [TreeTable]);
}
