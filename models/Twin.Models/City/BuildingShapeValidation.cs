using Twin.Models.Geo;

namespace Twin.Models.City;

/// <summary>
/// Whether a LOD2 shape's arrays fit together: x, y, z per vertex (finite, in the RD New domain, within the
/// heights <see cref="CityValidation"/> allows a building), three vertex indices per triangle, one surface type
/// per triangle and face starts that rise from 0. Only the first problem is named: the rest usually follow from it.
/// </summary>
internal static class BuildingShapeValidation
{
    public static string? Problem(BuildingShape shape) => VertexProblem(shape) ?? TriangleProblem(shape);

    private static string? VertexProblem(BuildingShape shape)
    {
        var vertices = shape.Vertices.AsSpan();
        var indices = shape.Triangles.AsSpan().Length;
        if (vertices.Length == 0 || vertices.Length % 3 != 0 || indices == 0 || indices % 3 != 0)
        {
            return $"needs x, y, z per vertex and three vertex indices per triangle ({vertices.Length} coordinates, {indices} indices)";
        }

        for (var i = 0; i < vertices.Length; i += 3)
        {
            var (x, y, z) = (vertices[i], vertices[i + 1], vertices[i + 2]);
            if (!double.IsFinite(x) || !double.IsFinite(y) || !double.IsFinite(z) || !RdNew.IsInDomain(new RdPoint(x, y)) || z < -50 || z > 700)
            {
                return $"vertex {i / 3} ({x:0.###} {y:0.###} {z:0.###}) is not finite, outside the RD New domain or outside -50..700 m NAP";
            }
        }

        return null;
    }

    private static string? TriangleProblem(BuildingShape shape)
    {
        foreach (var index in shape.Triangles.AsSpan())
        {
            if (index < 0 || index >= shape.VertexCount)
            {
                return $"a triangle uses vertex {index}; there are {shape.VertexCount}";
            }
        }

        var surfaces = shape.Surfaces.AsSpan();
        if (surfaces.Length != shape.TriangleCount || surfaces.ContainsAnyExcept([BuildingSurface.Ground, BuildingSurface.Wall, BuildingSurface.Roof]))
        {
            return $"needs one surface type (Ground, Wall, Roof) per triangle: {surfaces.Length} for {shape.TriangleCount} triangles";
        }

        var faces = shape.FaceStarts.AsSpan();
        for (var i = 0; i < faces.Length; i++)
        {
            if ((i == 0 && faces[i] != 0) || faces[i] >= shape.TriangleCount || (i > 0 && faces[i] <= faces[i - 1]))
            {
                return $"face starts must begin at 0 and rise below the triangle count {shape.TriangleCount}; face {i} starts at {faces[i]}";
            }
        }

        return faces.Length == 0 ? "has no faces" : null;
    }
}
