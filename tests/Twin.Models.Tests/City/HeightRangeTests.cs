using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tests.City;

public sealed class HeightRangeTests
{
    [Fact]
    public void Of_BuildingUtilityAndTree_SpansDeepestPipeToHighestTop()
    {
        var square = new RdPolygon(new RdLine(new(0, 0), new(10, 0), new(10, 10), new(0, 10), new(0, 0)));
        var building = new Building("b", square, 5.0, 17.0, 4, BuildingUse.Woonfunctie, 2001, 8);
        var sewer = new UtilityLine("u", UtilityKind.Sewer, new RdLine(new(0, 0), new(20, 0)), 2.5, 600, "beton", "Gemeente Hilversum", 4.8);
        var tree = new Tree("t", "Quercus robur", new RdPoint(5, 20), 21.0, 12.0, 180, 1950, TreeProtection.None, null, TreeDimensionsSource.Measured);

        var range = HeightRange.Of([building, sewer, tree]);

        Assert.Equal(4.8 - 2.5 - 0.6, range.Min, 9);
        Assert.Equal(4.8 + 21.0, range.Max, 9);
    }

    [Fact]
    public void Of_Nothing_IsEmpty()
    {
        Assert.True(HeightRange.Of([]).IsEmpty);
        Assert.False(HeightRange.Empty.Including(3).IsEmpty);
    }
}
