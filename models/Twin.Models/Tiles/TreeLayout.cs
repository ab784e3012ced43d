using System.Numerics;
using System.Text.Json;
using SharpGLTF.Schema2;

namespace Twin.Models.Tiles;

/// <summary>
/// The trees' binary layout: the unit trunk and crown meshes once, and per-instance TRANSLATION, ROTATION,
/// SCALE and _FEATURE_ID_0 (EXT_mesh_gpu_instancing); trunk and crown are two nodes sharing rotation and ids.
/// </summary>
internal sealed record TreeLayout(PrimitiveLayout Trunk, PrimitiveLayout Crown, int Count, int TrunkTranslations, int TrunkScales, int CrownTranslations, int CrownScales, int Rotations, int FeatureIds)
{
    public int VertexCount => Trunk.VertexCount + Crown.VertexCount;

    public static TreeLayout Append(GlbBinary binary, TreeInstances trees) => new(
        PrimitiveLayout.Append(binary, TreeShapes.Trunk(0), withFeatures: false),
        PrimitiveLayout.Append(binary, TreeShapes.Crown(0), withFeatures: false),
        trees.Count,
        binary.Append<Vector3>(trees.TrunkTranslations.ToArray()),
        binary.Append<Vector3>(trees.TrunkScales.ToArray()),
        binary.Append<Vector3>(trees.CrownTranslations.ToArray()),
        binary.Append<Vector3>(trees.CrownScales.ToArray()),
        binary.Append<Quaternion>(trees.Rotations.ToArray()),
        binary.Append<float>(trees.FeatureIds.ToArray()));

    public void Create(ModelRoot model, BufferView[] views, Scene scene, Material trunk, Material crown, Action<Utf8JsonWriter> featureIds)
    {
        var rotations = Instance(model, views[Rotations], DimensionType.VEC4);
        var ids = Instance(model, views[FeatureIds], DimensionType.SCALAR);
        AddNode(model, views, scene, "trunks", Trunk, trunk, views[TrunkTranslations], views[TrunkScales], rotations, ids, featureIds);
        AddNode(model, views, scene, "crowns", Crown, crown, views[CrownTranslations], views[CrownScales], rotations, ids, featureIds);
    }

    private void AddNode(ModelRoot model, BufferView[] views, Scene scene, string name, PrimitiveLayout layout, Material material, BufferView translations, BufferView scales, Accessor rotations, Accessor ids, Action<Utf8JsonWriter> featureIds)
    {
        var mesh = model.CreateMesh(name);
        layout.Create(model, views, mesh.CreatePrimitive(), material);
        var node = scene.CreateNode(name);
        node.Mesh = mesh;
        var instancing = node.UseGpuInstancing();
        instancing.SetAccessor("TRANSLATION", Instance(model, translations, DimensionType.VEC3));
        instancing.SetAccessor("ROTATION", rotations);
        instancing.SetAccessor("SCALE", Instance(model, scales, DimensionType.VEC3));
        instancing.SetAccessor("_FEATURE_ID_0", ids);
        node.SetExtension(new InstanceFeaturesExtension { Content = featureIds });
    }

    private Accessor Instance(ModelRoot model, BufferView view, DimensionType dimensions)
    {
        var accessor = model.CreateAccessor();
        accessor.SetData(view, 0, Count, new SharpGLTF.Memory.AttributeFormat(dimensions, EncodingType.FLOAT, false));
        return accessor;
    }
}
