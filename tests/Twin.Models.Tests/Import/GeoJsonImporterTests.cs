using System.Text.Json.Nodes;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Import;

namespace Twin.Models.Tests.Import;

public sealed class GeoJsonImporterTests : IDisposable
{
    private const string Square = "POLYGON ((140900 470900, 140920 470900, 140920 470910, 140900 470910, 140900 470900))";
    private const string OtherSquare = "POLYGON ((141000 471000, 141010 471000, 141010 471010, 141000 471010, 141000 471000))";
    private const string BowTie = "POLYGON ((140900 470900, 140920 470920, 140920 470900, 140900 470920, 140900 470900))";
    private const string Street = "LINESTRING (140900 470900, 140950 470900, 141000 470950)";

    private static readonly ImportOptions Options = new() { ReferenceYear = 2025 };
    private static readonly object Heights = new { id = "b1", groundLevel = 1.0, roofHeight = 13.0 };

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_RdLegacyCrs_FootprintKeepsTheCoordinates()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature(Square, new { id = "b1", groundLevel = 1.0, roofHeight = 13.0, storeys = 4, use = "kantoorfunctie", constructionYear = 1964, dwellings = 0 })));

        var result = CityImporter.Import(path, Options);

        var building = Assert.Single(result.Entities.Buildings);
        Assert.True(RdGeometry.ToNts(building.Footprint).EqualsExact(Wkt.Read(Square)));
        Assert.Equal(new Building("b1", building.Footprint, 1.0, 13.0, 4, BuildingUse.Kantoorfunctie, 1964, 0), building);
    }

    [Fact]
    public void Import_LegacyEpsgCodeCrs_ReadAsRd()
    {
        var collection = JsonNode.Parse(GeoJsonText.Collection(null, GeoJsonText.Feature(Square, Heights)))!;
        collection["crs"] = new JsonObject { ["type"] = "EPSG", ["properties"] = new JsonObject { ["code"] = 28992 } };
        var path = Write(collection.ToJsonString());

        var building = Assert.Single(CityImporter.Import(path, Options).Entities.Buildings);

        Assert.True(RdGeometry.ToNts(building.Footprint).EqualsExact(Wkt.Read(Square)));
    }

    [Fact]
    public void Import_Wgs84Point_TreeLandsOnTheRdPoint()
    {
        var station = new RdPoint(140_950, 470_950);
        var wgs84 = RdNew.ToWgs84(station);
        var feature = GeoJsonText.Feature(null, new { id = "t1", species = "Tilia cordata", height = 12.0 });
        feature["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(wgs84.Longitude, wgs84.Latitude) };
        var path = Write(GeoJsonText.Collection(null, feature));

        var tree = Assert.Single(CityImporter.Import(path, Options).Entities.Trees);

        Assert.True(tree.Location.DistanceTo(station) < 0.001, $"the tree landed at {tree.Location}");
        Assert.Equal(TreeDimensionsSource.Measured, tree.DimensionsSource);
    }

    [Fact]
    public void Import_ProjectedCoordinatesWithoutCrs_FileErrorAsksForTheCrs()
    {
        var path = Write(GeoJsonText.Collection(null, GeoJsonText.Feature(Square, Heights)));

        var result = CityImporter.Import(path, Options);

        Assert.Contains("--crs EPSG:28992", result.FileError, StringComparison.Ordinal);
        Assert.Equal(0, result.Entities.Count);
    }

    [Fact]
    public void Import_ProjectedCoordinatesWithCrsOption_Imports()
    {
        var path = Write(GeoJsonText.Collection(null, GeoJsonText.Feature(Square, Heights)));

        var result = CityImporter.Import(path, Options with { Crs = "EPSG:28992" });

        Assert.Single(result.Entities.Buildings);
    }

    [Fact]
    public void Import_UnsupportedLegacyCrs_FileErrorNamesIt()
    {
        var path = Write(GeoJsonText.Collection("urn:ogc:def:crs:EPSG::3857", GeoJsonText.Feature(Square, Heights)));

        var result = CityImporter.Import(path, Options);

        Assert.Contains("EPSG::3857", result.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MalformedJson_FileErrorNamesThePosition()
    {
        var text = "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\",, \"properties\": {}}]}";
        var path = Write(text);
        var position = text.IndexOf(",,", StringComparison.Ordinal) + 2;

        var result = CityImporter.Import(path, Options);

        Assert.Contains($"line 1, position {position}", result.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BowTieFootprint_InvalidGeometryWhileOthersImport()
    {
        var path = Write(GeoJsonText.Collection(
            GeoJsonText.RdCrs,
            GeoJsonText.Feature(Square, new { id = "a", groundLevel = 0.0, roofHeight = 9.0 }),
            GeoJsonText.Feature(BowTie, new { id = "bowtie", groundLevel = 0.0, roofHeight = 9.0 }),
            GeoJsonText.Feature(OtherSquare, new { id = "c", groundLevel = 0.0, roofHeight = 9.0 })));

        var result = CityImporter.Import(path, Options);

        Assert.Equal(["a", "c"], result.Entities.Buildings.Select(b => b.Id));
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((1, "bowtie", RejectionReason.InvalidGeometry), (rejection.FeatureIndex, rejection.FeatureId, rejection.Reason));
        Assert.Contains("Self-intersection", rejection.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, result.FeatureCount);
    }

    [Fact]
    public void Import_BuildingWithOnlyAHeight_MissingHeight()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature(Square, new { id = "b1", height = 12.0 })));

        var result = CityImporter.Import(path, Options);

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(RejectionReason.MissingHeight, rejection.Reason);
        Assert.Contains("groundLevel", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BagHeightAttributes_AcceptedForBuildings()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature(Square, new { identificatie = "x", id = "b1", b3_h_maaiveld = 0.4, b3_h_dak_70p = 6.4 })));

        var building = Assert.Single(CityImporter.Import(path, Options).Entities.Buildings);

        Assert.Equal((0.4, 6.4, 2), (building.GroundLevel, building.RoofHeight, building.Storeys));
    }

    [Fact]
    public void Import_DuplicateIds_LaterRejectedNamingTheEarlierIndex()
    {
        var path = Write(GeoJsonText.Collection(
            GeoJsonText.RdCrs,
            GeoJsonText.Feature(Square, new { id = "a", groundLevel = 0.0, roofHeight = 9.0 }),
            GeoJsonText.Feature(OtherSquare, new { id = "b", groundLevel = 0.0, roofHeight = 9.0 }),
            GeoJsonText.Feature(OtherSquare, new { id = "a", groundLevel = 0.0, roofHeight = 9.0 })));

        var result = CityImporter.Import(path, Options);

        Assert.Equal(2, result.Entities.Buildings.Length);
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((2, "a", RejectionReason.DuplicateId), (rejection.FeatureIndex, rejection.FeatureId, rejection.Reason));
        Assert.Contains("feature 0", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PointOutsideRd_OutsideDomain()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, GeoJsonText.Feature("POINT (500000 900000)", new { id = "t1", species = "Quercus robur" })));

        var rejection = Assert.Single(CityImporter.Import(path, Options).Rejections);

        Assert.Equal(RejectionReason.OutsideDomain, rejection.Reason);
        Assert.Contains("500000 900000", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Wgs84PointInParis_OutsideDomain()
    {
        var path = Write(GeoJsonText.Collection(null, GeoJsonText.Feature("POINT (2.3522 48.8566)", new { id = "t1", species = "Platanus x hispanica" })));

        var result = CityImporter.Import(path, Options);

        Assert.Equal(RejectionReason.OutsideDomain, Assert.Single(result.Rejections).Reason);
    }

    [Fact]
    public void Import_FeatureThatIsNotAFeature_MalformedFeatureWhileOthersImport()
    {
        var path = Write(GeoJsonText.Collection(GeoJsonText.RdCrs, JsonValue.Create(7), GeoJsonText.Feature(Square, Heights)));

        var result = CityImporter.Import(path, Options);

        Assert.Single(result.Entities.Buildings);
        Assert.Equal((0, RejectionReason.MalformedFeature), (Assert.Single(result.Rejections).FeatureIndex, result.Rejections[0].Reason));
    }

    [Fact]
    public void Import_SameFileTwice_EqualEntities()
    {
        var path = Write(GeoJsonText.Collection(
            GeoJsonText.RdCrs,
            GeoJsonText.Feature(Square, Heights),
            GeoJsonText.Feature("POINT (140910 470930)", new { id = "t", species = "Quercus robur", plantingYear = 1990 }),
            GeoJsonText.Feature(Street, new { id = "s", fromNode = "n1", toNode = "n2" })));

        var first = CityImporter.Import(path, Options);
        var second = CityImporter.Import(path, Options);

        Assert.Equal(3, first.Entities.Count);
        Assert.Equal(first.Entities.All(), second.Entities.All());
    }

    private string Write(string json) => _temp.Write(Guid.NewGuid().ToString("N") + ".geojson", json);
}
