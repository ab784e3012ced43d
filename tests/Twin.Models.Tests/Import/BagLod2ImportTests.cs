using System.Text.Json;
using Twin.Models.City;
using Twin.Models.Import;
using Twin.Models.Tests.City;
using Twin.Testing;

namespace Twin.Models.Tests.Import;

/// <summary>
/// The LoD 2.2 solids of real 3D BAG buildings (in their BuildingParts): expected counts and types are computed
/// from the JSON, the volume is the one 3D BAG publishes (b3_volume_lod22).
/// </summary>
public sealed class BagLod2ImportTests
{
    private const string SharedPath = "cityjson/flatcitybuf_3dbag_v20240420_delft_small.city.jsonl";
    private const string Fixture = "tests/Twin.Models.Tests/Fixtures/3dbag_delft_small.city.jsonl";

    private static readonly ImportOptions Options = new() { ReferenceYear = 2025 };

    [Fact]
    public void Import_3dBagFixture_ShapesHaveTheTrianglesAndTypesOfTheLod22Solids() => AssertShapesMatchSource(SharedData.RepositoryFile(Fixture));

    [Fact]
    public void Import_3dBagSequence_ShapesHaveTheTrianglesAndTypesOfTheLod22Solids() => AssertShapesMatchSource(SharedData.File(SharedPath));

    [Fact]
    public void Import_3dBagFixture_ShapesAreClosedWithThePublishedVolume()
    {
        var path = SharedData.RepositoryFile(Fixture);
        var published = Lod22Solids(path).ToDictionary(s => s.Id, s => s.Volume);

        var buildings = CityImporter.Import(path, Options).Entities.Buildings;

        Assert.Equal(published.Count, buildings.Length);
        Assert.All(buildings, b =>
        {
            ShapeChecks.AssertClosed(b.Shape!);
            var volume = ShapeChecks.SignedVolume(b.Shape!);
            Assert.True(volume > 0, $"{b.Id}: signed volume {volume} m³: the shape is inside out");
            Assert.Equal(published[b.Id], volume, published[b.Id] * 0.01);
        });
    }

    [Fact]
    public void Import_3dBagFixtureTwice_EqualBuildingsWithEqualShapes()
    {
        var path = SharedData.RepositoryFile(Fixture);

        var first = CityImporter.Import(path, Options).Entities.Buildings;
        var second = CityImporter.Import(path, Options).Entities.Buildings;

        Assert.Equal(first.Length, second.Length);
        for (var i = 0; i < first.Length; i++)
        {
            Assert.NotSame(first[i].Shape, second[i].Shape);
            Assert.Equal(first[i], second[i]);
            Assert.Equal(first[i].Shape!.GetHashCode(), second[i].Shape!.GetHashCode());
        }
    }

    [Fact]
    public void Import_3dBagFixture_NormalisedShapeOnTheMillimetreGridStaysValid()
    {
        var buildings = CityImporter.Import(SharedData.RepositoryFile(Fixture), Options).Entities.Buildings;

        Assert.All(buildings, b =>
        {
            var stored = CityPrecision.Normalize(b);
            Assert.Empty(CityValidation.Validate(stored));
            Assert.Equal(stored, CityPrecision.Normalize(stored));
            Assert.All(stored.Shape!.Vertices, v => Assert.Equal(Math.Round(v, 3), v));
        });
    }

    [Fact]
    public void Import_DelftLod1_NoShapesAndNoWarnings()
    {
        var result = CityImporter.Import(SharedData.RepositoryFile("tests/Twin.Models.Tests/Fixtures/delft_trimmed.city.json"), Options);

        Assert.NotEmpty(result.Entities.Buildings);
        Assert.All(result.Entities.Buildings, b => Assert.Null(b.Shape));
        Assert.Empty(result.Warnings);
    }

    private static void AssertShapesMatchSource(string path)
    {
        var solids = Lod22Solids(path);

        var result = CityImporter.Import(path, Options);

        Assert.Empty(result.Warnings);
        Assert.Equal(solids.Select(s => s.Id), result.Entities.Buildings.Select(b => b.Id));
        foreach (var solid in solids)
        {
            var shape = result.Entities.Buildings.Single(b => b.Id == solid.Id).Shape;
            Assert.NotNull(shape);
            Assert.Equal(solid.Faces, shape.FaceCount);
            Assert.Equal(solid.Triangles.Values.Sum(), shape.TriangleCount);
            Assert.Equal(solid.Triangles.OrderBy(t => t.Key), ShapeChecks.TrianglesBySurface(shape).OrderBy(t => t.Key));
            Assert.True(solid.Triangles[BuildingSurface.Roof] > 0 && solid.Triangles[BuildingSurface.Wall] > 0 && solid.Triangles[BuildingSurface.Ground] > 0);
        }
    }

    /// <summary>
    /// Per feature line: the main building's id, the face count of its parts' LoD 2.2 solids, the triangles each
    /// surface type should cut into (a face of n corners and h holes gives n + 2h - 2) and b3_volume_lod22.
    /// </summary>
    private static List<(string Id, int Faces, Dictionary<BuildingSurface, int> Triangles, double Volume)> Lod22Solids(string path) =>
        File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            var objects = document.RootElement.GetProperty("CityObjects");
            var id = document.RootElement.GetProperty("id").GetString()!;
            var (faces, triangles) = (0, new Dictionary<BuildingSurface, int>());
            foreach (var part in objects.EnumerateObject().Where(o => o.Value.GetProperty("type").GetString() == "BuildingPart"))
            {
                var solid = part.Value.GetProperty("geometry").EnumerateArray().Single(g => g.GetProperty("lod").GetString() == "2.2");
                var semantics = solid.GetProperty("semantics");
                var values = semantics.GetProperty("values")[0];
                var shell = solid.GetProperty("boundaries")[0];
                for (var f = 0; f < shell.GetArrayLength(); f++)
                {
                    var rings = shell[f];
                    var corners = rings.EnumerateArray().Sum(r => r.GetArrayLength());
                    var type = semantics.GetProperty("surfaces")[values[f].GetInt32()].GetProperty("type").GetString() switch
                    {
                        "RoofSurface" => BuildingSurface.Roof,
                        "GroundSurface" => BuildingSurface.Ground,
                        _ => BuildingSurface.Wall,
                    };
                    triangles[type] = triangles.GetValueOrDefault(type) + corners + (2 * (rings.GetArrayLength() - 1)) - 2;
                    faces++;
                }
            }

            var volume = objects.GetProperty(id).GetProperty("attributes").GetProperty("b3_volume_lod22").GetDouble();
            return (id, faces, triangles, volume);
        }).ToList();
}
