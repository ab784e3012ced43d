using Twin.Models.Import;
using Twin.Testing;

namespace Twin.Models.Tests.Import;

public sealed class CityImporterTests : IDisposable
{
    private static readonly ImportOptions Options = new() { ReferenceYear = 2025 };

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("tiles.city.jsonl", ImportFormat.CityJsonSeq)]
    [InlineData("features.JSONL", ImportFormat.CityJsonSeq)]
    [InlineData("bomen.shp", ImportFormat.Shapefile)]
    [InlineData("city.GPKG", ImportFormat.GeoPackage)]
    [InlineData("notes.txt", null)]
    [InlineData("no-extension", null)]
    public void DetectFormat_ByExtension_FormatOfTheName(string name, ImportFormat? expected) =>
        Assert.Equal(expected, CityImporter.DetectFormat(_temp.File(name)));

    [Theory]
    [InlineData("a.geojson", "{\"type\": \"FeatureCollection\", \"features\": []}", ImportFormat.GeoJson)]
    [InlineData("b.json", "{\"features\": [], \"type\": \"FeatureCollection\"}", ImportFormat.GeoJson)]
    [InlineData("c.json", "{\"CityObjects\": {\"x\": {\"type\": \"Building\"}}, \"type\": \"CityJSON\", \"version\": \"2.0\"}", ImportFormat.CityJson)]
    [InlineData("d.geojson", "\uFEFF{\"type\": \"CityJSON\"}", ImportFormat.CityJson)]
    [InlineData("e.json", "not json at all", ImportFormat.GeoJson)]
    public void DetectFormat_JsonFile_DecidedByTheRootType(string name, string content, ImportFormat expected) =>
        Assert.Equal(expected, CityImporter.DetectFormat(_temp.Write(name, content)));

    [Fact]
    public void DetectFormat_CityJsonWithTypeAfterLargeObjects_CityJson()
    {
        // The cjio Delft file writes "type" after 1.4 MB of CityObjects: detection must stream past them.
        var padding = new string('x', 300_000);
        var path = _temp.Write("late-type.json", $"{{\"CityObjects\": {{\"b\": {{\"type\": \"Building\", \"attributes\": {{\"note\": \"{padding}\"}}}}}}, \"type\": \"CityJSON\"}}");

        Assert.Equal(ImportFormat.CityJson, CityImporter.DetectFormat(path));
    }

    [Fact]
    public void DetectFormat_DelftCityJson_CityJson() =>
        Assert.Equal(ImportFormat.CityJson, CityImporter.DetectFormat(SharedData.File("cityjson/cjio_delft_3dfier_bgt_ahn.city.json")));

    [Fact]
    public void Import_MissingFile_FileError()
    {
        var result = CityImporter.Import(_temp.File("absent.geojson"), Options);

        Assert.False(result.Succeeded);
        Assert.Contains("absent.geojson", result.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnknownExtension_FileErrorListsTheFormats()
    {
        var result = CityImporter.Import(_temp.Write("data.csv", "x,y"), Options);

        Assert.Contains(".gpkg", result.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FormatOption_OverridesTheName()
    {
        var path = _temp.Write("export.txt", GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature("POINT (140910 470930)", new { id = "t", species = "Quercus robur" })));

        var result = CityImporter.Import(path, Options with { Format = ImportFormat.GeoJson });

        Assert.Single(result.Entities.Trees);
    }

    [Fact]
    public void Import_UnsupportedCrsOption_FileErrorNamesIt()
    {
        var path = _temp.Write("a.geojson", GeoJsonText.Collection(null));

        var result = CityImporter.Import(path, Options with { Crs = "EPSG:3035" });

        Assert.Contains("EPSG:3035", result.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_AnyFeature_EveryFeatureIsAnEntityOrOneRejection()
    {
        var path = SharedData.RepositoryFile("tests/Twin.Models.Tests/Fixtures/delft_trimmed.city.json");

        var result = CityImporter.Import(path, Options);

        Assert.Equal(result.FeatureCount, result.Entities.Count + result.Rejections.Length);
        Assert.Equal(result.Rejections.Length, result.Rejections.Select(r => r.FeatureIndex).Distinct().Count());
    }
}
