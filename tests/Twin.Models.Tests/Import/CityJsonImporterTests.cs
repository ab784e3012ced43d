using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Import;

namespace Twin.Models.Tests.Import;

/// <summary>CityJSON documents built from WKT: footprints from solids, parts, heights, CRS and broken input.</summary>
public sealed class CityJsonImporterTests : IDisposable
{
    private const string Square = "POLYGON ((140900 470900, 140920 470900, 140920 470910, 140900 470910, 140900 470900))";
    private const string NextSquare = "POLYGON ((140920 470900, 140930 470900, 140930 470910, 140920 470910, 140920 470900))";
    private const string FarSquare = "POLYGON ((141000 471000, 141010 471000, 141010 471010, 141000 471010, 141000 471000))";
    private const string BowTie = "POLYGON ((140900 470900, 140920 470920, 140920 470900, 140900 470920, 140900 470900))";

    private static readonly ImportOptions Options = new() { ReferenceYear = 2025 };

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_BlockWithGroundSurface_FootprintIsTheGroundSurface()
    {
        var path = Write(new CityJsonText().Block("b1", Square, 1.5, 11.5));

        var building = Assert.Single(CityImporter.Import(path, Options).Entities.Buildings);

        Assert.True(RdGeometry.ToNts(building.Footprint).EqualsTopologically(Wkt.Read(Square)));
        Assert.Equal(1.5, building.GroundLevel, 6);
        Assert.Equal(11.5, building.RoofHeight, 6);
        Assert.Equal("b1", building.Id);
    }

    [Fact]
    public void Import_BlockWithoutSemantics_FootprintIsTheFloor()
    {
        var path = Write(new CityJsonText().Block("b1", Square, 0, 9, semantics: false));

        var building = Assert.Single(CityImporter.Import(path, Options).Entities.Buildings);

        Assert.True(RdGeometry.ToNts(building.Footprint).EqualsTopologically(Wkt.Read(Square)));
    }

    [Fact]
    public void Import_BuildingWithParts_PartsMergedIntoOneBuilding()
    {
        var path = Write(new CityJsonText().Parent("b1").Part("b1", "b1-0", Square, 0.2, 6).Part("b1", "b1-1", NextSquare, 0.1, 9));

        var result = CityImporter.Import(path, Options);

        var building = Assert.Single(result.Entities.Buildings);
        var union = Wkt.Read(Square).Union(Wkt.Read(NextSquare));
        Assert.True(RdGeometry.ToNts(building.Footprint).EqualsTopologically(union));
        Assert.Equal(0.1, building.GroundLevel, 6);
        Assert.Equal(9, building.RoofHeight, 6);
        Assert.Equal(1, result.FeatureCount);
        Assert.Empty(result.Rejections);
    }

