using System.Collections.Immutable;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tests.City;

public sealed class CityValidationTests
{
    private static readonly WKTReader Wkt = new(RdGeometry.Factory.GeometryServices);

    [Fact]
    public void Validate_PlausibleBuilding_HasNoProblems()
    {
        var building = Building("POLYGON ((140000 470000, 140010 470000, 140010 470010, 140000 470010, 140000 470000))");

        Assert.Empty(CityValidation.Validate(building));
    }

    [Fact]
    public void Validate_BowTieFootprint_NamesFootprintAsInvalid()
    {
        var building = Building("POLYGON ((140000 470000, 140010 470010, 140010 470000, 140000 470010, 140000 470000))");

        var problem = Assert.Single(CityValidation.Validate(building));

        Assert.Equal("footprint", problem.Field);
        Assert.Contains("not a valid polygon", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RoofBelowGroundAndNegativeDwellings_ReportsBoth()
    {
        var building = Building("POLYGON ((140000 470000, 140010 470000, 140010 470010, 140000 470010, 140000 470000))") with { RoofHeight = 1, Dwellings = -3 };

        var fields = CityValidation.Validate(building).Select(p => p.Field).ToList();

        Assert.Contains("roofHeight", fields);
        Assert.Contains("dwellings", fields);
    }

    [Fact]
    public void Validate_FootprintOutsideRdDomain_NamesThePoint()
    {
        var building = Building("POLYGON ((500000 470000, 500010 470000, 500010 470010, 500000 470010, 500000 470000))");

        var problem = Assert.Single(CityValidation.Validate(building));

        Assert.Contains("outside the RD New domain", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SensorWithForbiddenQuantityAndNoDpia_ReportsBoth()
    {
        var register = new SensorRegisterEntry("Gemeente Hilversum", "verkeerstelling", ["vehicle_count", "licence_plate"], "Gemeentewet", "", 30, new DateOnly(2024, 3, 1), null, true, SensorStatus.Active);
        var sensor = new Sensor("cam-1", "Snelliuslaan", SensorKind.TrafficCamera, new RdPoint(141_000, 471_000), 4, "seg-1", null, register);

        var problems = CityValidation.Validate(sensor);

        Assert.Contains(problems, p => p.Field == "register.quantities" && p.Message.Contains("licence_plate", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "register.dpiaReference");
    }

    [Fact]
    public void Validate_StreetWithSameNodesAndZeroLength_ReportsBoth()
    {
        var line = new RdLine(ImmutableArray.Create(new RdPoint(140_000, 470_000), new RdPoint(140_000, 470_000)));
        var street = new StreetSegment("s", line, "n1", "n1", 1, 30, 800, RoadClass.Residential, false, "Snelliuslaan", 6);

        var fields = CityValidation.Validate(street).Select(p => p.Field).ToList();

        Assert.Contains("centreline", fields);
        Assert.Contains("toNode", fields);
    }

    private static Building Building(string wkt) =>
        new("NL.IMBAG.Pand.0402100000000001", RdGeometry.FromNts((Polygon)Wkt.Read(wkt)), 4.5, 14.5, 3, BuildingUse.Woonfunctie, 1931, 6);
}
