using Twin.Cli;
using Twin.Models.City;

namespace Twin.Silo.Tests;

/// <summary>A planner's session with the CLI against the demo: create a scenario, a rejected edit, a closure, a run with progress, the comparison.</summary>
public sealed class ScenarioCliTests(DemoSiloFixture fixture)
{
    private string Server => fixture.Silo.GrpcAddress;

    [Fact]
    public async Task Scenario_CreateEditRunCompare_ListsTheClosedStreetAmongTheChanges()
    {
        var street = fixture.Demo.StreetSegments.Where(s => s.RoadClass == RoadClass.Collector).OrderBy(s => s.Id, StringComparer.Ordinal).First();

        var create = await CliRun.RunAsync("scenario", "create", "cli-closure", "--name", "Afsluiting", "--server", Server);
        var rejected = await CliRun.RunAsync("scenario", "edit", "cli-closure", "--close", street.Id, "--close", "no-such-segment", "--server", Server);
        var shownAfterRejection = await CliRun.RunAsync("scenario", "show", "cli-closure", "--server", Server);
        var accepted = await CliRun.RunAsync("scenario", "edit", "cli-closure", "--close", street.Id, "--server", Server);
        var baseRun = await CliRun.RunAsync("scenario", "run", "base", "--server", Server);
        var run = await CliRun.RunAsync("scenario", "run", "cli-closure", "--server", Server);
        var compare = await CliRun.RunAsync("scenario", "compare", "cli-closure", "--top", "5", "--server", Server);
        var geoJson = await CliRun.RunAsync("scenario", "export", "cli-closure", "--server", Server);
        var csv = await CliRun.RunAsync("scenario", "export", "cli-closure", "--format", "csv", "--server", Server);

        Assert.Equal(0, create.ExitCode);
        Assert.Equal(ExitCodes.RequestFailed, rejected.ExitCode);
        Assert.Contains("edit 1: no street segment with id 'no-such-segment'", rejected.Error, StringComparison.Ordinal);
        Assert.Contains("version 1", shownAfterRejection.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("close street segment", shownAfterRejection.Output, StringComparison.Ordinal);
        Assert.Equal(0, accepted.ExitCode);
        Assert.Contains($"close street segment {street.Id}", accepted.Output, StringComparison.Ordinal);
        Assert.Equal(0, baseRun.ExitCode);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("iteration    1", run.Output, StringComparison.Ordinal);
        Assert.Contains("converged after", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, compare.ExitCode);
        Assert.Contains("vehicle-hours", compare.Output, StringComparison.Ordinal);
        Assert.Contains(street.Id, compare.Output, StringComparison.Ordinal);
        using var exported = System.Text.Json.JsonDocument.Parse(geoJson.Output);
        var closed = exported.RootElement.GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("properties").GetProperty("segmentId").GetString() == street.Id).GetProperty("properties");
        Assert.True(closed.GetProperty("closed").GetBoolean());
        Assert.True(closed.GetProperty("flowChange").GetDouble() < 0);
        Assert.Equal(fixture.Demo.StreetSegments.Length + 1, csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Scenario_CompareBeforeRun_FailedPreconditionSaysRunFirst()
    {
        await CliRun.RunAsync("scenario", "create", "cli-unrun", "--name", "Nog niet gerekend", "--server", Server);

        var compare = await CliRun.RunAsync("scenario", "compare", "cli-unrun", "--server", Server);

        Assert.Equal(ExitCodes.RequestFailed, compare.ExitCode);
        Assert.Contains("has not run yet", compare.Error, StringComparison.Ordinal);
    }
}
