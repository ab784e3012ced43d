using System.Numerics;

namespace Twin.Models.Tiles;

/// <summary>Axis-aligned boxes with flat normals: sensor poles and heads.</summary>
internal static class MarkerMesher
{
    /// <summary>A box standing on <paramref name="bottom"/> (glTF axes: y up), half extents in metres.</summary>
    public static void AddBox(MeshBuffer mesh, Vector3 bottom, Vector3 halfSize, uint color, int featureId)
    {
        var min = bottom - new Vector3(halfSize.X, 0, halfSize.Z);
        var max = bottom + new Vector3(halfSize.X, 2 * halfSize.Y, halfSize.Z);
        Vector3 P(float x, float y, float z) => new(x, y, z);
        mesh.AddQuad(P(max.X, min.Y, min.Z), P(max.X, max.Y, min.Z), P(max.X, max.Y, max.Z), P(max.X, min.Y, max.Z), Vector3.UnitX, color, featureId);
        mesh.AddQuad(P(min.X, min.Y, min.Z), P(min.X, min.Y, max.Z), P(min.X, max.Y, max.Z), P(min.X, max.Y, min.Z), -Vector3.UnitX, color, featureId);
        mesh.AddQuad(P(min.X, max.Y, min.Z), P(min.X, max.Y, max.Z), P(max.X, max.Y, max.Z), P(max.X, max.Y, min.Z), Vector3.UnitY, color, featureId);
        mesh.AddQuad(P(min.X, min.Y, min.Z), P(max.X, min.Y, min.Z), P(max.X, min.Y, max.Z), P(min.X, min.Y, max.Z), -Vector3.UnitY, color, featureId);
        mesh.AddQuad(P(min.X, min.Y, max.Z), P(max.X, min.Y, max.Z), P(max.X, max.Y, max.Z), P(min.X, max.Y, max.Z), Vector3.UnitZ, color, featureId);
        mesh.AddQuad(P(min.X, min.Y, min.Z), P(min.X, max.Y, min.Z), P(max.X, max.Y, min.Z), P(max.X, min.Y, min.Z), -Vector3.UnitZ, color, featureId);
    }
}
