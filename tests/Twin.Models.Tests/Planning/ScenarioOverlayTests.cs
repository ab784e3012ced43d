using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Planning;

namespace Twin.Models.Tests.Planning;

public sealed class ScenarioOverlayTests
{
    private static readonly Building Station = Building("station", 0);
    private static readonly Building Office = Building("office", 50);
    private static readonly StreetSegment Snelliuslaan = new(
        "snelliuslaan-1", new RdLine(new RdPoint(0, -20), new RdPoint(100, -20)), "n1", "n2", 1, 50, 900, RoadClass.Residential, false, "Snelliuslaan", 7);

    [Fact]
    public void Apply_RemoveAddChange_InOrderOnACopy()
    {
        var city = CitySet.From([Station, Office, Snelliuslaan]);
        var tower = Building("tower", 200);
        ScenarioEdit[] edits =
        [
            new RemoveBuilding("office"),
            new AddBuilding(tower),
            new ChangeStreet("snelliuslaan-1", SpeedLimit: 30, Direction: StreetDirection.OneWayReverse),
        ];

        var plan = ScenarioOverlay.Apply(city, edits);

        Assert.Equal(["station", "tower"], plan.Buildings.Select(b => b.Id).Order());
        var street = Assert.Single(plan.StreetSegments);
        Assert.Equal((30.0, true, "n2", "n1"), (street.SpeedLimit, street.OneWay, street.FromNode, street.ToNode));
        Assert.Equal(new RdPoint(100, -20), street.Centreline[0]);
        Assert.Equal(3, city.Count);
        Assert.Equal(50, city.StreetSegments[0].SpeedLimit);
    }

    [Fact]
    public void Apply_AddedBuildingOutsideThePart_StaysOut()
    {
        var part = CitySet.From([Station]);

        var plan = ScenarioOverlay.Apply(part, [new AddBuilding(Building("far", 5_000))], b => b.Anchor.X < 141_900);

        Assert.Equal(["station"], plan.Buildings.Select(b => b.Id));
    }

    [Fact]
    public void ChangeStreet_LanesOnly_ScalesCapacity()
    {
        var wider = new ChangeStreet("snelliuslaan-1", LanesPerDirection: 2).ApplyTo(Snelliuslaan);

        Assert.Equal(1_800, wider.Capacity);
    }

    [Fact]
    public void Validate_UnknownSegmentAmongGoodEdits_NamesTheEdit()
    {
        ScenarioEdit[] edits = [new CloseStreet("snelliuslaan-1"), new CloseStreet("no-such-street"), new ChangeStreet("snelliuslaan-1", SpeedLimit: -5)];

        var problems = ScenarioValidation.Validate(edits, Exists);

        Assert.Equal([1, 2], problems.Select(p => p.EditIndex));
        Assert.Contains("no street segment with id 'no-such-street'", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("speed limit", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AddExistingIdOrRemoveUnknown_Rejected()
    {
        ScenarioEdit[] edits = [new AddBuilding(Station), new RemoveBuilding("nothing"), new ScaleDemand(0)];

        var problems = ScenarioValidation.Validate(edits, Exists);

        Assert.Equal([0, 1, 2], problems.Select(p => p.EditIndex));
    }

    [Fact]
    public void Validate_RemoveThenAddSameId_Accepted()
    {
        ScenarioEdit[] edits = [new RemoveBuilding("station"), new AddBuilding(Station with { RoofHeight = 60 }), new ScaleDemand(1.1)];

        Assert.Empty(ScenarioValidation.Validate(edits, Exists));
        Assert.Equal(1.1, ScenarioOverlay.DemandFactor(edits), 12);
    }

    private static bool Exists(EntityKey key) => key.Id is "station" or "office" or "snelliuslaan-1";

    // Beside Hilversum station, RD New.
    private static Building Building(string id, double east)
    {
        var (x, y) = (140_900 + east, 471_900.0);
        return new(id, new RdPolygon(new RdLine(new(x, y), new(x + 20, y), new(x + 20, y + 20), new(x, y + 20), new(x, y))), 5, 20, 5, BuildingUse.Kantoorfunctie, 2030, 0);
    }
}
