namespace Twin.Models.Tiles;

/// <summary>Everything a tile's glb holds before it is assembled: primitives, the property table, tree instances, issues.</summary>
internal sealed class TileScene
{
    /// <summary>One primitive per kind, with the number of features (rows of <see cref="Table"/>) it shows.</summary>
    public List<(MeshBuffer Mesh, int FeatureCount)> Primitives { get; } = [];

    public FeatureTable Table { get; } = new();

    /// <summary>Features among the tree instances; 0 when there are none.</summary>
    public int TreeFeatureCount { get; set; }

    public TreeInstances Trees { get; } = new();

    public List<TileIssue> Issues { get; } = [];
}
