using System.Text.Json;
using Twin.Api.V1;
using Twin.Models.Demo;
using Twin.Models.Planning;

namespace Twin.Silo.Tests;

/// <summary>
/// The example plan on the running demo (three towers by the station, trees felled, Snelliuslaan
/// one-way) run from the CLI through the whole chain, compared with today, reported, and shown as
/// tile layers for today and the plan.
/// </summary>
public sealed class ScenarioChainTests(DemoSiloFixture fixture)
{
    private string Server => fixture.Silo.GrpcAddress;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExamplePlan_RunFromCli_CompareShowsTrafficAirSunIndicatorsTreesAndConflicts()
    {
        var edits = DemoProposal.Edits(fixture.Demo);
        var towers = edits.OfType<AddBuilding>().Select(a => a.Building).ToList();
        var replaced = edits.OfType<RemoveBuilding>().Select(r => fixture.Demo.Buildings.Single(b => b.Id == r.BuildingId)).ToList();
        var felled = edits.OfType<RemoveTree>().Select(t => t.TreeId).ToHashSet();

        var run = await CliRun.RunAsync("scenario", "run", DemoProposal.Id, "--server", Server);
        var compare = await CliRun.RunAsync("scenario", "compare", DemoProposal.Id, "--top", "5", "--server", Server);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("iteration    1", run.Output, StringComparison.Ordinal);
        Assert.Contains("air quality: emissions and SRM1", run.Output, StringComparison.Ordinal);
        Assert.Contains("sun hours per facade", run.Output, StringComparison.Ordinal);
        Assert.Contains("planning indicators of the plan area", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, compare.ExitCode);
        Assert.Contains("vehicle-hours", compare.Output, StringComparison.Ordinal);
        Assert.Contains("NO2 along the streets", compare.Output, StringComparison.Ordinal);
        Assert.Contains("Newly failing the TNO norm:", compare.Output, StringComparison.Ordinal);
        Assert.Contains($"Trees removed: {felled.Count};", compare.Output, StringComparison.Ordinal);
        Assert.Contains("Underground conflicts:", compare.Output, StringComparison.Ordinal);

        using var client = fixture.Connect();
        var comparison = await client.Scenarios.CompareScenarioAsync(new CompareScenarioRequest { Id = DemoProposal.Id, Top = 10_000 }, cancellationToken: Cancel);
        var indicators = comparison.Indicators;
        Assert.Equal(towers.Sum(t => t.Dwellings) - replaced.Sum(b => b.Dwellings), indicators.Planned.Dwellings - indicators.Base.Dwellings);
        var addedFloorArea = towers.Sum(t => t.GrossFloorArea) - replaced.Sum(b => b.GrossFloorArea);
        Assert.Equal(addedFloorArea, indicators.Planned.GrossFloorArea - indicators.Base.GrossFloorArea, 3);
        Assert.Equal(towers.Select(t => t.Id).Order(), indicators.NewBuildings.Order());
        Assert.Equal(felled.Order(), indicators.Trees.Where(t => t.Impact == "Felled").Select(t => t.TreeId).Order());
        Assert.Equal(indicators.Trees.Count(t => t.Protection is "Monumental" or "Memorial"), indicators.ProtectedTreesAffected);
        Assert.All(indicators.UndergroundConflicts, c => Assert.Contains(c.BuildingId, towers.Select(t => t.Id)));
        Assert.All(indicators.UndergroundConflicts, c => Assert.True(c.DepthOfTop < PlanningRules.Default.FoundationDepth));

        // NO2: every street of the city has a value today and in the plan; the one-way street's changes are among them.
        var air = comparison.AirQuality;
        Assert.Equal(fixture.Demo.StreetSegments.Length, air.MostChanged.Count);
        Assert.All(air.MostChanged, s => Assert.InRange(s.ScenarioNo2, 1, 200));
        Assert.Contains(air.MostChanged, s => Math.Abs(s.No2Change) > 0.01);

        // Sun: the towers are new dwelling buildings in the plan area; whether one fails is the model's answer, but it is listed when it does.
        var sun = comparison.Sun;
        Assert.True(sun.Points > 0);
        Assert.EndsWith("-02-19", sun.From, StringComparison.Ordinal);
        Assert.EndsWith("-10-21", sun.To, StringComparison.Ordinal);
        Assert.Equal(sun.BaseBuildingsWithDwellings + towers.Count - replaced.Count(b => b.Dwellings > 0), sun.ScenarioBuildingsWithDwellings);
        Assert.All(sun.NewFailing, b => Assert.Contains(b.BuildingId, towers.Select(t => t.Id)));
        Assert.All(sun.NewlyFailing, b => Assert.True(b.MetNormBefore && !b.MeetsNormAfter));

        // The CSV export carries NO2 per street beside the traffic, today's beside the plan's.
        var csv = await CliRun.RunAsync("scenario", "export", DemoProposal.Id, "--format", "csv", "--server", Server);
        var header = csv.Output.Split('\n')[0].Trim().Split(',');
        Assert.Contains("no2", header);
        Assert.Contains("no2Change", header);
        var biggest = air.MostChanged[0];
        var row = csv.Output.Split('\n').Select(l => l.Trim().Split(',')).Single(r => r[0] == biggest.SegmentId);
        Assert.Equal(biggest.ScenarioNo2, double.Parse(row[Array.IndexOf(header, "no2")], System.Globalization.CultureInfo.InvariantCulture), 2);
    }