    [Fact]
    public void Import_BowTieFootprint_InvalidGeometryWhileOthersImport()
    {
        var path = Write(new CityJsonText().Footprint("bowtie", BowTie, 0, new { b3_h_maaiveld = 0.0, b3_h_dak_70p = 8.0 }).Block("ok", FarSquare, 0, 8));

        var result = CityImporter.Import(path, Options);

        Assert.Equal("ok", Assert.Single(result.Entities.Buildings).Id);
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((0, "bowtie", RejectionReason.InvalidGeometry), (rejection.FeatureIndex, rejection.FeatureId, rejection.Reason));
        Assert.Contains("Self-intersection", rejection.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Import_FlatFootprintWithoutHeightAttributes_MissingHeight()
    {
        var path = Write(new CityJsonText().Footprint("flat", Square, 0.5));

        var result = CityImporter.Import(path, Options);

        Assert.Empty(result.Entities.Buildings);
        Assert.Equal(RejectionReason.MissingHeight, Assert.Single(result.Rejections).Reason);
    }

    [Fact]
    public void Import_FlatFootprintWithBagHeights_TakesTheAttributes()
    {
        var path = Write(new CityJsonText().Footprint("flat", Square, 0.5, new { b3_h_maaiveld = 0.5, b3_h_dak_70p = 7.25, b3_bouwlagen = 2 }));

        var building = Assert.Single(CityImporter.Import(path, Options).Entities.Buildings);

        Assert.Equal((0.5, 7.25, 2), (building.GroundLevel, building.RoofHeight, building.Storeys));
    }

    [Fact]
    public void Import_DuplicateIdentificatie_LaterRejectedNamingTheFirst()
    {
        var attributes = new { identificatie = "NL.IMBAG.Pand.0402100000000001" };
        var path = Write(new CityJsonText().Block("a", Square, 0, 5, attributes).Block("b", FarSquare, 0, 5, attributes));

        var result = CityImporter.Import(path, Options);

        Assert.Single(result.Entities.Buildings);
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((1, RejectionReason.DuplicateId), (rejection.FeatureIndex, rejection.Reason));
        Assert.Contains("feature 0", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BuildingOutsideRdDomain_OutsideDomain()
    {
        var outside = "POLYGON ((400000 100000, 400010 100000, 400010 100010, 400000 100010, 400000 100000))";
        var path = Write(new CityJsonText().Block("far", outside, 0, 5).Block("ok", Square, 0, 5));

        var result = CityImporter.Import(path, Options);

        Assert.Single(result.Entities.Buildings);
        Assert.Equal(RejectionReason.OutsideDomain, Assert.Single(result.Rejections).Reason);
    }

    [Fact]
    public void Import_SolitaryVegetationObject_TreeAtItsPoint()
    {
        var path = Write(new CityJsonText().Tree("oak", 140950.25, 470950.5, 1.0, new { species = "Quercus robur", height = 18.0, plantingYear = 1900 }));

        var tree = Assert.Single(CityImporter.Import(path, Options).Entities.Trees);

        Assert.Equal(("oak", "Quercus robur", 18.0, 1900), (tree.Id, tree.Species, tree.Height, tree.PlantingYear));
        Assert.Equal(new RdPoint(140950.25, 470950.5), tree.Location);
        Assert.Equal(TreeDimensionsSource.Measured, tree.DimensionsSource);
    }

    [Fact]
    public void Import_RoadSurface_UnsupportedTypeSayingWhy()
    {
        var path = Write(new CityJsonText().Surface("road", "Road", Square, 0).Block("b1", FarSquare, 0, 5));

        var result = CityImporter.Import(path, Options);

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((0, "road", RejectionReason.UnsupportedType), (rejection.FeatureIndex, rejection.FeatureId, rejection.Reason));
        Assert.Contains("centrelines", rejection.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.FeatureCount);
    }

    [Fact]
    public void Import_NoReferenceSystem_FileErrorAsksForTheCrs()
    {
        var path = Write(new CityJsonText().Block("b1", Square, 0, 5), referenceSystem: null);

        var result = CityImporter.Import(path, Options);

        Assert.Contains("--crs", result.FileError, StringComparison.Ordinal);
        Assert.Equal(0, result.Entities.Count);
    }

    [Fact]
    public void Import_NoReferenceSystemWithCrsOption_Imports()
    {
        var path = Write(new CityJsonText().Block("b1", Square, 0, 5), referenceSystem: null);

        var result = CityImporter.Import(path, Options with { Crs = "EPSG:7415" });

        Assert.Null(result.FileError);
        Assert.Single(result.Entities.Buildings);
    }

    [Fact]
    public void Import_UnsupportedReferenceSystem_FileErrorNamesIt()
    {
        var path = Write(new CityJsonText().Block("b1", Square, 0, 5), referenceSystem: "https://www.opengis.net/def/crs/EPSG/0/3857");

        var result = CityImporter.Import(path, Options);

        Assert.Contains("EPSG/0/3857", result.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MalformedJson_FileErrorNamesLineAndPosition()
    {
        var text = "{\n  \"type\": \"CityJSON\",\n  \"version\": \"2.0\",,\n  \"CityObjects\": {}\n}";
        var path = _temp.Write("broken.city.json", text);
        var column = text.Split('\n')[2].IndexOf(",,", StringComparison.Ordinal) + 2;

        var result = CityImporter.Import(path, Options with { Format = ImportFormat.CityJson });

        Assert.Contains($"line 3, position {column}", result.FileError, StringComparison.Ordinal);
    }

    private string Write(CityJsonText text, string? referenceSystem = CityJsonText.Rd7415) =>
        _temp.Write(Guid.NewGuid().ToString("N") + ".city.json", text.Document(referenceSystem));
}
