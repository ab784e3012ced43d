using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;

namespace Twin.Models.Tests.Import;

/// <summary>
/// Builds small CityJSON documents for tests from WKT footprints: LoD1 block solids (with or without
/// semantics), LoD0 footprints, BuildingParts, LoD2 solids from explicit faces and objects of other types. Vertices are stored as integers
/// with a millimetre transform, as CityJSON 1.1+ writers do.
/// </summary>
internal sealed class CityJsonText
{
    public const string Rd7415 = "https://www.opengis.net/def/crs/EPSG/0/7415";
    private const double Scale = 0.001;

    private readonly List<long[]> _vertices = [];
    private readonly JsonObject _objects = [];

    /// <summary>A Building with a LoD1 Solid: floor at the ground level, a flat roof, vertical walls.</summary>
    public CityJsonText Block(string key, string footprintWkt, double ground, double roof, object? attributes = null, bool semantics = true, string type = "Building")
    {
        _objects[key] = CityObject(type, attributes, Solid(footprintWkt, ground, roof, semantics));
        return this;
    }

    /// <summary>A Building with only a LoD0 MultiSurface footprint at height z.</summary>
    public CityJsonText Footprint(string key, string footprintWkt, double z, object? attributes = null)
    {
        var surface = new JsonArray(Ring(Shell(footprintWkt), z, reverse: false));
        var geometry = new JsonObject { ["type"] = "MultiSurface", ["lod"] = "0", ["boundaries"] = new JsonArray(surface) };
        _objects[key] = CityObject("Building", attributes, geometry);
        return this;
    }

    /// <summary>A Building without geometry of its own, for parts to belong to.</summary>
    public CityJsonText Parent(string key, object? attributes = null)
    {
        var building = CityObject("Building", attributes, new JsonObject());
        building["geometry"] = new JsonArray();
        _objects[key] = building;
        return this;
    }

    /// <summary>A BuildingPart block that belongs to an existing object.</summary>
    public CityJsonText Part(string parentKey, string key, string footprintWkt, double ground, double roof)
    {
        var part = CityObject("BuildingPart", null, Solid(footprintWkt, ground, roof, semantics: true));
        part["parents"] = new JsonArray(parentKey);
        _objects[key] = part;
        var parent = _objects[parentKey]!.AsObject();
        if (parent["children"] is not JsonArray children)
        {
            parent["children"] = children = [];
        }

        children.Add(key);
        return this;
    }

    /// <summary>
    /// Adds a LoD 2.2 Solid to an existing object: one face per entry, each a list of rings of (x, y, z) corners
    /// (outer ring first, counter-clockwise seen from outside) with its semantic type (null: no semantic).
    /// </summary>
    public CityJsonText Lod2Solid(string key, params (string? Type, (double X, double Y, double Z)[][] Rings)[] faces)
    {
        var types = faces.Select(f => f.Type).OfType<string>().Distinct().ToList();
        var boundaries = new JsonArray();
        var values = new JsonArray();
        foreach (var (type, rings) in faces)
        {
            boundaries.Add(new JsonArray([.. rings.Select(r => (JsonNode)new JsonArray([.. r.Select(c => (JsonNode)Vertex(new Coordinate(c.X, c.Y), c.Z))]))]));
            values.Add(type is null ? null : (JsonNode)types.IndexOf(type));
        }

        var solid = new JsonObject
        {
            ["type"] = "Solid",
            ["lod"] = "2.2",
            ["boundaries"] = new JsonArray(boundaries),
            ["semantics"] = new JsonObject
            {
                ["surfaces"] = new JsonArray([.. types.Select(t => (JsonNode)Semantic(t))]),
                ["values"] = new JsonArray(values),
            },
        };
        _objects[key]!["geometry"]!.AsArray().Add(solid);
        return this;
    }

