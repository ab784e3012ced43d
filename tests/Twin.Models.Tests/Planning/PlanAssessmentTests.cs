using NetTopologySuite.IO;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Planning;

namespace Twin.Models.Tests.Planning;

public sealed class PlanAssessmentTests
{
    private static readonly WKTReader Wkt = new();

    // A 100 m x 100 m plan area beside Hilversum station (RD New): 10,000 m².
    private static readonly RdPolygon Area = Polygon("POLYGON ((140900 471900, 141000 471900, 141000 472000, 140900 472000, 140900 471900))");

    [Fact]
    public void Measure_BuildingsAndTrees_GivesFloorAreaIndexAndCoverage()
    {
        var homes = Building("homes", "POLYGON ((140910 471910, 140930 471910, 140930 471930, 140910 471930, 140910 471910))", 4, BuildingUse.Woonfunctie, 8);
        var office = Building("office", "POLYGON ((140950 471950, 140990 471950, 140990 471975, 140950 471975, 140950 471950))", 5, BuildingUse.Kantoorfunctie, 0);
        // Half of this footprint lies outside the area; its centroid too, so it is not counted, but its inside half covers ground.
        var edge = Building("edge", "POLYGON ((140995 471900, 141015 471900, 141015 471910, 140995 471910, 140995 471900))", 2, BuildingUse.Winkelfunctie, 0);
        var city = CitySet.From([homes, office, edge, Tree("t1", 140940, 471940, 10, TreeProtection.None), Tree("t2", 140900, 471990, 6, TreeProtection.Monumental)]);

        var measures = PlanAssessment.Measure(city, Area, PlanningRules.Default);

        Assert.Equal(10_000, measures.PlanArea, 6);
        Assert.Equal(2, measures.Buildings);
        Assert.Equal(8, measures.Dwellings);
        Assert.Equal((400 * 4) + (1_000 * 5), measures.GrossFloorArea, 6);
        Assert.Equal([(BuildingUse.Woonfunctie, 1_600.0), (BuildingUse.Kantoorfunctie, 5_000.0)], measures.FloorAreaByUse.Select(u => (u.Use, u.FloorArea)));
        Assert.Equal(5_000 / 25.0, measures.Jobs, 6);
        Assert.Equal(6_600 / 10_000.0, measures.FloorSpaceIndex, 9);
        Assert.Equal((400 + 1_000 + 50) / 10_000.0, measures.GroundCoverage, 9);
        // The monumental tree stands on the area's edge: counted (covered), half its crown inside.
        Assert.Equal((2, 1), (measures.Trees, measures.ProtectedTrees));
        var expectedCanopy = (Math.PI * 25) + (Math.PI * 9 / 2);
        Assert.InRange(measures.CanopyArea, expectedCanopy * 0.97, expectedCanopy * 1.001);
        Assert.True(measures.TripsPerDay > measures.TripsMorningPeakHour && measures.TripsMorningPeakHour > 0);
    }

    [Fact]
    public void Impact_TowerOnTreesAndOverAPipe_ListsTreesAndConflicts()
    {
        var oak = Tree("oak", 140950, 471950, 12, TreeProtection.Monumental);
        var lime = Tree("lime", 140975, 471950, 8, TreeProtection.None);   // crown reaches from 140971 to 140979: over the tower's edge at 140972
        var birch = Tree("birch", 140920, 471920, 6, TreeProtection.None);
        var felled = Tree("felled", 140910, 471990, 6, TreeProtection.Memorial);
        var sewer = Line("sewer", "LINESTRING (140900 471955, 141000 471955)", 1.2);        // under the tower
        var cable = Line("cable", "LINESTRING (140900 471974, 141000 471974)", 0.6);        // 2 m beside it: within clearance
        var deepMain = Line("main", "LINESTRING (140900 471950, 141000 471950)", 4.0);      // below the foundation
        var farPipe = Line("far", "LINESTRING (140900 471910, 141000 471910)", 1.0);
        var today = CitySet.From([oak, lime, birch, felled, sewer, cable, deepMain, farPipe]);
        var tower = Building("tower", "POLYGON ((140940 471940, 140972 471940, 140972 471972, 140940 471972, 140940 471940))", 20, BuildingUse.Woonfunctie, 120);
        ScenarioEdit[] edits = [new RemoveTree("felled"), new AddBuilding(tower)];
        var planned = ScenarioOverlay.Apply(today, edits);

        var impact = PlanAssessment.Impact(today, planned, PlanningRules.Default);

        Assert.Equal(["tower"], impact.NewBuildings);
        Assert.Equal(
            [("felled", TreeImpactKind.Felled), ("oak", TreeImpactKind.UnderNewBuilding), ("lime", TreeImpactKind.RootZone)],
            impact.Trees.Select(t => (t.TreeId, t.Impact)));
        Assert.Equal(2, impact.TreesRemoved);
        Assert.Equal(2, impact.ProtectedTreesAffected);
        Assert.Equal([("sewer", 0.0), ("cable", 2.0)], impact.UndergroundConflicts.Select(c => (c.UtilityLineId, c.Distance)));
        Assert.True(impact.UndergroundConflicts[0].Under);
    }

