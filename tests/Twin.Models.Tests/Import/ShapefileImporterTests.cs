using System.Globalization;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Esri;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Import;
using Twin.Testing;

namespace Twin.Models.Tests.Import;

public sealed class ShapefileImporterTests : IDisposable
{
    private const string RegisterPath = "trees/monumentale_en_waardevolle_bomen.shp";
    private const string Fixture = "tests/Twin.Models.Tests/Fixtures/leeuwarden_trees_100.shp";

    private static readonly ImportOptions Options = new() { ReferenceYear = 2025 };

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_LeeuwardenRegister_OneTreePerDistinctDecimetre()
    {
        var path = SharedData.File(RegisterPath);
        var records = DbaseTable.Read(Path.ChangeExtension(path, ".dbf"));
        var distinct = records.Select(Decimetre).Distinct().Count();

        var result = CityImporter.Import(path, Options);

        Assert.Null(result.FileError);
        Assert.Equal(2088, records.Count);
        Assert.Equal(records.Count, result.FeatureCount);
        Assert.Equal(distinct, result.Entities.Trees.Length);
        Assert.Equal(records.Count - distinct, result.Rejections.Count(r => r.Reason == RejectionReason.DuplicateId));
        Assert.Equal(records.Count - distinct, result.Rejections.Length);
    }

    [Fact]
    public void Import_LeeuwardenRegister_ProtectionCountsFollowStatus() => AssertProtectionCounts(SharedData.File(RegisterPath), 445, 1577, 66);

    [Fact]
    public void Import_TreeFixture_ProtectionCountsFollowStatus() => AssertProtectionCounts(SharedData.RepositoryFile(Fixture), null, null, null);

    [Fact]
    public void Import_LeeuwardenRegister_TreesInsideTheFileBoundingBox() => AssertInsideBox(SharedData.File(RegisterPath));

