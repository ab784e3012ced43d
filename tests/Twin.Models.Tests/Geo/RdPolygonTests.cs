using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Twin.Models.Geo;

namespace Twin.Models.Tests.Geo;

public sealed class RdPolygonTests
{
    private static readonly WKTReader Wkt = new(RdGeometry.Factory.GeometryServices);

    [Fact]
    public void Area_SquareWithHole_MatchesNetTopologySuite()
    {
        var nts = (Polygon)Wkt.Read("POLYGON ((140000 470000, 140020 470000, 140020 470020, 140000 470020, 140000 470000), (140005 470005, 140005 470010, 140010 470010, 140010 470005, 140005 470005))");

        var polygon = RdGeometry.FromNts(nts);

        Assert.Equal(nts.Area, polygon.Area, 9);
        Assert.Equal(375, polygon.Area, 9);
    }

    [Fact]
    public void Centroid_LShape_MatchesNetTopologySuite()
    {
        var nts = (Polygon)Wkt.Read("POLYGON ((140000 470000, 140030 470000, 140030 470010, 140010 470010, 140010 470030, 140000 470030, 140000 470000))");

        var centroid = RdGeometry.FromNts(nts).Centroid;

        Assert.Equal(nts.Centroid.X, centroid.X, 6);
        Assert.Equal(nts.Centroid.Y, centroid.Y, 6);
    }

    [Fact]
    public void ToNts_RoundTrip_IsTopologicallyAndExactlyEqual()
    {
        var nts = (Polygon)Wkt.Read("POLYGON ((140000 470000, 140020 470000, 140020 470020, 140000 470000))");

        var back = RdGeometry.ToNts(RdGeometry.FromNts(nts));

        Assert.True(back.EqualsExact(nts));
        Assert.True(back.EqualsTopologically(nts));
    }

    [Fact]
    public void Equals_SameCoordinatesInNewArrays_AreEqual()
    {
        var a = RdGeometry.FromNts((Polygon)Wkt.Read("POLYGON ((0 0, 1 0, 1 1, 0 0))"));
        var b = RdGeometry.FromNts((Polygon)Wkt.Read("POLYGON ((0 0, 1 0, 1 1, 0 0))"));
        var c = RdGeometry.FromNts((Polygon)Wkt.Read("POLYGON ((0 0, 2 0, 1 1, 0 0))"));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void PointAt_HalfwayAlongBentLine_IsOnSecondLeg()
    {
        var line = RdGeometry.FromNts(Wkt.Read("LINESTRING (0 0, 10 0, 10 30)").Coordinates);

        Assert.Equal(40, line.Length, 9);
        Assert.Equal(new RdPoint(10, 10), line.Midpoint);
    }
}
