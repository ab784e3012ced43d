using System.Numerics;

namespace Twin.Models.Tiles;

/// <summary>
/// The vertices and triangles of one glTF primitive while it is built: position, normal, linear RGBA colour
/// and feature id per vertex, counter-clockwise triangles (seen from outside).
/// </summary>
internal sealed class MeshBuffer
{
    private Vector3[] _positions = new Vector3[256];
    private Vector3[] _normals = new Vector3[256];
    private uint[] _colors = new uint[256];
    private float[] _featureIds = new float[256];
    private uint[] _indices = new uint[512];

    public int VertexCount { get; private set; }

    public int IndexCount { get; private set; }

    public ReadOnlySpan<Vector3> Positions => _positions.AsSpan(0, VertexCount);

    public ReadOnlySpan<Vector3> Normals => _normals.AsSpan(0, VertexCount);

    public ReadOnlySpan<uint> Colors => _colors.AsSpan(0, VertexCount);

    public ReadOnlySpan<float> FeatureIds => _featureIds.AsSpan(0, VertexCount);

    public ReadOnlySpan<uint> Indices => _indices.AsSpan(0, IndexCount);

    public int AddVertex(Vector3 position, Vector3 normal, uint color, int featureId)
    {
        if (VertexCount == _positions.Length)
        {
            var size = _positions.Length * 2;
            Array.Resize(ref _positions, size);
            Array.Resize(ref _normals, size);
            Array.Resize(ref _colors, size);
            Array.Resize(ref _featureIds, size);
        }

        _positions[VertexCount] = position;
        _normals[VertexCount] = normal;
        _colors[VertexCount] = color;
        _featureIds[VertexCount] = featureId;
        return VertexCount++;
    }

    public void AddTriangle(int a, int b, int c)
    {
        if (IndexCount + 3 > _indices.Length)
        {
            Array.Resize(ref _indices, _indices.Length * 2);
        }

        _indices[IndexCount++] = (uint)a;
        _indices[IndexCount++] = (uint)b;
        _indices[IndexCount++] = (uint)c;
    }

    /// <summary>A flat quad (four new vertices) wound so that it faces along <paramref name="normal"/>.</summary>
    public void AddQuad(Vector3 p0, Vector3 p1, Vector3 p2, Vector3 p3, Vector3 normal, uint color, int featureId)
    {
        var a = AddVertex(p0, normal, color, featureId);
        var b = AddVertex(p1, normal, color, featureId);
        var c = AddVertex(p2, normal, color, featureId);
        var d = AddVertex(p3, normal, color, featureId);
        if (Vector3.Dot(Vector3.Cross(p1 - p0, p2 - p0), normal) >= 0)
        {
            AddTriangle(a, b, c);
            AddTriangle(a, c, d);
        }
        else
        {
            AddTriangle(a, c, b);
            AddTriangle(a, d, c);
        }
    }
}
