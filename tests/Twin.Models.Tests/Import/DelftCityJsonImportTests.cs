using System.Text.Json;
using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Import;
using Twin.Testing;

namespace Twin.Models.Tests.Import;

/// <summary>
/// The real 3dfier Delft CityJSON (LoD1 blocks without floors): the full file from ../shared/data and
/// the trimmed copy committed as a fixture. Expected values are computed from the JSON itself.
/// </summary>
public sealed partial class DelftCityJsonImportTests
{
    private const string DelftPath = "cityjson/cjio_delft_3dfier_bgt_ahn.city.json";
    private const string TrimmedDelftFixture = "tests/Twin.Models.Tests/Fixtures/delft_trimmed.city.json";

    private static readonly ImportOptions Options = new() { ReferenceYear = 2025 };

    [Fact]
    public void Import_DelftCityJson_ImportsEveryBuildingAndCountsEveryObject()
    {
        var path = SharedData.File(DelftPath);
        var objects = ObjectTypes(path);

        var result = CityImporter.Import(path, Options);

        Assert.Null(result.FileError);
        Assert.Equal(160, objects.Count(o => o.Value == "Building"));
        Assert.Equal(objects.Count(o => o.Value == "Building"), result.Entities.Buildings.Length);
        Assert.Equal(objects.Count, result.FeatureCount);
        Assert.Equal(570, result.FeatureCount);
    }

    [Fact]
    public void Import_DelftCityJson_RejectsEveryOtherObjectAsUnsupportedType()
    {
        var path = SharedData.File(DelftPath);
        var others = ObjectTypes(path).Where(o => o.Value != "Building").Select(o => o.Key).ToHashSet();

        var result = CityImporter.Import(path, Options);

        Assert.Equal(410, others.Count);
        Assert.Equal(others.Count, result.Rejections.Length);
        Assert.All(result.Rejections, r => Assert.Equal(RejectionReason.UnsupportedType, r.Reason));
        Assert.Equal(others, result.Rejections.Select(r => r.FeatureId!).ToHashSet());
    }

    [Fact]
    public void Import_DelftCityJson_IdsAreSixteenDigitBagPandIds()
    {
        var result = CityImporter.Import(SharedData.File(DelftPath), Options);

        Assert.NotEmpty(result.Entities.Buildings);
        Assert.All(result.Entities.Buildings, b => Assert.Matches(BagPandId(), b.Id));
        Assert.Equal(result.Entities.Buildings.Length, result.Entities.Buildings.Select(b => b.Id).Distinct().Count());
    }

    [Fact]
    public void Import_DelftCityJson_HeightsAreTheSolidsZRange() => AssertHeightsAreZRange(SharedData.File(DelftPath));

    [Fact]
    public void Import_TrimmedDelftFixture_HeightsAreTheSolidsZRange() => AssertHeightsAreZRange(SharedData.RepositoryFile(TrimmedDelftFixture));

    [Fact]
    public void Import_DelftCityJson_FootprintsAreValidAndInsideTheExtent() => AssertFootprintsInsideExtent(SharedData.File(DelftPath));

    [Fact]
    public void Import_TrimmedDelftFixture_FootprintsAreValidAndInsideTheExtent() => AssertFootprintsInsideExtent(SharedData.RepositoryFile(TrimmedDelftFixture));

    [Fact]
    public void Import_DelftCityJson_FootprintAreaIsTheRoofArea() => AssertFootprintIsRoofArea(SharedData.File(DelftPath));

    [Fact]
    public void Import_TrimmedDelftFixture_FootprintAreaIsTheRoofArea() => AssertFootprintIsRoofArea(SharedData.RepositoryFile(TrimmedDelftFixture));

    [Fact]
    public void Import_TrimmedDelftFixture_OtherObjectsRejectedWithTheirReason()
    {
        var path = SharedData.RepositoryFile(TrimmedDelftFixture);
        var roads = ObjectTypes(path).Where(o => o.Value == "Road").Select(o => o.Key).ToHashSet();

        var result = CityImporter.Import(path, Options);

        var roadRejections = result.Rejections.Where(r => roads.Contains(r.FeatureId!)).ToList();
        Assert.NotEmpty(roads);
        Assert.Equal(roads.Count, roadRejections.Count);
        Assert.All(roadRejections, r => Assert.Contains("centreline", r.Message, StringComparison.Ordinal));
        Assert.Equal(result.FeatureCount, result.Entities.Count + result.Rejections.Length);
    }

