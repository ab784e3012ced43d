using System.Globalization;
using System.Text.Json;
using Twin.Cli;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary><c>twin sun position</c>: runs locally, no server involved.</summary>
public sealed class SunCliTests
{
    [Fact]
    public async Task SunPosition_NrelWorkedExample_PrintsTheReportsZenithAndAzimuth()
    {
        var expected = ReadExample();

        var run = await CliRun.RunAsync(
            "sun", "position", "--lat", "39.742476", "--lon", "-105.1786", "--time", "2003-10-17T12:30:30-07:00",
            "--elevation", "1830.14", "--pressure", "820", "--temperature", "11", "--delta-t", "67");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(expected["topocentric_zenith_theta"], root.GetProperty("zenith").GetDouble(), 1e-4);
        Assert.Equal(expected["topocentric_azimuth_Phi"], root.GetProperty("azimuth").GetDouble(), 1e-4);
        Assert.Equal(expected["topocentric_elevation_e"], root.GetProperty("elevation").GetDouble(), 1e-4);
        Assert.Equal(expected["topocentric_declination_delta_prime"], root.GetProperty("declination").GetDouble(), 1e-4);
        var input = root.GetProperty("input");
        Assert.Equal("2003-10-17T19:30:30Z", input.GetProperty("utc").GetString());
        Assert.Equal("2003-10-17T12:30:30-07:00", input.GetProperty("time").GetString());
        Assert.Equal(820, input.GetProperty("pressure").GetDouble());
        Assert.Equal(67, input.GetProperty("deltaT").GetDouble());
    }

    [Theory]
    [InlineData("--lat", "95", "--lat: latitude 95 must be within -90..90 degrees")]
    [InlineData("--pressure", "0", "--pressure: pressure 0 must be greater than 0")]
    [InlineData("--time", "2026-03-21T12:00:00", "--time: '2026-03-21T12:00:00' is not an ISO 8601 time with an offset")]
    [InlineData("--time", "gisteren", "--time: 'gisteren' is not")]
    public async Task SunPosition_BadOption_UsageErrorNamingTheOption(string option, string value, string message)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--lat"] = "52.2262",
            ["--lon"] = "5.1816",
            ["--time"] = "2026-03-21T12:00:00+01:00",
            [option] = value,
        };

        var run = await CliRun.RunAsync(["sun", "position", .. arguments.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    private static Dictionary<string, double> ReadExample() =>
        File.ReadAllLines(SharedData.File("solar/nrel_spa_worked_example.csv"))
            .Where(l => l.StartsWith("SPA-2003-10-17,", StringComparison.Ordinal))
            .Select(l => l.Split(','))
            .Where(c => double.TryParse(c[2], CultureInfo.InvariantCulture, out _))
            .ToDictionary(c => c[1], c => double.Parse(c[2], CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
