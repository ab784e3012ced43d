using SharpGLTF.Schema2;

namespace Twin.Models.Tiles;

/// <summary>EXT_structural_metadata on the model: the schema and the property tables.</summary>
internal sealed class StructuralMetadataExtension : JsonExtension
{
    public const string Name = "EXT_structural_metadata";

    private static readonly Lock Registration = new();
    private static bool _registered;

    /// <summary>Registers the three extensions with SharpGLTF once per process.</summary>
    public static void EnsureRegistered()
    {
        lock (Registration)
        {
            if (_registered)
            {
                return;
            }

            ExtensionsFactory.RegisterExtension<MeshPrimitive, MeshFeaturesExtension>(MeshFeaturesExtension.Name, _ => new MeshFeaturesExtension());
            ExtensionsFactory.RegisterExtension<Node, InstanceFeaturesExtension>(InstanceFeaturesExtension.Name, _ => new InstanceFeaturesExtension());
            ExtensionsFactory.RegisterExtension<ModelRoot, StructuralMetadataExtension>(Name, _ => new StructuralMetadataExtension());
            _registered = true;
        }
    }
}
