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

    /// <summary>The tile's one property table.</summary>
    public JsonElement Table => Metadata.GetProperty("propertyTables")[0];

    public int Count => Table.GetProperty("count").GetInt32();

    /// <summary>The rows (feature ids) of one kind of feature.</summary>
    public int[] Rows(string kind)
    {
        var kinds = Column("kind");
        return [.. Enumerable.Range(0, kinds.Length).Where(i => kinds[i] == kind)];
    }

    /// <summary>A string property of every feature of one kind, in row order.</summary>
    public string[] Strings(string kind, string property)
    {
        var column = Column(property);
        return [.. Rows(kind).Select(i => column[i])];
    }

    /// <summary>A real property of every feature of one kind, in row order.</summary>
    public double[] Doubles(string kind, string property)
    {
        var values = View(Table.GetProperty("properties").GetProperty(property).GetProperty("values").GetInt32());
        return [.. Rows(kind).Select(i => BinaryPrimitives.ReadDoubleLittleEndian(values.AsSpan(8 * i)))];
    }

    private string[] Column(string property)
    {
        var definition = Table.GetProperty("properties").GetProperty(property);
        var values = View(definition.GetProperty("values").GetInt32());
        var offsets = View(definition.GetProperty("stringOffsets").GetInt32());
        var result = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            var start = BinaryPrimitives.ReadInt32LittleEndian(offsets.AsSpan(4 * i));
            var end = BinaryPrimitives.ReadInt32LittleEndian(offsets.AsSpan(4 * (i + 1)));
            result[i] = Encoding.UTF8.GetString(values, start, end - start);
        }

        return result;
    }

    public byte[] View(int index)
    {
        var view = Json.RootElement.GetProperty("bufferViews")[index];
        var offset = view.TryGetProperty("byteOffset", out var o) ? o.GetInt32() : 0;
        return Binary.AsSpan(offset, view.GetProperty("byteLength").GetInt32()).ToArray();
    }

    /// <summary>The mesh primitive whose features are of one kind.</summary>
    public MeshPrimitive Primitive(string kind)
    {
        var rows = Rows(kind).ToHashSet();
        foreach (var primitive in Model.LogicalMeshes.SelectMany(m => m.Primitives))
        {
            var features = primitive.GetVertexAccessor("_FEATURE_ID_0")?.AsScalarArray();
            if (features is { Count: > 0 } && rows.Contains((int)features[0]))
            {
                return primitive;
            }
        }

        throw new InvalidOperationException($"no primitive for kind {kind}");
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