    /// <summary>A SolitaryVegetationObject placed by a one-point MultiPoint.</summary>
    public CityJsonText Tree(string key, double x, double y, double z, object? attributes = null)
    {
        var geometry = new JsonObject { ["type"] = "MultiPoint", ["lod"] = "1", ["boundaries"] = new JsonArray(Vertex(new Coordinate(x, y), z)) };
        _objects[key] = CityObject("SolitaryVegetationObject", attributes, geometry);
        return this;
    }

    /// <summary>An object of any type with a LoD1 MultiSurface made of one flat surface.</summary>
    public CityJsonText Surface(string key, string type, string wkt, double z)
    {
        var geometry = new JsonObject { ["type"] = "MultiSurface", ["lod"] = "1", ["boundaries"] = new JsonArray(new JsonArray(Ring(Shell(wkt), z, reverse: false))) };
        _objects[key] = CityObject(type, null, geometry);
        return this;
    }

    public string Document(string? referenceSystem = Rd7415, string version = "2.0")
    {
        var metadata = new JsonObject();
        if (referenceSystem is not null)
        {
            metadata["referenceSystem"] = referenceSystem;
        }

        return new JsonObject
        {
            ["type"] = "CityJSON",
            ["version"] = version,
            ["transform"] = new JsonObject { ["scale"] = new JsonArray(Scale, Scale, Scale), ["translate"] = new JsonArray(0, 0, 0) },
            ["metadata"] = metadata,
            ["CityObjects"] = _objects.DeepClone(),
            ["vertices"] = new JsonArray([.. _vertices.Select(v => (JsonNode)new JsonArray(v[0], v[1], v[2]))]),
        }.ToJsonString();
    }

    private JsonObject Solid(string footprintWkt, double ground, double roof, bool semantics)
    {
        var shell = Shell(footprintWkt);
        var surfaces = new JsonArray(new JsonArray(Ring(shell, ground, reverse: true)), new JsonArray(Ring(shell, roof, reverse: false)));
        var values = new JsonArray(0, 1);
        for (var i = 0; i < shell.Length; i++)
        {
            var a = shell[i];
            var b = shell[(i + 1) % shell.Length];
            surfaces.Add(new JsonArray(new JsonArray(Vertex(a, ground), Vertex(b, ground), Vertex(b, roof), Vertex(a, roof))));
            values.Add(2);
        }

        var solid = new JsonObject { ["type"] = "Solid", ["lod"] = "1.2", ["boundaries"] = new JsonArray(surfaces) };
        if (semantics)
        {
            solid["semantics"] = new JsonObject
            {
                ["surfaces"] = new JsonArray(Semantic("GroundSurface"), Semantic("RoofSurface"), Semantic("WallSurface")),
                ["values"] = new JsonArray(values),
            };
        }

        return solid;
    }

    private static JsonObject Semantic(string type) => new() { ["type"] = type };

    private static JsonObject CityObject(string type, object? attributes, JsonObject geometry) => new()
    {
        ["type"] = type,
        ["attributes"] = attributes is null ? new JsonObject() : System.Text.Json.JsonSerializer.SerializeToNode(attributes),
        ["geometry"] = new JsonArray(geometry),
    };

    private JsonArray Ring(Coordinate[] shell, double z, bool reverse)
    {
        var ring = new JsonArray();
        foreach (var c in reverse ? shell.Reverse() : shell)
        {
            ring.Add(Vertex(c, z));
        }

        return ring;
    }

    private int Vertex(Coordinate c, double z)
    {
        _vertices.Add([(long)Math.Round(c.X / Scale), (long)Math.Round(c.Y / Scale), (long)Math.Round(z / Scale)]);
        return _vertices.Count - 1;
    }

    /// <summary>The exterior ring of a WKT polygon without its closing point, as CityJSON rings are stored.</summary>
    private static Coordinate[] Shell(string wkt)
    {
        var polygon = Wkt.Read<Polygon>(wkt);
        return polygon.ExteriorRing.Coordinates[..^1];
    }
}
