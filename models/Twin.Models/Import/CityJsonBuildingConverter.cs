using System.Text.Json;
using NetTopologySuite.Geometries;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Import;

/// <summary>
/// A CityJSON Building, with its BuildingParts merged in, as one twin Building:
/// the footprint from <see cref="CityJsonFootprint"/> (the building's own geometry when it has surfaces,
/// else the union of its parts' footprints), ground level from b3_h_maaiveld or the lowest z, roof height
/// from b3_h_dak_70p or the highest z (the block top for LoD1), and the attributes of the building object.
/// </summary>
internal static class CityJsonBuildingConverter
{
    /// <summary>A geometry whose z range is smaller than this (m) gives no heights: it is a flat footprint.</summary>
    public const double MinVerticalExtent = 0.1;

    public const string HeightHint = "the geometry is flat (no solid) and there are no b3_h_maaiveld and b3_h_dak_70p attributes";

    public static FeatureOutcome<Building> Convert(string id, JsonElement building, JsonElement cityObjects, CityJsonVertices vertices, FeatureAttributes attributes)
    {
        var own = Geometries(building);
        var parts = Parts(building, cityObjects).Select(p => Geometries(p.Part)).ToList();
        var footprint = Footprint(own, parts, vertices);
        if (!footprint.IsOk)
        {
            return footprint.Cast<Building>();
        }

        var z = own.Concat(parts.SelectMany(p => p))
            .SelectMany(CityJsonGeometry.VertexIndices)
            .Where(vertices.Contains)
            .Select(vertices.Z)
            .ToList();
        var hasHeight = z.Count > 0 && z.Max() - z.Min() >= MinVerticalExtent;
        var ground = attributes.Number(AttributeNames.GroundLevel) ?? (hasHeight ? z.Min() : null);
        var roof = attributes.Number(AttributeNames.RoofHeight) ?? (hasHeight ? z.Max() : null);
        return BuildingFeatureMapper.Create(id, footprint.Value, ground, roof, attributes, HeightHint);
    }

    /// <summary>The building's id: 3D BAG "identificatie", else the 3dfier BAG number as a full BAG id, else the CityObject key.</summary>
    public static string Id(string key, FeatureAttributes attributes)
    {
        if (attributes.Text(AttributeNames.BagIdentification) is { } identification)
        {
            return identification;
        }

        if (attributes.Text(AttributeNames.BagPandNumber) is { } number)
        {
            if (number.Length <= 16 && number.All(char.IsAsciiDigit))
            {
                return "NL.IMBAG.Pand." + number.PadLeft(16, '0');
            }

            attributes.AddProblem($"identificatiebagpnd: '{number}' is not a BAG number (up to 16 digits)");
        }

        return key;
    }

    private static FeatureOutcome<RdPolygon> Footprint(List<JsonElement> own, List<List<JsonElement>> parts, CityJsonVertices vertices)
    {
        var sources = own.Any(CityJsonGeometry.HasSurfaces) ? [own] : parts;
        var surfaces = new List<Polygon>();
        foreach (var source in sources)
        {
            var part = CityJsonFootprint.Surfaces(source, vertices);
            if (!part.IsOk)
            {
                return part.Cast<RdPolygon>();
            }

            surfaces.AddRange(part.Value);
        }

        var union = FootprintUnion.Union(surfaces);
        if (!union.IsOk)
        {
            return union.Cast<RdPolygon>();
        }

        var inDomain = GeometryProjection.ToRd(union.Value, SourceCrs.RdNew);
        return inDomain.IsOk ? FeatureOutcome<RdPolygon>.Ok(RdGeometry.FromNts(union.Value)) : inDomain.Cast<RdPolygon>();
    }

    public static List<JsonElement> Geometries(JsonElement cityObject) =>
        cityObject.TryGetProperty("geometry", out var geometry) && geometry.ValueKind == JsonValueKind.Array
            ? [.. geometry.EnumerateArray()]
            : [];

    /// <summary>The BuildingParts among the object's children, and theirs, depth first, with their keys.</summary>
    public static IEnumerable<(string Key, JsonElement Part)> Parts(JsonElement cityObject, JsonElement cityObjects)
    {
        if (!cityObject.TryGetProperty("children", out var children) || children.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var child in children.EnumerateArray())
        {
            if (child.ValueKind == JsonValueKind.String
                && cityObjects.TryGetProperty(child.GetString()!, out var part)
                && CityJsonGeometry.Type(part) == "BuildingPart")
            {
                yield return (child.GetString()!, part);
                foreach (var nested in Parts(part, cityObjects))
                {
                    yield return nested;
                }
            }
        }
    }
}