    [Fact]
    public void Import_SameFileTwice_EqualEntities()
    {
        var path = SharedData.RepositoryFile(TrimmedDelftFixture);

        var first = CityImporter.Import(path, Options);
        var second = CityImporter.Import(path, Options);

        Assert.NotEmpty(first.Entities.Buildings);
        Assert.Equal(first.Entities.Buildings, second.Entities.Buildings);
        Assert.Equal(first.Rejections, second.Rejections);
    }

    private static void AssertHeightsAreZRange(string path)
    {
        var solids = DelftSolids(path).ToDictionary(s => s.Id);

        var result = CityImporter.Import(path, Options);

        Assert.Equal(solids.Count, result.Entities.Buildings.Length);
        Assert.All(result.Entities.Buildings, b =>
        {
            Assert.Equal(solids[b.Id].MinZ, b.GroundLevel, 6);
            Assert.Equal(solids[b.Id].MaxZ, b.RoofHeight, 6);
            Assert.True(b.RoofHeight > b.GroundLevel, $"{b.Id}: roof {b.RoofHeight} not above ground {b.GroundLevel}");
        });
    }

    private static void AssertFootprintIsRoofArea(string path)
    {
        // These LoD1 blocks have no floor: the flat roof at the top of each block, seen from above, is the footprint.
        var roofs = DelftSolids(path).ToDictionary(s => s.Id, s => s.RoofArea);

        var result = CityImporter.Import(path, Options);

        Assert.Equal(roofs.Count, result.Entities.Buildings.Length);
        Assert.All(result.Entities.Buildings, b => Assert.Equal(roofs[b.Id], b.Footprint.Area, roofs[b.Id] * 0.001));
    }

    private static void AssertFootprintsInsideExtent(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var extent = document.RootElement.GetProperty("metadata").GetProperty("geographicalExtent").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var box = new RdEnvelope(extent[0], extent[1], extent[3], extent[4]).Expanded(0.001);

        var result = CityImporter.Import(path, Options);

        Assert.NotEmpty(result.Entities.Buildings);
        Assert.All(result.Entities.Buildings, b =>
        {
            Assert.True(RdGeometry.ToNts(b.Footprint).IsValid, $"{b.Id} has an invalid footprint");
            Assert.True(box.Contains(b.Footprint.Envelope), $"{b.Id} footprint {b.Footprint.Envelope} is outside {box}");
            Assert.Empty(CityValidation.Validate(b));
        });
    }

    private static Dictionary<string, string> ObjectTypes(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("CityObjects").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("type").GetString()!);
    }

    /// <summary>Per Delft building: its BAG id, the z range of its solid, and the area of the faces at the top (the flat LoD1 roof).</summary>
    private static List<(string Id, double MinZ, double MaxZ, double RoofArea)> DelftSolids(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var scale = root.GetProperty("transform").GetProperty("scale").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var translate = root.GetProperty("transform").GetProperty("translate").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var vertices = root.GetProperty("vertices").EnumerateArray()
            .Select(v => new CoordinateZ((v[0].GetDouble() * scale[0]) + translate[0], (v[1].GetDouble() * scale[1]) + translate[1], (v[2].GetDouble() * scale[2]) + translate[2]))
            .ToArray();
        var solids = new List<(string Id, double MinZ, double MaxZ, double RoofArea)>();
        foreach (var cityObject in root.GetProperty("CityObjects").EnumerateObject().Select(p => p.Value).Where(o => o.GetProperty("type").GetString() == "Building"))
        {
            var faces = cityObject.GetProperty("geometry")[0].GetProperty("boundaries")[0].EnumerateArray()
                .Select(face => face[0].EnumerateArray().Select(i => vertices[i.GetInt32()]).ToArray())
                .ToList();
            var minZ = faces.SelectMany(f => f).Min(c => c.Z);
            var maxZ = faces.SelectMany(f => f).Max(c => c.Z);
            var roofArea = faces.Where(f => f.All(c => Math.Abs(c.Z - maxZ) < 1e-6)).Sum(ShoelaceArea);
            var number = cityObject.GetProperty("attributes").GetProperty("identificatiebagpnd").GetString()!;
            solids.Add(("NL.IMBAG.Pand." + number.PadLeft(16, '0'), minZ, maxZ, roofArea));
        }

        return solids;
    }

    private static double ShoelaceArea(CoordinateZ[] ring)
    {
        double sum = 0;
        for (var i = 0; i < ring.Length; i++)
        {
            var (a, b) = (ring[i], ring[(i + 1) % ring.Length]);
            sum += (a.X * b.Y) - (b.X * a.Y);
        }

        return Math.Abs(sum) / 2;
    }

    [GeneratedRegex(@"^NL\.IMBAG\.Pand\.[0-9]{16}$")]
    private static partial Regex BagPandId();
}
