namespace Twin.Models.Tiles;

/// <summary>What a buffer view holds: vertex attributes, indices, or other data (instances, metadata).</summary>
internal enum BinaryTarget
{
    None = 0,
    Vertices = 1,
    Indices = 2,
}
