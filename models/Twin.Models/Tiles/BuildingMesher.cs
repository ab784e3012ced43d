using System.Numerics;
using NetTopologySuite.Geometries;
using NetTopologySuite.Triangulate.Polygon;
using Twin.Models.City;

namespace Twin.Models.Tiles;

/// <summary>
/// Extrudes a prepared footprint into a closed LOD1 solid: walls (one quad per ring edge, its own four
/// vertices and a flat outward normal), a roof at <see cref="Building.RoofHeight"/> and a floor at
/// <see cref="Building.GroundLevel"/>, all counter-clockwise seen from outside. Roof and floor share the
/// ring corners' positions with the walls (same doubles in, same floats out), so every directed edge of the
/// solid has its opposite.
/// </summary>
internal static class BuildingMesher
{
    /// <summary>Adds the part's solid; <c>wallColor</c>, when given, colours the wall between two ring corners (RD New), else every face gets <c>color</c>.</summary>
    public static void Add(MeshBuffer mesh, Polygon part, Building building, LocalProjection projection, uint color, int featureId, Func<Coordinate, Coordinate, uint>? wallColor = null)
    {
        var corners = new Dictionary<(double, double), (Vector3 Bottom, Vector3 Top)>();
        (Vector3 Bottom, Vector3 Top) Corner(Coordinate c)
        {
            if (!corners.TryGetValue((c.X, c.Y), out var corner))
            {
                corner = (projection.ToLocal(c.X, c.Y, building.GroundLevel), projection.ToLocal(c.X, c.Y, building.RoofHeight));
                corners.Add((c.X, c.Y), corner);
            }

            return corner;
        }

        wallColor ??= (_, _) => color;
        AddWalls(mesh, part.Shell, Corner, wallColor, featureId);
        foreach (var hole in part.Holes)
        {
            AddWalls(mesh, hole, Corner, wallColor, featureId);
        }

        AddCaps(mesh, part, Corner, color, featureId);
    }

    private static void AddWalls(MeshBuffer mesh, LinearRing ring, Func<Coordinate, (Vector3 Bottom, Vector3 Top)> corner, Func<Coordinate, Coordinate, uint> wallColor, int featureId)
    {
        var coordinates = ring.Coordinates;
        for (var i = 0; i + 1 < coordinates.Length; i++)
        {
            var a = corner(coordinates[i]);
            var b = corner(coordinates[i + 1]);
            var color = wallColor(coordinates[i], coordinates[i + 1]);
            var edge = b.Bottom - a.Bottom;
            var up = a.Top - a.Bottom;
            var normal = Vector3.Normalize(Vector3.Cross(edge, up));
            var v0 = mesh.AddVertex(a.Bottom, normal, color, featureId);
            var v1 = mesh.AddVertex(b.Bottom, normal, color, featureId);
            var v2 = mesh.AddVertex(b.Top, normal, color, featureId);
            var v3 = mesh.AddVertex(a.Top, normal, color, featureId);
            mesh.AddTriangle(v0, v1, v2);
            mesh.AddTriangle(v0, v2, v3);
        }
    }

    private static void AddCaps(MeshBuffer mesh, Polygon part, Func<Coordinate, (Vector3 Bottom, Vector3 Top)> corner, uint color, int featureId)
    {
        var triangles = PolygonTriangulator.Triangulate(part);
        var roofIndex = new Dictionary<(double, double), (int Roof, int Floor)>();
        var up = Vector3.Normalize(corner(part.Shell.Coordinates[0]).Top - corner(part.Shell.Coordinates[0]).Bottom);
        for (var t = 0; t < triangles.NumGeometries; t++)
        {
            var c = triangles.GetGeometryN(t).Coordinates;
            if (c.Length < 3)
            {
                continue;
            }

            var (a, b, d) = (Index(c[0]), Index(c[1]), Index(c[2]));
            var counterClockwise = ((c[1].X - c[0].X) * (c[2].Y - c[0].Y)) - ((c[2].X - c[0].X) * (c[1].Y - c[0].Y)) > 0;
            if (counterClockwise)
            {
                mesh.AddTriangle(a.Roof, b.Roof, d.Roof);
                mesh.AddTriangle(a.Floor, d.Floor, b.Floor);
            }
            else
            {
                mesh.AddTriangle(a.Roof, d.Roof, b.Roof);
                mesh.AddTriangle(a.Floor, b.Floor, d.Floor);
            }
        }

        (int Roof, int Floor) Index(Coordinate c)
        {
            if (!roofIndex.TryGetValue((c.X, c.Y), out var index))
            {
                var (bottom, top) = corner(c);
                index = (mesh.AddVertex(top, up, color, featureId), mesh.AddVertex(bottom, -up, color, featureId));
                roofIndex.Add((c.X, c.Y), index);
            }

            return index;
        }

    }
}
