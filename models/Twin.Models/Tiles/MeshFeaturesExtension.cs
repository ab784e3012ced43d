namespace Twin.Models.Tiles;

/// <summary>EXT_mesh_features on a mesh primitive: its feature id attribute and property table.</summary>
internal sealed class MeshFeaturesExtension : JsonExtension
{
    public const string Name = "EXT_mesh_features";
}
