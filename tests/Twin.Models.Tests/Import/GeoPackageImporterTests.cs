using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Import;
using Twin.Testing;

namespace Twin.Models.Tests.Import;

public sealed class GeoPackageImporterTests : IDisposable
{
    private const string TreeFixture = "tests/Twin.Models.Tests/Fixtures/leeuwarden_trees_100.shp";
    private const int Rd = 28992;
    private const int WebMercator = 3857;
    private const int Wgs84 = 4326;

    private static readonly ImportOptions Options = new() { ReferenceYear = 2025 };
    private static readonly string[] BuildingColumns = ["id", "groundLevel", "roofHeight", "gebruiksdoel"];
    private static readonly string[] TreeColumns = ["BOOMSOORT", "PLANTJAAR", "STATUS"];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_TreesAndBuildingsTables_ImportsBoth()
    {
        var trees = FixtureTrees(50);
        var path = _temp.File("city.gpkg");
        using (var gpkg = new GeoPackageFile(path))
        {
            gpkg.AddSrs(Rd, "EPSG", Rd).AddTable("trees", Rd, TreeColumns, trees).AddTable("buildings", Rd, BuildingColumns, Buildings());
        }

        var result = CityImporter.Import(path, Options);

        Assert.Null(result.FileError);
        Assert.Empty(result.Rejections);
        Assert.Equal(trees.Count + 2, result.FeatureCount);
        Assert.Equal(trees.Select(t => (t.Geometry.Coordinate.X, t.Geometry.Coordinate.Y)), result.Entities.Trees.Select(t => (t.Location.X, t.Location.Y)));
        Assert.Equal(trees.Select(t => (string)t.Values[0]!), result.Entities.Trees.Select(t => t.Species));
        var office = Assert.Single(result.Entities.Buildings, b => b.Id == "kantoor");
        Assert.Equal((BuildingUse.Kantoorfunctie, 2.0, 32.0), (office.Use, office.GroundLevel, office.RoofHeight));
        Assert.True(RdGeometry.ToNts(office.Footprint).EqualsTopologically(Wkt.Read(OfficeWkt)));
    }

    [Fact]
    public void Import_TableInWgs84_ConvertedToRd()
    {
        var station = new RdPoint(140_950, 470_950);
        var wgs84 = RdNew.ToWgs84(station);
        var path = _temp.File("wgs84.gpkg");
        using (var gpkg = new GeoPackageFile(path))
        {
            gpkg.AddSrs(Wgs84, "EPSG", Wgs84).AddTable("trees", Wgs84, TreeColumns, [(Wkt.Read(FormattableString.Invariant($"POINT ({wgs84.Longitude:R} {wgs84.Latitude:R})")), ["Fagus sylvatica", 1980.0, "monumentale boom"])]);
        }

        var tree = Assert.Single(CityImporter.Import(path, Options).Entities.Trees);

        Assert.True(tree.Location.DistanceTo(station) < 0.001, $"the tree landed at {tree.Location}");
        Assert.Equal(TreeProtection.Monumental, tree.Protection);
    }

    [Fact]
    public void Import_OneTableInUnsupportedCrs_ItsFeaturesRejectedAsUnknownCrs()
    {
        var path = _temp.File("mixed.gpkg");
        using (var gpkg = new GeoPackageFile(path))
        {
            gpkg.AddSrs(Rd, "EPSG", Rd).AddSrs(WebMercator, "EPSG", WebMercator)
                .AddTable("buildings", Rd, BuildingColumns, Buildings())
                .AddTable("mercator", WebMercator, TreeColumns, FixtureTrees(3));
        }

        var result = CityImporter.Import(path, Options);

        Assert.Equal(2, result.Entities.Buildings.Length);
        Assert.Equal(3, result.Rejections.Length);
        Assert.All(result.Rejections, r => Assert.Equal(RejectionReason.UnknownCrs, r.Reason));
        Assert.All(result.Rejections, r => Assert.Contains("3857", r.Message, StringComparison.Ordinal));
        Assert.Equal([2, 3, 4], result.Rejections.Select(r => r.FeatureIndex));
    }

    [Fact]
    public void Import_OnlyUnsupportedCrs_FileError()
    {
        var path = _temp.File("mercator.gpkg");
        using (var gpkg = new GeoPackageFile(path))
        {
            gpkg.AddSrs(WebMercator, "EPSG", WebMercator).AddTable("mercator", WebMercator, TreeColumns, FixtureTrees(3));
        }

        var result = CityImporter.Import(path, Options);

        Assert.Contains("EPSG:3857", result.FileError, StringComparison.Ordinal);
        Assert.Equal(0, result.Entities.Count);
    }

    [Fact]
    public void Import_UndefinedSrsWithCrsOption_Imports()
    {
        var path = _temp.File("undefined.gpkg");
        using (var gpkg = new GeoPackageFile(path))
        {
            gpkg.AddTable("trees", -1, TreeColumns, FixtureTrees(5));
        }

        var withoutCrs = CityImporter.Import(path, Options);
        var withCrs = CityImporter.Import(path, Options with { Crs = "EPSG:28992" });

        Assert.NotNull(withoutCrs.FileError);
        Assert.Equal(5, withCrs.Entities.Trees.Length);
    }

    [Fact]
    public void Import_NotAGeoPackage_FileError()
    {
        var path = _temp.Write("text.gpkg", "this is not an SQLite database");

        var result = CityImporter.Import(path, Options);

        Assert.NotNull(result.FileError);
        Assert.Contains("GeoPackage", result.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SameFileTwice_EqualEntities()
    {
        var path = _temp.File("twice.gpkg");
        using (var gpkg = new GeoPackageFile(path))
        {
            gpkg.AddSrs(Rd, "EPSG", Rd).AddTable("trees", Rd, TreeColumns, FixtureTrees(10)).AddTable("buildings", Rd, BuildingColumns, Buildings());
        }

        var first = CityImporter.Import(path, Options);
        var second = CityImporter.Import(path, Options);

        Assert.Equal(12, first.Entities.Count);
        Assert.Equal(first.Entities.All(), second.Entities.All());
    }

    private const string OfficeWkt = "POLYGON ((140950 470950, 140980 470950, 140980 470970, 140950 470970, 140950 470950))";

    private static List<(Geometry Geometry, object?[] Values)> Buildings() =>
    [
        (Wkt.Read(OfficeWkt), ["kantoor", 2.0, 32.0, "kantoorfunctie"]),
        (Wkt.Read("POLYGON ((141000 471000, 141010 471000, 141010 471008, 141000 471008, 141000 471000))"), ["woning", 2.5, 9.5, "woonfunctie"]),
    ];

    /// <summary>The first trees of the committed Leeuwarden fixture, with their species, planting year and status.</summary>
    private static List<(Geometry Geometry, object?[] Values)> FixtureTrees(int count) =>
        Shapefile.ReadAllFeatures(SharedData.RepositoryFile(TreeFixture))
            .Take(count)
            .Select(f => (f.Geometry, new object?[] { f.Attributes["BOOMSOORT"], f.Attributes["PLANTJAAR"], f.Attributes["STATUS"] }))
            .ToList();
}
