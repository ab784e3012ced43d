using System.Text.Json;
using Twin.Models.Import;
using Twin.Testing;

namespace Twin.Models.Tests.Import;

public sealed class CityJsonSequenceImportTests : IDisposable
{
    private const string SharedPath = "cityjson/flatcitybuf_3dbag_v20240420_delft_small.city.jsonl";
    private const string Fixture = "tests/Twin.Models.Tests/Fixtures/3dbag_delft_small.city.jsonl";

    private static readonly ImportOptions Options = new() { ReferenceYear = 2025 };

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_3dBagSequence_ThreeBuildingsWithBagHeights() => AssertBagHeights(SharedData.File(SharedPath));

    [Fact]
    public void Import_3dBagFixture_ThreeBuildingsWithBagHeights() => AssertBagHeights(SharedData.RepositoryFile(Fixture));

    [Fact]
    public void Import_3dBagFixture_KnownBuildingHasItsPublishedHeightsAndArea()
    {
        // 3D BAG publishes for this shed: ground 0.476 m, 70th-percentile roof 3.19 m, ground area 7.21 m².
        var result = CityImporter.Import(SharedData.RepositoryFile(Fixture), Options);

        var shed = Assert.Single(result.Entities.Buildings, b => b.Id == "NL.IMBAG.Pand.0503100000012869");
        Assert.Equal(0.476, shed.GroundLevel, 3);
        Assert.Equal(3.19, shed.RoofHeight, 3);
        Assert.Equal(7.21, shed.Footprint.Area, 0.05);
        Assert.Equal(1994, shed.ConstructionYear);
    }

    [Fact]
    public void Import_3dBagFixture_FootprintAreaIsTheBagGroundArea()
    {
        var lines = FeatureLines(SharedData.RepositoryFile(Fixture));

        var result = CityImporter.Import(SharedData.RepositoryFile(Fixture), Options);

        Assert.Equal(lines.Count, result.Entities.Buildings.Length);
        Assert.All(result.Entities.Buildings, b =>
        {
            var groundArea = lines.Single(l => l.Id == b.Id).Attributes.GetProperty("b3_opp_grond").GetDouble();
            Assert.Equal(groundArea, b.Footprint.Area, groundArea * 0.01);
        });
    }

    [Fact]
    public void Import_SequenceWithMalformedLine_RejectsThatLineOnly()
    {
        var lines = File.ReadAllLines(SharedData.RepositoryFile(Fixture)).ToList();
        lines.Insert(2, "{\"type\": \"CityJSONFeature\", \"id\": }");
        var path = _temp.Write("broken.city.jsonl", string.Join('\n', lines));

        var result = CityImporter.Import(path, Options);

        Assert.Null(result.FileError);
        Assert.Equal(3, result.Entities.Buildings.Length);
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((3, RejectionReason.MalformedFeature), (rejection.FeatureIndex, rejection.Reason));
        Assert.Contains("line 3", rejection.Message, StringComparison.Ordinal);
        Assert.Contains("position", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SequenceWithRepeatedFeature_DuplicateIdNamesTheEarlierLine()
    {
        var lines = File.ReadAllLines(SharedData.RepositoryFile(Fixture)).ToList();
        lines.Add(lines[1]);
        var path = _temp.Write("repeated.city.jsonl", string.Join('\n', lines));

        var result = CityImporter.Import(path, Options);

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((lines.Count, RejectionReason.DuplicateId), (rejection.FeatureIndex, rejection.Reason));
        Assert.Contains("line 2", rejection.Message, StringComparison.Ordinal);
        Assert.Equal(lines.Count - 1, result.FeatureCount);
    }

    [Fact]
    public void Import_SequenceWithoutHeader_FileError()
    {
        var lines = File.ReadAllLines(SharedData.RepositoryFile(Fixture)).Skip(1);
        var path = _temp.Write("headless.city.jsonl", string.Join('\n', lines));

        var result = CityImporter.Import(path, Options);

        Assert.Contains("line 1", result.FileError, StringComparison.Ordinal);
        Assert.Equal(0, result.Entities.Count);
    }

    private static void AssertBagHeights(string path)
    {
        var lines = FeatureLines(path);

        var result = CityImporter.Import(path, Options);

        Assert.Equal(3, lines.Count);
        Assert.Equal(lines.Count, result.FeatureCount);
        Assert.Empty(result.Rejections);
        Assert.Equal(lines.Select(l => l.Id), result.Entities.Buildings.Select(b => b.Id));
        Assert.All(result.Entities.Buildings, b =>
        {
            var attributes = lines.Single(l => l.Id == b.Id).Attributes;
            Assert.Equal(attributes.GetProperty("b3_h_maaiveld").GetDouble(), b.GroundLevel, 9);
            Assert.Equal(attributes.GetProperty("b3_h_dak_70p").GetDouble(), b.RoofHeight, 9);
            Assert.Equal(attributes.GetProperty("oorspronkelijkbouwjaar").GetInt32(), b.ConstructionYear);
            if (attributes.GetProperty("b3_bouwlagen").ValueKind == JsonValueKind.Number)
            {
                Assert.Equal(attributes.GetProperty("b3_bouwlagen").GetInt32(), b.Storeys);
            }
        });
    }

    /// <summary>The id and the attributes of the main Building of every feature line.</summary>
    private static List<(string Id, JsonElement Attributes)> FeatureLines(string path) =>
        File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var id = root.GetProperty("id").GetString()!;
            return (id, root.GetProperty("CityObjects").GetProperty(id).GetProperty("attributes").Clone());
        }).ToList();
}
