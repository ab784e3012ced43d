namespace Twin.Models.Tiles;

/// <summary>EXT_instance_features on a node: the feature id of every GPU instance.</summary>
internal sealed class InstanceFeaturesExtension : JsonExtension
{
    public const string Name = "EXT_instance_features";
}
