using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tests.City;

public sealed class CityPrecisionTests
{
    [Fact]
    public void Normalize_TreeThroughWgs84AndBack_IsUnchanged()
    {
        var tree = CityPrecision.Normalize(new Tree(
            "t", "Fagus sylvatica", new RdPoint(140_951.123456, 470_922.987654), 20, 12, null, null, TreeProtection.None, null, TreeDimensionsSource.Measured));

        var exported = RdNew.ToWgs84(tree.Location);
        var imported = CityPrecision.Normalize(tree with { Location = RdNew.FromWgs84(exported) });

        Assert.Equal(new RdPoint(140_951.123, 470_922.988), tree.Location);
        Assert.Equal(tree, imported);
    }

    [Fact]
    public void Normalize_Building_RoundsEveryFootprintCoordinateOnly()
    {
        var ring = new RdLine(
            new RdPoint(140_000.0004, 470_000.0006), new RdPoint(140_010, 470_000), new RdPoint(140_010, 470_010), new RdPoint(140_000.0004, 470_000.0006));
        var building = new Building("b", new RdPolygon(ring), 4.1234, 14.5678, 3, BuildingUse.Kantoorfunctie, null, 0);

        var normalized = CityPrecision.Normalize(building);

        Assert.Equal(new RdPoint(140_000, 470_000.001), normalized.Footprint.Shell[0]);
        Assert.Equal(4.1234, normalized.GroundLevel);
        Assert.Equal(14.5678, normalized.RoofHeight);
    }
}
