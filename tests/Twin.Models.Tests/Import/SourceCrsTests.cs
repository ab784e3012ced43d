using Twin.Models.Geo;
using Twin.Models.Import;

namespace Twin.Models.Tests.Import;

public sealed class SourceCrsTests
{
    [Theory]
    [InlineData("EPSG:28992", false)]
    [InlineData("epsg:7415", false)]
    [InlineData("urn:ogc:def:crs:EPSG::28992", false)]
    [InlineData("urn:ogc:def:crs:EPSG:6.6:28992", false)]
    [InlineData("https://www.opengis.net/def/crs/EPSG/0/7415", false)]
    [InlineData("EPSG:4326", true)]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84", true)]
    [InlineData("OGC:CRS84", true)]
    public void FromName_SupportedName_Resolves(string name, bool geographic)
    {
        var crs = SourceCrs.FromName(name);

        Assert.NotNull(crs);
        Assert.Equal(geographic, crs.IsGeographic);
    }

    [Theory]
    [InlineData("EPSG:3857")]
    [InlineData("EPSG:289920")]
    [InlineData("urn:ogc:def:crs:EPSG::4258")]
    [InlineData("RD")]
    [InlineData("")]
    public void FromName_OtherName_Null(string name) => Assert.Null(SourceCrs.FromName(name));

    [Fact]
    public void FromWkt_LeeuwardenPrj_RdNew()
    {
        var prj = File.ReadAllText(Twin.Testing.SharedData.RepositoryFile("tests/Twin.Models.Tests/Fixtures/leeuwarden_trees_100.prj"));

        Assert.Equal(SourceCrs.RdNew, SourceCrs.FromWkt(prj));
    }

    [Fact]
    public void FromWkt_EpsgRdNewWkt_RdNew() => Assert.Equal(SourceCrs.RdNew, SourceCrs.FromWkt(RdNew.Wkt));

    [Fact]
    public void FromWkt_GeographicWgs84_Wgs84() =>
        Assert.Equal(SourceCrs.Wgs84, SourceCrs.FromWkt("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]"));

    [Fact]
    public void FromWkt_GeographicAmersfoort_NotRdNew() =>
        Assert.Null(SourceCrs.FromWkt("GEOGCS[\"GCS_Amersfoort\",DATUM[\"D_Amersfoort\",SPHEROID[\"Bessel_1841\",6377397.155,299.1528128]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]"));

    [Fact]
    public void FromWkt_UnnamedStereographicWithRdFalseEasting_RdNew() =>
        Assert.Equal(SourceCrs.RdNew, SourceCrs.FromWkt("PROJCS[\"unnamed\",GEOGCS[\"Bessel\"],PROJECTION[\"Oblique_Stereographic\"],PARAMETER[\"false_easting\",155000],PARAMETER[\"false_northing\",463000],UNIT[\"metre\",1]]"));
}
