using Twin.Models.Geo;

namespace Twin.Models.Tests.Geo;

public sealed class RdNewTests
{
    // Published control points (RDNAPTRANS / Kadaster): RD New x, y <-> ETRS89 latitude, longitude.
    // ETRS89 and WGS84 differ by well under a metre in the Netherlands.
    public static TheoryData<double, double, double, double> ControlPoints => new()
    {
        // Amersfoort, origin of the RD system.
        { 155000, 463000, 52.15517440, 5.38720621 },
        // RDNAPTRANS 2008 test sheet (Kadaster), points 01-07: RD x, y and ETRS89 latitude, longitude.
        { 117380.1200, 575040.3400, 53.160753042, 4.824761912 },
        { 247380.5600, 604580.7800, 53.419482050, 6.776726674 },
        { 155000.0000, 463000.0000, 52.155172897, 5.387203657 },
        { 16460.9100, 377380.2300, 51.368607152, 3.397588595 },
        { 182260.4500, 311480.6700, 50.792584916, 5.773795548 },
        { 64640.8900, 440700.0101, 51.947393898, 4.072887101 },
    };

    [Theory]
    [MemberData(nameof(ControlPoints))]
    public void ToWgs84_ControlPoint_WithinOneMetre(double x, double y, double latitude, double longitude)
    {
        var result = RdNew.ToWgs84(new RdPoint(x, y));

        var back = RdNew.FromWgs84(new GeoPoint(latitude, longitude));
        Assert.True(back.DistanceTo(new RdPoint(x, y)) < 1.0, $"WGS84 -> RD gave {back}, expected ({x} {y})");
        Assert.True(MetresBetween(result, new GeoPoint(latitude, longitude)) < 1.0, $"RD -> WGS84 gave {result.Latitude:0.000000000}, {result.Longitude:0.000000000}");
    }

    [Fact]
    public void FromWgs84_RoundTrip_WithinOneMillimetre()
    {
        var station = new RdPoint(140_950, 470_950);

        var back = RdNew.FromWgs84(RdNew.ToWgs84(station));

        Assert.True(back.DistanceTo(station) < 0.001, $"round trip moved the point to {back}");
    }

    [Fact]
    public void ToEcef_Equator_IsOnSemiMajorAxis()
    {
        var ecef = RdNew.ToEcef(new GeoPoint(0, 0, 0));

        Assert.Equal(6_378_137.0, ecef.X, 3);
        Assert.Equal(0.0, ecef.Y, 3);
        Assert.Equal(0.0, ecef.Z, 3);
    }

    [Fact]
    public void FromEcef_RoundTrip_KeepsPositionAndHeight()
    {
        var hilversum = new GeoPoint(52.2262, 5.1816, 45.0);

        var back = RdNew.FromEcef(RdNew.ToEcef(hilversum));

        Assert.True(MetresBetween(hilversum, back) < 0.001, $"round trip moved the point by {MetresBetween(hilversum, back)} m");
        Assert.Equal(hilversum.Height, back.Height, 3);
    }

    private static double MetresBetween(GeoPoint a, GeoPoint b)
    {
        const double earthRadius = 6_371_000;
        var dLat = (a.Latitude - b.Latitude) * Math.PI / 180;
        var dLon = (a.Longitude - b.Longitude) * Math.PI / 180 * Math.Cos(a.Latitude * Math.PI / 180);
        return earthRadius * Math.Sqrt((dLat * dLat) + (dLon * dLon));
    }
}
