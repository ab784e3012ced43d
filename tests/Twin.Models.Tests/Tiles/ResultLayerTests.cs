using Twin.Models.City;
using Twin.Models.Tiles;

namespace Twin.Models.Tests.Tiles;

public sealed class ResultLayerTests
{
    [Theory]
    [InlineData("vc", "vc")]
    [InlineData("no2-annual", "no2_annual")]
    [InlineData("2026.sun", "_2026_sun")]
    public void PropertyName_AnyId_IsMetadataIdentifier(string id, string expected)
    {
        var layer = new ResultLayer(id, "x", "-", EntityKind.StreetSegment, new Dictionary<string, double>(), ColorRamp.Sequential(0, 1));

        Assert.Equal(expected, layer.PropertyName);
    }

    [Fact]
    public void ColorAt_Diverging_EndsAndMiddle()
    {
        var ramp = ColorRamp.Diverging(-10, 10);

        Assert.Equal(ramp.Stops[0], ramp.ColorAt(-50));
        Assert.Equal(ramp.Stops[2], ramp.ColorAt(0));
        Assert.Equal(ramp.Stops[^1], ramp.ColorAt(10));
        Assert.Equal(ColorRamp.NoData, ramp.ColorAt(double.NaN));
    }
}
