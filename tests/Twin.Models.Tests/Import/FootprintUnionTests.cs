using NetTopologySuite.Geometries;
using Twin.Models.Import;

namespace Twin.Models.Tests.Import;

public sealed class FootprintUnionTests
{
    [Fact]
    public void Union_TwoTrianglesOfASquare_TheSquare()
    {
        var triangles = new[]
        {
            Wkt.Read<Polygon>("POLYGON ((0 0, 10 0, 10 10, 0 0))"),
            Wkt.Read<Polygon>("POLYGON ((0 0, 10 10, 0 10, 0 0))"),
        };

        var union = FootprintUnion.Union(triangles);

        Assert.True(union.IsOk, union.Message);
        Assert.True(union.Value.EqualsTopologically(Wkt.Read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))")));
    }

    [Fact]
    public void Union_SquareAndTouchingSliver_KeepsTheSquare()
    {
        var parts = new[]
        {
            Wkt.Read<Polygon>("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
            Wkt.Read<Polygon>("POLYGON ((10 10, 11 10, 11 11, 10 10))"),
        };

        var union = FootprintUnion.Union(parts);

        Assert.True(union.IsOk, union.Message);
        Assert.Equal(100, union.Value.Area, 9);
    }

    [Fact]
    public void Union_TwoSeparateBlocks_InvalidGeometryNamingTheParts()
    {
        var parts = new[]
        {
            Wkt.Read<Polygon>("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
            Wkt.Read<Polygon>("POLYGON ((50 0, 58 0, 58 10, 50 10, 50 0))"),
        };

        var union = FootprintUnion.Union(parts);

        Assert.False(union.IsOk);
        Assert.Equal(RejectionReason.InvalidGeometry, union.Reason);
        Assert.Contains("2 separate polygons (100, 80 m²)", union.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Union_Nothing_InvalidGeometry() =>
        Assert.Equal(RejectionReason.InvalidGeometry, FootprintUnion.Union([]).Reason);
}
