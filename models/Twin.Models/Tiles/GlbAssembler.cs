using System.Numerics;
using System.Text.Json;
using SharpGLTF.Schema2;

namespace Twin.Models.Tiles;

/// <summary>
/// Turns a <see cref="TileScene"/> into a glb with SharpGLTF's Schema2 API: one buffer that we lay out
/// ourselves (8-byte aligned views), one mesh with a primitive per feature class carrying EXT_mesh_features,
/// two instanced nodes for trees (EXT_mesh_gpu_instancing + EXT_instance_features), and the model's
/// EXT_structural_metadata (one class and one property table shared by every kind: CesiumJS picks through one table per content).
/// </summary>
internal static class GlbAssembler
{
    public const string SchemaId = "twin";

    public static TileGlb Assemble(TileScene scene)
    {
        StructuralMetadataExtension.EnsureRegistered();
        var binary = new GlbBinary();
        var layouts = scene.Primitives.Select(p => PrimitiveLayout.Append(binary, p.Mesh, withFeatures: true)).ToList();
        var trees = scene.TreeFeatureCount == 0 ? null : TreeLayout.Append(binary, scene.Trees);
        scene.Table.Encode(binary);

        var model = ModelRoot.CreateModel();
        model.Asset.Generator = "Twin (municipality of Hilversum)";
        var buffer = model.UseBuffer(binary.ToArray());
        var views = binary.Blocks
            .Select(b => model.UseBufferView(buffer, b.Offset, b.Length, 0, b.Target switch
            {
                BinaryTarget.Vertices => BufferMode.ARRAY_BUFFER,
                BinaryTarget.Indices => BufferMode.ELEMENT_ARRAY_BUFFER,
                _ => null,
            }))
            .ToArray();
        var scn = model.UseScene("tile");
        var vertexCount = 0;
        if (layouts.Count > 0)
        {
            var mesh = model.CreateMesh("content");
            var material = Material(model, "features", new Vector4(1, 1, 1, 1));
            for (var i = 0; i < layouts.Count; i++)
            {
                var primitive = layouts[i].Create(model, views, mesh.CreatePrimitive(), material);
                primitive.SetExtension(new MeshFeaturesExtension { Content = FeatureIds(scene.Primitives[i].FeatureCount) });
                vertexCount += scene.Primitives[i].Mesh.VertexCount;
            }

            scn.CreateNode("content").Mesh = mesh;
        }

        if (trees is not null)
        {
            trees.Create(model, views, scn, Material(model, "trunk", TilePalette.Trunk.ToLinearVector()), Material(model, "crown", TilePalette.Crown.ToLinearVector()), FeatureIds(scene.TreeFeatureCount));
            vertexCount += trees.VertexCount;
        }

        model.SetExtension(new StructuralMetadataExtension { Content = w => WriteMetadata(w, scene.Table) });
        var bytes = model.WriteGLB(new WriteSettings { Validation = SharpGLTF.Validation.ValidationMode.Skip, MergeBuffers = false }).ToArray();
        return new TileGlb(bytes, scene.Table.Count, vertexCount) { Issues = [.. scene.Issues] };
    }

    private static Material Material(ModelRoot model, string name, Vector4 color)
    {
        var material = model.CreateMaterial(name);
        material.InitializePBRMetallicRoughness();
        var baseColor = material.FindChannel("BaseColor")!.Value;
        baseColor.Color = color;
        var metallic = material.FindChannel("MetallicRoughness")!.Value;
        metallic.SetFactor("MetallicFactor", 0);
        metallic.SetFactor("RoughnessFactor", 0.9f);
        return material;
    }

    private static Action<Utf8JsonWriter> FeatureIds(int featureCount) => writer =>
    {
        writer.WriteStartArray("featureIds");
        writer.WriteStartObject();
        writer.WriteNumber("featureCount", featureCount);
        writer.WriteNumber("attribute", 0);
        writer.WriteNumber("propertyTable", 0);
        writer.WriteEndObject();
        writer.WriteEndArray();
    };

    private static void WriteMetadata(Utf8JsonWriter writer, FeatureTable table)
    {
        writer.WriteStartObject("schema");
        writer.WriteString("id", SchemaId);
        writer.WriteStartObject("classes");
        table.WriteClass(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("propertyTables");
        table.WriteTable(writer);
        writer.WriteEndArray();
    }
}
