using Twin.Models.Geo;
using Twin.Models.Tiles;

namespace Twin.Models.Tests.Tiles;

public sealed class LocalProjectionTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(9)]
    [InlineData(8)]
    public void ToEnu_AcrossContentTile_WithinTwoCentimetresOfExact(int level)
    {
        var address = TileSamples.BusiestTile.AncestorAt(level);
        var bounds = TilingScheme.Bounds(address);
        var projection = TileFrame.Projection(address, bounds.Expanded(50));
        var worst = 0.0;

        for (var i = 0; i <= 12; i++)
        {
            for (var j = 0; j <= 12; j++)
            {
                foreach (var height in new[] { -5.0, 0, 60, 150 })
                {
                    var (x, y) = (bounds.MinX - 50 + ((bounds.Width + 100) * i / 12.0), bounds.MinY - 50 + ((bounds.Height + 100) * j / 12.3));
                    var fast = projection.ToEnu(x, y, height);
                    var exact = projection.ExactEnu(x, y, height);
                    var error = Math.Sqrt(Math.Pow(fast.East - exact.East, 2) + Math.Pow(fast.North - exact.North, 2) + Math.Pow(fast.Up - exact.Up, 2));
                    worst = Math.Max(worst, error);
                }
            }
        }

        Assert.True(worst < 0.02, $"largest error {worst * 1000:0.00} mm at level {level}");
    }

    [Fact]
    public void ExactEnu_FrameOrigin_IsZero()
    {
        var address = TileSamples.BusiestTile;
        var origin = TileFrame.Origin(address);
        var projection = TileFrame.Projection(address, TilingScheme.Bounds(address));

        var (east, north, up) = projection.ExactEnu(origin.X, origin.Y, 0);

        Assert.True(Math.Abs(east) < 1e-3 && Math.Abs(north) < 1e-3 && Math.Abs(up) < 1e-3, $"origin at ({east}, {north}, {up})");
    }

    [Fact]
    public void ToEnu_TenMetresEastInRd_IsAboutTenMetresEast()
    {
        // RD grid north differs from true north by under 2 degrees around Hilversum.
        var address = TileSamples.BusiestTile;
        var origin = TileFrame.Origin(address);
        var projection = TileFrame.Projection(address, TilingScheme.Bounds(address));

        var (east, north, up) = projection.ToEnu(origin.X + 10, origin.Y, 0);

        Assert.InRange(east, 9.99, 10.01);
        Assert.InRange(Math.Abs(north), 0, 0.35);
        Assert.InRange(up, -0.01, 0.01);
    }

    [Fact]
    public void EnuToEcef_Matrix_MapsOriginToExactEcef()
    {
        var address = TileSamples.BusiestTile;
        var matrix = TileFrame.EnuToEcef(address);

        var expected = TileFrame.ToEcef(TileFrame.Origin(address), 0);

        Assert.Equal(expected.X, matrix[12], 3);
        Assert.Equal(expected.Y, matrix[13], 3);
        Assert.Equal(expected.Z, matrix[14], 3);
        Assert.Equal(1.0, Math.Sqrt((matrix[8] * matrix[8]) + (matrix[9] * matrix[9]) + (matrix[10] * matrix[10])), 9);
    }
}
