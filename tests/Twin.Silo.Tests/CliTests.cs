using System.Globalization;
using System.Text.Json;
using Twin.Cli;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>The twin command line against a running silo with the demo.</summary>
public sealed class CliTests(DemoSiloFixture fixture)
{
    private string Server => fixture.Silo.GrpcAddress;

    [Fact]
    public async Task Stats_DemoSilo_PrintsTheCountsPerKind()
    {
        var run = await CliRun.RunAsync("stats", "--server", Server);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var counts = fixture.Demo.Counts;
        Assert.Contains($"Buildings       │ {counts.Buildings.ToString("N0", CultureInfo.InvariantCulture)}", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Trees           │ {counts.Trees.ToString("N0", CultureInfo.InvariantCulture)}", run.Output, StringComparison.Ordinal);
        Assert.Contains("Extent WGS84: 52.2", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_Json_IsParseableAndMatches()
    {
        var run = await CliRun.RunAsync("stats", "--json", "--server", Server);

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(fixture.Demo.Counts.Buildings, json.RootElement.GetProperty("counts").GetProperty("buildings").GetInt32());
    }

    [Fact]
    public async Task QueryGeoJson_ThenImport_ChangesNothing()
    {
        var query = await CliRun.RunAsync("query", "--bbox", "140800,470800,141000,471000", "--format", "geojson", "--server", Server);
        var path = Path.Combine(Directory.CreateTempSubdirectory("twin-cli-").FullName, "area.geojson");
        await File.WriteAllTextAsync(path, query.Output, TestContext.Current.CancellationToken);
        using var geojson = JsonDocument.Parse(query.Output);
        var features = geojson.RootElement.GetProperty("features").GetArrayLength();

        var import = await CliRun.RunAsync("import", path, "--json", "--server", Server);

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.True(features > 10, $"only {features} features exported");
        using var summary = JsonDocument.Parse(import.Output);
        Assert.Equal(features, summary.RootElement.GetProperty("unchanged").GetInt32());
        Assert.False(summary.RootElement.TryGetProperty("created", out _));
        Assert.False(summary.RootElement.TryGetProperty("rejections", out _));
    }

    [Fact]
    public async Task QueryIds_KindFilter_ListsOnlyThatKind()
    {
        var run = await CliRun.RunAsync("query", "--bbox", "140000,470000,142000,472000", "--kind", "sensor", "--format", "ids", "--server", Server);

        var ids = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(fixture.Demo.Sensors.Select(s => s.Id).Order(), ids.Order());
    }

    [Fact]
    public async Task Get_Snelliuslaan_ShowsTheStreetAt30()
    {
        var segment = fixture.Demo.StreetSegments.First(s => s.StreetName == "Snelliuslaan");

        var run = await CliRun.RunAsync("get", "street", segment.Id, "--server", Server);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Snelliuslaan", run.Output, StringComparison.Ordinal);
        Assert.Contains("speedLimit        │ 30", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownId_ExitsNotFoundWithMessage()
    {
        var run = await CliRun.RunAsync("get", "tree", "no-such-tree", "--server", Server);

        Assert.Equal(ExitCodes.NotFound, run.ExitCode);
        Assert.Contains("no-such-tree", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("query", "--bbox", "1,2,3")]
    [InlineData("query", "--bbox", "0,0,1,1", "--kind", "lamppost")]
    [InlineData("get", "building")]
    [InlineData("frobnicate")]
    public async Task BadCommandLine_ExitsUsageWithMessage(params string[] args)
    {
        var run = await CliRun.RunAsync([.. args, "--server", Server]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.NotEmpty(run.Error.Trim());
    }

    [Fact]
    public async Task NoServer_ExitsUnreachableWithHint()
    {
        var run = await CliRun.RunAsync("stats", "--server", "http://127.0.0.1:9");

        Assert.Equal(ExitCodes.Unreachable, run.ExitCode);
        Assert.Contains("dotnet run --project silo/Twin.Silo", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("import")]
    [InlineData("query")]
    [InlineData("get")]
    [InlineData("stats")]
    public async Task Help_EveryCommand_PrintsUsage(params string[] command)
    {
        var run = await CliRun.RunAsync([.. command, "--help"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DelftThroughCli_ReportsBuildingsAndSkippedTypes()
    {
        var delft = SharedData.File("cityjson/cjio_delft_3dfier_bgt_ahn.city.json");
        await using var silo = await SiloProcess.StartAsync("--Twin:Demo:SeedWhenEmpty=false");

        var run = await CliRun.RunAsync("import", delft, "--server", silo.GrpcAddress);
        var stats = await CliRun.RunAsync("stats", "--server", silo.GrpcAddress);

        Assert.True(run.ExitCode == ExitCodes.Success, $"exit code {run.ExitCode}: {run.Output}{run.Error}");
        Assert.Contains("Buildings │   160", run.Output, StringComparison.Ordinal);
        Assert.Contains("unsupported type: 410", run.Output, StringComparison.Ordinal);
        Assert.Contains("x CityJSON Road", run.Output, StringComparison.Ordinal);
        Assert.Contains("Buildings       │   160", stats.Output, StringComparison.Ordinal);
    }
}
