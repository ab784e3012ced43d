using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Models.Planning;

namespace Twin.Models.Tests.Planning;

public sealed class ScenarioTrafficTests
{
    private static readonly CitySet Demo = DemoDistrict.Generate(DemoOptions.Default);
    private static readonly DateTimeOffset At = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Run_Base_ConvergesAndPutsFlowOnEverySegment()
    {
        var run = ScenarioTraffic.Run("base", 0, At, Demo, [], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(run.Succeeded, string.Join("; ", run.Problems));
        Assert.True(run.Converged);
        Assert.True(run.RelativeGap <= 1e-6);
        Assert.Equal(Demo.StreetSegments.Length, run.Segments.Length);
        Assert.True(run.Segments.Count(s => s.Flow > 0) > Demo.StreetSegments.Length / 2);
        Assert.True(run.VehicleKilometres > 0 && run.VehicleHours > 0 && run.Trips > 0);
    }

    [Fact]
    public void Run_ClosedStreet_CarriesNothingAndTrafficMovesElsewhere()
    {
        var baseRun = ScenarioTraffic.Run("base", 0, At, Demo, [], cancellationToken: TestContext.Current.CancellationToken);
        var busiest = baseRun.Segments.Where(s => !s.SegmentId.Contains("edge", StringComparison.Ordinal)).MaxBy(s => s.Flow)!;

        var closedRun = ScenarioTraffic.Run("closure", 2, At, Demo, [new CloseStreet(busiest.SegmentId)], cancellationToken: TestContext.Current.CancellationToken);
        var comparison = TrafficComparison.Compare(baseRun, closedRun);

        var closed = closedRun.Segments.Single(s => s.SegmentId == busiest.SegmentId);
        Assert.True(closed.Closed);
        Assert.Equal(0, closed.Flow);
        var change = comparison.Segments.Single(s => s.SegmentId == busiest.SegmentId);
        Assert.Equal(-busiest.Flow, change.FlowChange, 6);
        Assert.Contains(comparison.MostChanged(10), s => s.FlowChange > 0);
        Assert.Equal(busiest.SegmentId, comparison.MostChanged(1)[0].SegmentId);
    }

    [Fact]
    public void Run_DemandScaled_MoreTripsAndMoreVehicleHours()
    {
        var baseRun = ScenarioTraffic.Run("base", 0, At, Demo, [], cancellationToken: TestContext.Current.CancellationToken);

        var grown = ScenarioTraffic.Run("growth", 2, At, Demo, [new ScaleDemand(1.2)], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(baseRun.Trips * 1.2, grown.Trips, 6);
        Assert.True(grown.VehicleHours > baseRun.VehicleHours * 1.2);
    }

    [Fact]
    public void Export_ClosureAgainstBase_GeoJsonInWgs84AndCsvWithTheChange()
    {
        var baseRun = ScenarioTraffic.Run("base", 0, At, Demo, [], cancellationToken: TestContext.Current.CancellationToken);
        var closedId = Demo.StreetSegments[10].Id;
        var closure = ScenarioTraffic.Run("closure", 2, At, Demo, [new CloseStreet(closedId)], cancellationToken: TestContext.Current.CancellationToken);
        var comparison = TrafficComparison.Compare(baseRun, closure);

        using var geoJson = System.Text.Json.JsonDocument.Parse(TrafficExport.GeoJson(closure, Demo.StreetSegments, comparison));
        var csv = System.Text.Encoding.UTF8.GetString(TrafficExport.Csv(closure, comparison)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var features = geoJson.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(Demo.StreetSegments.Length, features.Count);
        var closed = features.Single(f => f.GetProperty("properties").GetProperty("segmentId").GetString() == closedId);
        Assert.True(closed.GetProperty("properties").GetProperty("closed").GetBoolean());
        var first = closed.GetProperty("geometry").GetProperty("coordinates")[0];
        Assert.InRange(first[0].GetDouble(), 5.15, 5.21);
        Assert.InRange(first[1].GetDouble(), 52.21, 52.24);
        Assert.Equal(Demo.StreetSegments.Length + 1, csv.Length);
        Assert.StartsWith("segmentId,streetName,forwardFlow", csv[0], StringComparison.Ordinal);
        Assert.Contains("flowChange", csv[0], StringComparison.Ordinal);
        Assert.Single(csv, line => line.StartsWith(closedId + ",", StringComparison.Ordinal) && line.Contains(",true,", StringComparison.Ordinal));
    }
}