    [Fact]
    public async Task ExamplePlan_Report_IsOneHtmlPageWithChartsAndAMap()
    {
        var path = Path.Combine(Path.GetTempPath(), $"twin-report-{Guid.NewGuid():N}.html");
        try
        {
            var report = await CliRun.RunAsync("scenario", "report", DemoProposal.Id, "--out", path, "--server", Server);

            Assert.Equal(0, report.ExitCode);
            var html = await File.ReadAllTextAsync(path, Cancel);
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
            foreach (var heading in new[] { "Traffic (morning peak hour)", "Air quality along the streets", "Sun and the light TNO norm", "Planning indicators of the plan area", "Underground conflicts", "Map of the plan area" })
            {
                Assert.Contains($"<h2>{heading}", html, StringComparison.Ordinal);
            }

            Assert.True(html.Split("<svg").Length - 1 >= 3, "charts and a map as inline SVG");
            Assert.Contains("voorbeeldplan-toren-noord", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ExamplePlan_Tilesets_OfferNo2AndSunHoursForTodayAndThePlan()
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Silo.HttpAddress) };

        var today = await LayersAsync(http, "base");
        var plan = await LayersAsync(http, DemoProposal.Id);

        Assert.Contains("no2", today);
        Assert.Contains("sun-hours", today);
        Assert.Contains("no2", plan);
        Assert.Contains("sun-hours", plan);
        Assert.Contains("sun-hours-change", plan);
    }

    [Fact]
    public async Task Run_FailsAfterASuccessfulRun_KeepsThePreviousResultsAndNamesTheCause()
    {
        var tree = fixture.Demo.Trees.OrderBy(t => t.Id, StringComparer.Ordinal).Last();
        await CliRun.RunAsync("scenario", "create", "chain-keep", "--name", "Eerst goed, dan fout", "--server", Server);
        await CliRun.RunAsync("scenario", "edit", "chain-keep", "--remove-tree", tree.Id, "--server", Server);
        var first = await CliRun.RunAsync("scenario", "run", "chain-keep", "--server", Server);
        using var client = fixture.Connect();
        var before = await client.Scenarios.CompareScenarioAsync(new CompareScenarioRequest { Id = "chain-keep" }, cancellationToken: Cancel);
        // Every street closed: no trip can reach its destination, so the traffic model cannot run.
        var closeAll = fixture.Demo.StreetSegments.SelectMany(s => new[] { "--close", s.Id }).ToArray();
        await CliRun.RunAsync(["scenario", "edit", "chain-keep", .. closeAll, "--server", Server]);

        var failed = await CliRun.RunAsync("scenario", "run", "chain-keep", "--server", Server);
        var after = await client.Scenarios.CompareScenarioAsync(new CompareScenarioRequest { Id = "chain-keep" }, cancellationToken: Cancel);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(2, before.Indicators.Version);
        Assert.Equal(Twin.Cli.ExitCodes.RequestFailed, failed.ExitCode);
        Assert.Contains("the run failed:", failed.Error, StringComparison.Ordinal);
        Assert.Equal(before.Indicators.Version, after.Indicators.Version);
        Assert.Equal(before.ScenarioVehicleHours, after.ScenarioVehicleHours);
        Assert.Equal(before.AirQuality.ScenarioMaxNo2, after.AirQuality.ScenarioMaxNo2);
    }

    [Fact]
    public async Task FellUnknownTree_Rejected_NothingApplied()
    {
        await CliRun.RunAsync("scenario", "create", "chain-fell", "--name", "Kap", "--server", Server);
        var tree = fixture.Demo.Trees.OrderBy(t => t.Id, StringComparer.Ordinal).First();

        var rejected = await CliRun.RunAsync("scenario", "edit", "chain-fell", "--remove-tree", tree.Id, "--remove-tree", "no-such-tree", "--server", Server);
        var shown = await CliRun.RunAsync("scenario", "show", "chain-fell", "--server", Server);

        Assert.Equal(Twin.Cli.ExitCodes.RequestFailed, rejected.ExitCode);
        Assert.Contains("no tree with id 'no-such-tree'", rejected.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("fell tree", shown.Output, StringComparison.Ordinal);
    }

    private static async Task<List<string>> LayersAsync(HttpClient http, string scenario)
    {
        using var tileset = JsonDocument.Parse(await http.GetStringAsync($"/tiles/{scenario}/tileset.json", Cancel));
        return [.. tileset.RootElement.GetProperty("extras").GetProperty("layers").EnumerateArray().Select(l => l.GetProperty("id").GetString()!)];
    }
}
