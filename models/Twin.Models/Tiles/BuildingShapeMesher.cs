using System.Numerics;
using Twin.Models.City;

namespace Twin.Models.Tiles;

/// <summary>
/// Writes a building's LOD2 <see cref="BuildingShape"/> into a mesh: face by face, each face with its own
/// vertices, one flat normal (the area-weighted sum of its triangles', which the import winds
/// counter-clockwise seen from outside) and the colour of its surface type. Every vertex position comes from
/// the shape's one vertex through the same projection, so faces that share an edge in the shape share it
/// exactly here, and a closed shape stays closed.
/// </summary>
internal static class BuildingShapeMesher
{
    public static void Add(MeshBuffer mesh, BuildingShape shape, LocalProjection projection, SurfaceColors colors, int featureId)
    {
        var local = new Vector3[shape.VertexCount];
        for (var i = 0; i < local.Length; i++)
        {
            var (x, y, z) = shape.Vertex(i);
            local[i] = projection.ToLocal(x, y, z);
        }

        var triangles = shape.Triangles.AsSpan();
        var inFace = new Dictionary<int, int>();
        for (var face = 0; face < shape.FaceCount; face++)
        {
            var (start, end) = shape.FaceTriangles(face);
            var normal = Vector3.Zero;
            for (var t = start; t < end; t++)
            {
                var (a, b, c) = (local[triangles[3 * t]], local[triangles[(3 * t) + 1]], local[triangles[(3 * t) + 2]]);
                normal += Vector3.Cross(b - a, c - a);
            }

            // A face that rounding to millimetres or float32 flattened shows nothing; it has no direction to light.
            if (!(normal.LengthSquared() > 0) || !float.IsFinite(normal.LengthSquared()))
            {
                continue;
            }

            normal = Vector3.Normalize(normal);
            var color = colors.For(shape.Surfaces[start]);
            inFace.Clear();
            for (var t = start; t < end; t++)
            {
                mesh.AddTriangle(Vertex(triangles[3 * t]), Vertex(triangles[(3 * t) + 1]), Vertex(triangles[(3 * t) + 2]));
            }

            int Vertex(int index)
            {
                if (!inFace.TryGetValue(index, out var vertex))
                {
                    vertex = mesh.AddVertex(local[index], normal, color, featureId);
                    inFace.Add(index, vertex);
                }

                return vertex;
            }
        }
    }
}
