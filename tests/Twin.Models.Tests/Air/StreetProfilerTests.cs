using Twin.Models.Air;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tests.Air;

public sealed class StreetProfilerTests
{
    private const double EdgeDistance = 5;

    private static StreetProfile ProfileOf(StreetScene scene) =>
        new StreetProfiler(scene.City).Profile(scene.Segment, EdgeDistance, 1.5);

    [Fact]
    public void Profile_TallRowsCloseOnBothSides_NarrowCanyonWithWidthAndHeight()
    {
        // Facades 10 m from the axis, 12 m high: 10 < 1.5 × 12, so SRM1 type 3b.
        var profile = ProfileOf(new StreetScene().Row(10, 12).Row(-10, 12));

        Assert.Equal(RoadType.CanyonNarrow, profile.RoadType);
        Assert.Equal(20, profile.CanyonWidth!.Value, 1e-9);
        Assert.Equal(12, profile.CanyonHeight!.Value, 1e-9);
        Assert.Equal(10, profile.LeftFacadeDistance!.Value, 1e-9);
        Assert.Equal(10, profile.RightFacadeDistance!.Value, 1e-9);
    }

    [Fact]
    public void Profile_LowRowsFartherOnBothSides_WideCanyon()
    {
        // Facades 15 m out, 7 m high: 15 < 3 × 7 but not < 1.5 × 7, so SRM1 type 3a.
        var profile = ProfileOf(new StreetScene().Row(15, 7).Row(-15, 7));

        Assert.Equal(RoadType.CanyonWide, profile.RoadType);
    }

    [Fact]
    public void Profile_RowOnOneSide_OneSidedWithThePointOnTheBuiltSide()
    {
        var profile = ProfileOf(new StreetScene().Row(-12, 15));

        Assert.Equal(RoadType.OneSided, profile.RoadType);
        Assert.Null(profile.LeftFacadeDistance);
        Assert.Equal(12, profile.RightFacadeDistance!.Value, 1e-9);
        Assert.True(profile.CalculationPoint.Y < 0, $"point {profile.CalculationPoint} should lie on the built (southern) side");
    }

    [Fact]
    public void Profile_NoBuildings_OpenTerrain()
    {
        var profile = ProfileOf(new StreetScene());

        Assert.Equal(RoadType.Open, profile.RoadType);
        Assert.Null(profile.CanyonWidth);
    }

    [Fact]
    public void Profile_LowBuildingsFarBack_BasisType()
    {
        // Buildings 40 m out and 6 m high stand farther than 3 × their height: not a canyon, but not open terrain either.
        var profile = ProfileOf(new StreetScene().Row(40, 6).Row(-40, 6));

        Assert.Equal(RoadType.Basis, profile.RoadType);
    }

    [Fact]
    public void Profile_GappyRowOnBothSides_NotACanyon()
    {
        // Buildings along only the first 40 of 200 m on each side: most cross-sections see open space.
        var profile = ProfileOf(new StreetScene().Row(10, 12, to: 40).Row(-10, 12, to: 40));

        Assert.NotEqual(RoadType.CanyonNarrow, profile.RoadType);
        Assert.NotEqual(RoadType.CanyonWide, profile.RoadType);
    }

    [Fact]
    public void Profile_CalculationPoint_FiveMetresBeyondTheRoadEdgeAtTheMiddle()
    {
        // 7 m wide road: edge at 3.5 m, point at 8.5 m from the axis, 1.5 m up, halfway along.
        var profile = ProfileOf(new StreetScene(length: 200, width: 7));

        Assert.Equal(8.5, profile.DistanceFromAxis, 1e-9);
        Assert.Equal(1.5, profile.CalculationHeight);
        Assert.Equal(100, profile.CalculationPoint.X, 1e-9);
        Assert.Equal(8.5, Math.Abs(profile.CalculationPoint.Y), 1e-9);
    }

    [Fact]
    public void Profile_FacadeCloserThanTheTargetDistance_PointAtTheFacade()
    {
        // 10 m road with facades at 7 m: 5 m beyond the edge would be inside the houses.
        var profile = ProfileOf(new StreetScene(width: 10).Row(7, 12).Row(-7, 12));

        Assert.Equal(7, profile.DistanceFromAxis, 1e-9);
    }

    [Fact]
    public void Profile_BentSegment_PointPerpendicularToTheMiddlePiece()
    {
        var segment = new StreetSegment("bent", new RdLine(new RdPoint(0, 0), new RdPoint(100, 0), new RdPoint(100, 100)), "a", "b", 1, 50, 1800, RoadClass.Collector, false, "Hoek", 6);
        var profile = new StreetProfiler(new CitySet([], [segment], [], [], [])).Profile(segment, EdgeDistance, 1.5);

        // Halfway along (100 m) is the corner; the point lies 8 m off the line there.
        Assert.Equal(8, profile.DistanceFromAxis, 1e-9);
        Assert.Equal(8, Math.Abs(profile.CalculationPoint.DistanceTo(new RdPoint(100, 0))), 1e-9);
    }

    [Fact]
    public void Profile_NoTrees_TreeFactorOne()
    {
        Assert.Equal(1.0, ProfileOf(new StreetScene().Row(10, 12).Row(-10, 12)).TreeFactor);
    }

    [Fact]
    public void Profile_SparseTrees_TreeFactorOne()
    {
        // A tree every 30 m: a tree here and there.
        Assert.Equal(1.0, ProfileOf(new StreetScene().Trees(6, 30, 6)).TreeFactor);
    }

    [Fact]
    public void Profile_RowOfTreesTenMetresApartWithGaps_TreeFactorOnePointTwoFive()
    {
        // Trees every 10 m (closer than 15 m) with 5 m crowns: gaps between the crowns.
        Assert.Equal(1.25, ProfileOf(new StreetScene().Row(10, 12).Row(-10, 12).Trees(6, 10, 5)).TreeFactor);
    }

    [Fact]
    public void Profile_ClosedCanopySpanningTheStreet_TreeFactorOnePointFive()
    {
        // Crowns of 10 m every 8 m on both sides: they touch and together span far more than a third of the 20 m canyon.
        var profile = ProfileOf(new StreetScene().Row(10, 12).Row(-10, 12).Trees(6, 8, 10).Trees(-6, 8, 10));

        Assert.Equal(1.5, profile.TreeFactor);
    }

    [Fact]
    public void Profile_TreesBehindTheFacades_DoNotCount()
    {
        // Dense trees in the back gardens (25 m out) behind facades at 10 m are not along the street.
        var profile = ProfileOf(new StreetScene().Row(10, 12).Row(-10, 12).Trees(25, 8, 10).Trees(-25, 8, 10));

        Assert.Equal(1.0, profile.TreeFactor);
    }

    [Fact]
    public void HalfWidth_UnknownWidth_FromTheLanes()
    {
        var segment = new StreetSegment("x", new RdLine(new RdPoint(0, 0), new RdPoint(10, 0)), "a", "b", 2, 50, 1800, RoadClass.Arterial, false, "Breed", 0);

        Assert.Equal(2 * 2 * 3.25 / 2, StreetProfiler.HalfWidth(segment), 1e-12);
    }
}
