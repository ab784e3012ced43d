using System.Text.Json;
using Twin.Models.City;

namespace Twin.Models.Import;

/// <summary>
/// The LOD2 outer surfaces of a CityJSON Building as a <see cref="BuildingShape"/>: from the building's own
/// LoD 2.x surface or solid geometry (the highest 2.x when there are several), else from those of its
/// BuildingParts together (3D BAG keeps its LoD 2.2 solids in parts). The outer shell of a solid is used;
/// every face is triangulated with <see cref="FaceTriangulator"/>, keeping the CityJSON orientation
/// (counter-clockwise seen from outside). A face gets its type from the semantics (RoofSurface, WallSurface,
/// GroundSurface), else from which way it faces. A face that cannot be triangulated, or LoD2 geometry that
/// cannot be read, is left out with a warning; it never rejects the building, whose LOD1 block stays.
/// </summary>
internal static class CityJsonShape
{
    /// <summary>A face without a semantic type is a roof when its normal is within 60° of up, ground within 60° of down.</summary>
    public const double FlatNormal = 0.5;

    public static (BuildingShape? Shape, List<string> Warnings) Read(JsonElement building, JsonElement cityObjects, CityJsonVertices vertices)
    {
        var sources = new List<(string Owner, JsonElement Geometry)>();
        if (Lod2(CityJsonBuildingConverter.Geometries(building)) is { } own)
        {
            sources.Add(("the Building", own));
        }
        else
        {
            foreach (var (key, part) in CityJsonBuildingConverter.Parts(building, cityObjects))
            {
                if (Lod2(CityJsonBuildingConverter.Geometries(part)) is { } geometry)
                {
                    sources.Add(($"BuildingPart {key}", geometry));
                }
            }
        }

        var builder = new BuildingShapeBuilder();
        var warnings = new List<string>();
        foreach (var (owner, geometry) in sources)
        {
            var label = $"LoD {GeometryProjection.Format(CityJsonGeometry.Lod(geometry))} {CityJsonGeometry.Type(geometry)} of {owner}";
            try
            {
                var (faces, problems) = Faces(builder, geometry, vertices, label);
                faces.ForEach(f => builder.AddFace(f.Triangles, f.Surface));
                warnings.AddRange(problems);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException or IndexOutOfRangeException)
            {
                warnings.Add($"the {label} is malformed and was left out: {e.Message}");
            }
        }

        var shape = builder.Build();
        if (shape is null && sources.Count > 0)
        {
            warnings.Add("no LOD2 surface could be used: the building is shown as its LOD1 block");
        }

        return (shape, warnings);
    }

    /// <summary>The highest LoD 2.x surface or solid geometry, or null.</summary>
    private static JsonElement? Lod2(List<JsonElement> geometries)
    {
        var best = geometries
            .Where(g => g.ValueKind == JsonValueKind.Object && CityJsonGeometry.HasSurfaces(g) && CityJsonGeometry.Lod(g) is >= 2 and < 3)
            .OrderByDescending(CityJsonGeometry.Lod)
            .FirstOrDefault();
        return best.ValueKind == JsonValueKind.Object ? best : null;
    }

    /// <summary>The triangulated faces of one geometry and a warning per face left out; throws when the geometry is malformed.</summary>
    private static (List<(int[] Triangles, BuildingSurface Surface)> Faces, List<string> Warnings) Faces(
        BuildingShapeBuilder builder, JsonElement geometry, CityJsonVertices vertices, string label)
    {
        var faces = new List<(int[], BuildingSurface)>();
        var warnings = new List<string>();
        var index = 0;
        foreach (var surface in CityJsonGeometry.Surfaces(geometry))
        {
            var rings = Rings(surface.Rings, vertices, builder, out var problem);
            var face = rings is null ? FaceTriangles.Fail(problem!) : FaceTriangulator.Triangulate(rings, builder.Coordinates);
            if (face.Triangles is null)
            {
                warnings.Add($"surface {index} of the {label} was left out: it {face.Problem}");
            }
            else
            {
                faces.Add((face.Triangles, Classify(surface.SemanticType, face.Normal.Z)));
            }

            index++;
        }

        return (faces, warnings);
    }

    /// <summary>The rings of a surface as shape vertex indices, repeated corners dropped; null when a vertex index is unknown.</summary>
    private static List<int[]>? Rings(JsonElement rings, CityJsonVertices vertices, BuildingShapeBuilder builder, out string? problem)
    {
        problem = null;
        var result = new List<int[]>();
        foreach (var ring in rings.EnumerateArray())
        {
            var corners = new List<int>();
            foreach (var item in ring.EnumerateArray())
            {
                var source = item.GetInt32();
                if (!vertices.Contains(source))
                {
                    problem = $"uses vertex index {source}, which is not one of the {vertices.Count} vertices";
                    return null;
                }

                var corner = builder.Vertex(vertices.X(source), vertices.Y(source), vertices.Z(source));
                if (corners.Count == 0 || corners[^1] != corner)
                {
                    corners.Add(corner);
                }
            }

            while (corners.Count > 1 && corners[0] == corners[^1])
            {
                corners.RemoveAt(corners.Count - 1);
            }

            result.Add([.. corners]);
        }

        if (result.Count == 0)
        {
            problem = "has no rings";
            return null;
        }

        return result;
    }

    private static BuildingSurface Classify(string? semanticType, double normalZ) => semanticType switch
    {
        "RoofSurface" => BuildingSurface.Roof,
        "WallSurface" => BuildingSurface.Wall,
        "GroundSurface" => BuildingSurface.Ground,
        _ when normalZ >= FlatNormal => BuildingSurface.Roof,
        _ when normalZ <= -FlatNormal => BuildingSurface.Ground,
        _ => BuildingSurface.Wall,
    };
}
