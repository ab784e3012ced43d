using System.Numerics;

namespace Twin.Models.Tiles;

/// <summary>
/// The two unit meshes every tree instance scales: a trunk (eight-sided cylinder of radius 1 from y 0 to 1,
/// closed on top) and a crown (icosphere of radius 1 around the origin, 80 faces).
/// </summary>
internal static class TreeShapes
{
    public static MeshBuffer Trunk(uint color)
    {
        var mesh = new MeshBuffer();
        const int sides = 8;
        for (var k = 0; k < sides; k++)
        {
            var (a0, a1) = (2 * MathF.PI * k / sides, 2 * MathF.PI * (k + 1) / sides);
            var (p0, p1) = (new Vector3(MathF.Cos(a0), 0, MathF.Sin(a0)), new Vector3(MathF.Cos(a1), 0, MathF.Sin(a1)));
            var normal = Vector3.Normalize(p0 + p1);
            mesh.AddQuad(p0, p1, p1 + Vector3.UnitY, p0 + Vector3.UnitY, normal, color, 0);
        }

        var centre = mesh.AddVertex(Vector3.UnitY, Vector3.UnitY, color, 0);
        var rim = mesh.VertexCount;
        for (var k = 0; k < sides; k++)
        {
            var angle = 2 * MathF.PI * k / sides;
            mesh.AddVertex(new Vector3(MathF.Cos(angle), 1, MathF.Sin(angle)), Vector3.UnitY, color, 0);
        }

        for (var k = 0; k < sides; k++)
        {
            // Seen from above (y up, z south) increasing angle runs clockwise, so the fan goes the other way.
            mesh.AddTriangle(centre, rim + ((k + 1) % sides), rim + k);
        }

        return mesh;
    }

    public static MeshBuffer Crown(uint color)
    {
        var t = (1 + MathF.Sqrt(5)) / 2;
        var vertices = new List<Vector3>
        {
            new(-1, t, 0), new(1, t, 0), new(-1, -t, 0), new(1, -t, 0),
            new(0, -1, t), new(0, 1, t), new(0, -1, -t), new(0, 1, -t),
            new(t, 0, -1), new(t, 0, 1), new(-t, 0, -1), new(-t, 0, 1),
        };
        int[] faces =
        [
            0, 11, 5, 0, 5, 1, 0, 1, 7, 0, 7, 10, 0, 10, 11, 1, 5, 9, 5, 11, 4, 11, 10, 2, 10, 7, 6, 7, 1, 8,
            3, 9, 4, 3, 4, 2, 3, 2, 6, 3, 6, 8, 3, 8, 9, 4, 9, 5, 2, 4, 11, 6, 2, 10, 8, 6, 7, 9, 8, 1,
        ];
        var mesh = new MeshBuffer();
        for (var f = 0; f < faces.Length; f += 3)
        {
            var (a, b, c) = (vertices[faces[f]], vertices[faces[f + 1]], vertices[faces[f + 2]]);
            var (ab, bc, ca) = (Mid(a, b), Mid(b, c), Mid(c, a));
            AddFace(mesh, Vector3.Normalize(a), ab, ca, color);
            AddFace(mesh, Vector3.Normalize(b), bc, ab, color);
            AddFace(mesh, Vector3.Normalize(c), ca, bc, color);
            AddFace(mesh, ab, bc, ca, color);
        }

        return mesh;
    }

    private static Vector3 Mid(Vector3 a, Vector3 b) => Vector3.Normalize(Vector3.Normalize(a) + Vector3.Normalize(b));

    private static void AddFace(MeshBuffer mesh, Vector3 a, Vector3 b, Vector3 c, uint color)
    {
        var ia = mesh.AddVertex(a, a, color, 0);
        var ib = mesh.AddVertex(b, b, color, 0);
        var ic = mesh.AddVertex(c, c, color, 0);
        if (Vector3.Dot(Vector3.Cross(b - a, c - a), a + b + c) >= 0)
        {
            mesh.AddTriangle(ia, ib, ic);
        }
        else
        {
            mesh.AddTriangle(ia, ic, ib);
        }
    }
}