    [Fact]
    public void Assess_NoChanges_SameFiguresAndNoImpact()
    {
        var city = CitySet.From([Building("homes", "POLYGON ((140910 471910, 140930 471910, 140930 471930, 140910 471930, 140910 471910))", 3, BuildingUse.Woonfunctie, 6)]);

        var indicators = PlanAssessment.Assess(city, city, Area, PlanningRules.Default);

        Assert.Equal(indicators.Base.Dwellings, indicators.Planned.Dwellings);
        Assert.Empty(indicators.Impact.NewBuildings);
        Assert.Empty(indicators.Impact.Trees);
        Assert.Empty(indicators.Impact.UndergroundConflicts);
    }

    [Fact]
    public void AreaAround_Edits_BoxOfTouchedEntitiesWithMargin()
    {
        var oak = Tree("oak", 140950, 471950, 12, TreeProtection.None);
        var tower = Building("tower", "POLYGON ((141000 472000, 141020 472000, 141020 472020, 141000 472020, 141000 472000))", 10, BuildingUse.Woonfunctie, 40);

        var area = PlanAssessment.AreaAround([new RemoveTree("oak"), new AddBuilding(tower), new ScaleDemand(1.1)], CitySet.From([oak]), 50);

        Assert.NotNull(area);
        Assert.Equal(new RdEnvelope(140944 - 50, 471944 - 50, 141020 + 50, 472020 + 50), area.Envelope);
        Assert.Null(PlanAssessment.AreaAround([new ScaleDemand(1.1)], CitySet.From([oak]), 50));
    }

    [Fact]
    public void Rules_NonsenseValues_NamedAsProblems()
    {
        var rules = PlanningRules.Default with { FoundationDepth = -1, UtilityClearance = double.NaN };

        var problems = rules.Problems();

        Assert.Equal(2, problems.Length);
        Assert.Contains("foundation depth", problems[0], StringComparison.Ordinal);
        Assert.Contains("utility clearance", problems[1], StringComparison.Ordinal);
        Assert.Empty(PlanningRules.Default.Problems());
    }

    [Fact]
    public void Validate_TowerWithRoofAtGroundOrSelfCrossingFootprint_RejectedWithReasons()
    {
        var flat = Building("flat", "POLYGON ((140910 471910, 140930 471910, 140930 471930, 140910 471930, 140910 471910))", 0, BuildingUse.Woonfunctie, 4) with { RoofHeight = 5 };
        var bowtie = Building("bowtie", "POLYGON ((140910 471910, 140930 471930, 140930 471910, 140910 471930, 140910 471910))", 10, BuildingUse.Woonfunctie, 40);
        ScenarioEdit[] edits = [new AddBuilding(flat), new AddBuilding(bowtie), new RemoveTree("no-such-tree")];

        var problems = ScenarioValidation.Validate(edits, _ => false);

        Assert.Equal([0, 1, 2], problems.Select(p => p.EditIndex).Distinct());
        Assert.Contains("must be above ground level", problems.First(p => p.EditIndex == 0).Message, StringComparison.Ordinal);
        Assert.Contains("footprint", problems.First(p => p.EditIndex == 1).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FellUnknownTree_Rejected_FellKnownTreeAccepted()
    {
        static bool Exists(EntityKey key) => key == new EntityKey(EntityKind.Tree, "oak") || key == new EntityKey(EntityKind.Building, "lime");

        Assert.Equal([1], ScenarioValidation.Validate([new RemoveTree("oak"), new RemoveTree("lime")], Exists).Select(p => p.EditIndex));
        Assert.Equal([1], ScenarioValidation.Validate([new RemoveTree("oak"), new RemoveTree("oak")], Exists).Select(p => p.EditIndex));
    }

    private static RdPolygon Polygon(string wkt) => RdGeometry.FromNts((NetTopologySuite.Geometries.Polygon)Wkt.Read(wkt));

    private static Building Building(string id, string wkt, int storeys, BuildingUse use, int dwellings) =>
        new(id, Polygon(wkt), 5, 5 + (storeys * 3), storeys, use, 2030, dwellings);

    private static Tree Tree(string id, double x, double y, double crown, TreeProtection protection) =>
        new(id, "Quercus robur", new RdPoint(x, y), 15, crown, 150, 1960, protection, null, TreeDimensionsSource.Measured);

    private static UtilityLine Line(string id, string wkt, double depth) =>
        new(id, UtilityKind.Sewer, RdGeometry.FromNts(((NetTopologySuite.Geometries.LineString)Wkt.Read(wkt)).Coordinates), depth, 300, "PVC", "Gemeente Hilversum", 5);
}