    [Fact]
    public void Import_TreeFixture_TreesInsideTheFileBoundingBoxAtTheirXY()
    {
        var path = SharedData.RepositoryFile(Fixture);
        AssertInsideBox(path);
        var records = DbaseTable.Read(Path.ChangeExtension(path, ".dbf"));

        var trees = CityImporter.Import(path, Options).Entities.Trees;

        Assert.Equal(records.Count, trees.Length);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.Equal(double.Parse(records[i]["X"], CultureInfo.InvariantCulture), trees[i].Location.X, 3);
            Assert.Equal(double.Parse(records[i]["Y"], CultureInfo.InvariantCulture), trees[i].Location.Y, 3);
            Assert.Equal(records[i]["BOOMSOORT"], trees[i].Species);
        }
    }

    [Fact]
    public void Import_LeeuwardenRegister_SizesEstimatedFromPlantingYear()
    {
        var path = SharedData.File(RegisterPath);

        var trees = CityImporter.Import(path, Options).Entities.Trees;

        Assert.All(trees, t => Assert.Equal(t.PlantingYear is null ? TreeDimensionsSource.Default : TreeDimensionsSource.EstimatedFromAge, t.DimensionsSource));
        var dated = trees.Where(t => t.PlantingYear is not null).OrderBy(t => t.PlantingYear).ToList();
        Assert.NotEmpty(dated);
        Assert.True(dated[0].Height >= dated[^1].Height, "the oldest tree is not at least as tall as the youngest");
        Assert.All(trees, t => Assert.Empty(CityValidation.Validate(t)));
    }

    [Fact]
    public void Import_IdFieldThatRepeats_LaterRecordsRejectedAsDuplicateId()
    {
        var path = SharedData.RepositoryFile(Fixture);
        var numbers = DbaseTable.Read(Path.ChangeExtension(path, ".dbf")).Select(r => r["ELEMENTNR"]).ToList();

        var result = CityImporter.Import(path, Options with { IdField = "ELEMENTNR" });

        Assert.True(numbers.Distinct().Count() < numbers.Count, "the fixture should contain repeated ELEMENTNR values");
        Assert.Equal(numbers.Distinct().Count(), result.Entities.Trees.Length);
        Assert.Equal(numbers.Count - numbers.Distinct().Count(), result.Rejections.Length);
        Assert.All(result.Rejections, r => Assert.Equal(RejectionReason.DuplicateId, r.Reason));
    }

    [Fact]
    public void Import_WithoutPrj_FileErrorAsksForTheCrs()
    {
        var path = _temp.CopyWithSiblings(SharedData.RepositoryFile(Fixture), "noprj", ".prj");

        var result = CityImporter.Import(path, Options);

        Assert.Contains("--crs", result.FileError, StringComparison.Ordinal);
        Assert.Equal(0, result.Entities.Count);
    }

    [Fact]
    public void Import_WithoutPrjWithCrsOption_Imports()
    {
        var path = _temp.CopyWithSiblings(SharedData.RepositoryFile(Fixture), "noprj", ".prj");

        var result = CityImporter.Import(path, Options with { Crs = "EPSG:28992" });

        Assert.Null(result.FileError);
        Assert.NotEmpty(result.Entities.Trees);
    }

    [Fact]
    public void Import_WithoutDbf_FileErrorNamesTheDbf()
    {
        var path = _temp.CopyWithSiblings(SharedData.RepositoryFile(Fixture), "nodbf", ".dbf");

        var result = CityImporter.Import(path, Options);

        Assert.Contains("nodbf.dbf", result.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PrjInUtm_FileErrorNamesTheCrs()
    {
        var path = _temp.CopyWithSiblings(SharedData.RepositoryFile(Fixture), "utm", ".prj");
        File.WriteAllText(Path.ChangeExtension(path, ".prj"), "PROJCS[\"WGS_1984_UTM_Zone_31N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",3.0],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]");

        var result = CityImporter.Import(path, Options);

        Assert.Contains("WGS_1984_UTM_Zone_31N", result.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PolygonsWithTruncatedFieldNames_Buildings()
    {
        var path = _temp.File("panden.shp");
        var features = new[]
        {
            new Feature(Wkt.Read("POLYGON ((140900 470900, 140900 470910, 140920 470910, 140920 470900, 140900 470900))"), new AttributesTable { { "id", "p1" }, { "groundLeve", 1.5 }, { "roofHeight", 10.5 }, { "constructi", 1931 } }),
            new Feature(Wkt.Read("POLYGON ((141000 471000, 141000 471010, 141010 471010, 141010 471000, 141000 471000))"), new AttributesTable { { "id", "p2" }, { "groundLeve", 2.0 }, { "roofHeight", 0.0 }, { "constructi", 0 } }),
        };
        Shapefile.WriteAllFeatures(features, path, RdNew.Wkt);

        var result = CityImporter.Import(path, Options);

        var building = Assert.Single(result.Entities.Buildings);
        Assert.Equal(("p1", 1.5, 10.5, 1931), (building.Id, building.GroundLevel, building.RoofHeight, building.ConstructionYear));
        Assert.Equal(400.0 / 2, building.Footprint.Area, 6);
        Assert.Equal((1, "p2"), (Assert.Single(result.Rejections).FeatureIndex, result.Rejections[0].FeatureId));
    }

    [Fact]
    public void Import_SameFileTwice_EqualEntities()
    {
        var path = SharedData.RepositoryFile(Fixture);

        var first = CityImporter.Import(path, Options);
        var second = CityImporter.Import(path, Options);

        Assert.NotEmpty(first.Entities.Trees);
        Assert.Equal(first.Entities.Trees, second.Entities.Trees);
    }

    private static void AssertProtectionCounts(string path, int? monumental, int? valuable, int? memorial)
    {
        var records = DbaseTable.Read(Path.ChangeExtension(path, ".dbf"));
        var kept = records.DistinctBy(Decimetre).ToList();
        int Count(string status) => kept.Count(r => r["STATUS"] == status);

        var trees = CityImporter.Import(path, Options).Entities.Trees;

        Assert.Equal(Count("monumentale boom"), trees.Count(t => t.Protection == TreeProtection.Monumental));
        Assert.Equal(Count("waardevolle boom"), trees.Count(t => t.Protection == TreeProtection.Valuable));
        Assert.Equal(Count("gedenkboom"), trees.Count(t => t.Protection == TreeProtection.Memorial));
        Assert.Equal(kept.Count - Count("monumentale boom") - Count("waardevolle boom") - Count("gedenkboom"), trees.Count(t => t.Protection == TreeProtection.None));
        if (monumental is not null)
        {
            // The published register's totals, before any record is dropped as a duplicate position.
            Assert.Equal((monumental, valuable, memorial), (records.Count(r => r["STATUS"] == "monumentale boom"), records.Count(r => r["STATUS"] == "waardevolle boom"), records.Count(r => r["STATUS"] == "gedenkboom")));
        }
    }

    private static void AssertInsideBox(string path)
    {
        var (minX, minY, maxX, maxY) = DbaseTable.ShapefileBox(path);
        var box = new RdEnvelope(minX, minY, maxX, maxY);

        var trees = CityImporter.Import(path, Options).Entities.Trees;

        Assert.NotEmpty(trees);
        Assert.All(trees, t => Assert.True(box.Contains(t.Location), $"{t.Id} at {t.Location} is outside {box}"));
    }

    /// <summary>A record's position rounded to the decimetre, from its X and Y fields.</summary>
    private static (double, double) Decimetre(Dictionary<string, string> record) =>
        (Math.Round(double.Parse(record["X"], CultureInfo.InvariantCulture), 1), Math.Round(double.Parse(record["Y"], CultureInfo.InvariantCulture), 1));
}
