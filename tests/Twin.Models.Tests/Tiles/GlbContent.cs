using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using System.Text.Json;
using SharpGLTF.Schema2;

namespace Twin.Models.Tests.Tiles;

/// <summary>A produced glb read back: SharpGLTF's model for geometry, the raw JSON chunk and BIN chunk for the metadata extensions.</summary>
internal sealed class GlbContent
{
    private GlbContent(ModelRoot model, JsonDocument json, byte[] binary)
    {
        (Model, Json, Binary) = (model, json, binary);
    }

    public ModelRoot Model { get; }

    public JsonDocument Json { get; }

    public byte[] Binary { get; }

    public JsonElement Metadata => Json.RootElement.GetProperty("extensions").GetProperty("EXT_structural_metadata");

    public static GlbContent Parse(byte[] glb)
    {
        var model = ModelRoot.ParseGLB(glb);
        var jsonLength = BinaryPrimitives.ReadInt32LittleEndian(glb.AsSpan(12));
        var json = JsonDocument.Parse(glb.AsMemory(20, jsonLength));
        var binStart = 20 + jsonLength;
        var binLength = BinaryPrimitives.ReadInt32LittleEndian(glb.AsSpan(binStart));
        return new GlbContent(model, json, glb.AsSpan(binStart + 8, binLength).ToArray());
    }

    /// <summary>The property table of a class, as its index in propertyTables and its JSON.</summary>
    public (int Index, JsonElement Table) Table(string className)
    {
        var tables = Metadata.GetProperty("propertyTables");
        for (var i = 0; i < tables.GetArrayLength(); i++)
        {
            if (tables[i].GetProperty("class").GetString() == className)
            {
                return (i, tables[i]);
            }
        }

        throw new InvalidOperationException($"no property table for class {className}");
    }

    public string[] Strings(string className, string property)
    {
        var (_, table) = Table(className);
        var count = table.GetProperty("count").GetInt32();
        var definition = table.GetProperty("properties").GetProperty(property);
        var values = View(definition.GetProperty("values").GetInt32());
        var offsets = View(definition.GetProperty("stringOffsets").GetInt32());
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            var start = BinaryPrimitives.ReadInt32LittleEndian(offsets.AsSpan(4 * i));
            var end = BinaryPrimitives.ReadInt32LittleEndian(offsets.AsSpan(4 * (i + 1)));
            result[i] = Encoding.UTF8.GetString(values, start, end - start);
        }

        return result;
    }

    public double[] Doubles(string className, string property)
    {
        var (_, table) = Table(className);
        var count = table.GetProperty("count").GetInt32();
        var values = View(table.GetProperty("properties").GetProperty(property).GetProperty("values").GetInt32());
        return Enumerable.Range(0, count).Select(i => BinaryPrimitives.ReadDoubleLittleEndian(values.AsSpan(8 * i))).ToArray();
    }

    public byte[] View(int index)
    {
        var view = Json.RootElement.GetProperty("bufferViews")[index];
        var offset = view.TryGetProperty("byteOffset", out var o) ? o.GetInt32() : 0;
        return Binary.AsSpan(offset, view.GetProperty("byteLength").GetInt32()).ToArray();
    }

    /// <summary>The mesh primitive whose EXT_mesh_features points at the class's property table.</summary>
    public MeshPrimitive Primitive(string className)
    {
        var (index, _) = Table(className);
        var meshes = Json.RootElement.GetProperty("meshes");
        for (var m = 0; m < meshes.GetArrayLength(); m++)
        {
            var primitives = meshes[m].GetProperty("primitives");
            for (var p = 0; p < primitives.GetArrayLength(); p++)
            {
                if (primitives[p].TryGetProperty("extensions", out var extensions)
                    && extensions.GetProperty("EXT_mesh_features").GetProperty("featureIds")[0].GetProperty("propertyTable").GetInt32() == index)
                {
                    return Model.LogicalMeshes[m].Primitives[p];
                }
            }
        }

        throw new InvalidOperationException($"no primitive for class {className}");
    }

    public static IEnumerable<(Vector3 A, Vector3 B, Vector3 C, int Feature)> Triangles(MeshPrimitive primitive)
    {
        var positions = primitive.GetVertexAccessor("POSITION").AsVector3Array();
        var features = primitive.GetVertexAccessor("_FEATURE_ID_0").AsScalarArray();
        foreach (var (a, b, c) in primitive.GetTriangleIndices())
        {
            yield return (positions[a], positions[b], positions[c], (int)features[a]);
        }
    }
}
