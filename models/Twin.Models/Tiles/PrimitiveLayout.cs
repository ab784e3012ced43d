using SharpGLTF.Schema2;

namespace Twin.Models.Tiles;

/// <summary>Where one primitive's attributes and indices sit in the binary, and how they become accessors.</summary>
internal sealed record PrimitiveLayout(int VertexCount, int IndexCount, int Positions, int Normals, int Colors, int FeatureIds, int Indices, bool ShortIndices)
{
    public static PrimitiveLayout Append(GlbBinary binary, MeshBuffer mesh, bool withFeatures)
    {
        var positions = binary.Append(mesh.Positions, BinaryTarget.Vertices);
        var normals = binary.Append(mesh.Normals, BinaryTarget.Vertices);
        var colors = withFeatures ? binary.Append(mesh.Colors, BinaryTarget.Vertices) : -1;
        var featureIds = withFeatures ? binary.Append(mesh.FeatureIds, BinaryTarget.Vertices) : -1;
        var shortIndices = mesh.VertexCount <= ushort.MaxValue;
        int indices;
        if (shortIndices)
        {
            var narrow = new ushort[mesh.IndexCount];
            for (var i = 0; i < narrow.Length; i++)
            {
                narrow[i] = (ushort)mesh.Indices[i];
            }

            indices = binary.Append<ushort>(narrow, BinaryTarget.Indices);
        }
        else
        {
            indices = binary.Append(mesh.Indices, BinaryTarget.Indices);
        }

        return new PrimitiveLayout(mesh.VertexCount, mesh.IndexCount, positions, normals, colors, featureIds, indices, shortIndices);
    }

    public MeshPrimitive Create(ModelRoot model, BufferView[] views, MeshPrimitive primitive, Material material)
    {
        primitive.SetVertexAccessor("POSITION", Vertex(model, views[Positions], DimensionType.VEC3, EncodingType.FLOAT, false));
        primitive.SetVertexAccessor("NORMAL", Vertex(model, views[Normals], DimensionType.VEC3, EncodingType.FLOAT, false));
        if (Colors >= 0)
        {
            primitive.SetVertexAccessor("COLOR_0", Vertex(model, views[Colors], DimensionType.VEC4, EncodingType.UNSIGNED_BYTE, true));
        }

        if (FeatureIds >= 0)
        {
            primitive.SetVertexAccessor("_FEATURE_ID_0", Vertex(model, views[FeatureIds], DimensionType.SCALAR, EncodingType.FLOAT, false));
        }

        var indices = model.CreateAccessor();
        indices.SetIndexData(views[Indices], 0, IndexCount, ShortIndices ? IndexEncodingType.UNSIGNED_SHORT : IndexEncodingType.UNSIGNED_INT);
        primitive.SetIndexAccessor(indices);
        primitive.DrawPrimitiveType = PrimitiveType.TRIANGLES;
        primitive.Material = material;
        return primitive;
    }

    private Accessor Vertex(ModelRoot model, BufferView view, DimensionType dimensions, EncodingType encoding, bool normalized)
    {
        var accessor = model.CreateAccessor();
        accessor.SetVertexData(view, 0, VertexCount, new SharpGLTF.Memory.AttributeFormat(dimensions, encoding, normalized));
        return accessor;
    }
}
