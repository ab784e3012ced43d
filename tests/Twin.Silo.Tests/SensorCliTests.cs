using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Twin.Api.V1;
using Twin.Cli;
using Twin.Client;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>An operator's session with the CLI: register a sensor, replay a CSV as a live stream, read series, calibrate on the Antwerp co-location data.</summary>
[Collection(SensorSiloGroup.Name)]
public sealed class SensorCliTests(SensorSiloFixture fixture)
{
    private string Server => fixture.Silo.GrpcAddress;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Replay_CsvWithBadLines_StreamsTheGoodOnesLiveAndReportsEachRejection()
    {
        using var client = fixture.Connect();
        var sensor = await RegisterAirSensorAsync(client, Cancel);
        using var folder = new TemporaryFolder();
        var now = DateTime.UtcNow;
        var lines = new List<string> { "sensor_id,time,quantity,value" };
        lines.AddRange(Enumerable.Range(0, 120).Select(i => $"{sensor},{now.AddMinutes(-120 + i):O},no2,{20 + (i % 7)}"));
        lines.Add($"{sensor},{now.AddMinutes(-5):O},no2,NaN");
        lines.Add($"{sensor},{now.AddMinutes(-5):O},camera_image,1");
        var file = Path.Combine(folder.Path, "readings.csv");
        await File.WriteAllLinesAsync(file, lines, Cancel);
        var request = new SubscribeRequest();
        request.SensorIds.Add(sensor);
        using var subscription = client.Sensors.Subscribe(request, cancellationToken: Cancel);
        Assert.True(await subscription.ResponseStream.MoveNext(Cancel));

        var replay = await CliRun.RunAsync("ingest", "replay", file, "--speed", "3600", "--server", Server);
        var heard = 0;
        while (heard < 120 && await subscription.ResponseStream.MoveNext(Cancel))
        {
            heard += subscription.ResponseStream.Current.Update.Stored;
        }

        var series = await CliRun.RunAsync("sensors", "series", sensor, "--quantity", "no2", "--from", now.AddHours(-3).ToString("O"), "--format", "csv", "--server", Server);

        Assert.Equal(ExitCodes.InvalidInput, replay.ExitCode);
        Assert.Contains("Sent 122 readings: 120 accepted (120 stored, 0 already stored), 2 rejected.", replay.Output, StringComparison.Ordinal);
        Assert.Contains("value not finite", replay.Output, StringComparison.Ordinal);
        Assert.Contains("quantity not registered", replay.Output, StringComparison.Ordinal);
        Assert.Equal(120, heard);
        Assert.Equal(0, series.ExitCode);
        var counts = series.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Sum(l => long.Parse(l.Split(',')[1], CultureInfo.InvariantCulture));
        Assert.Equal(120, counts);
    }

    [Fact]
    public async Task Replay_MalformedLine_NamesTheLineAndSendsNothing()
    {
        using var folder = new TemporaryFolder();
        var file = Path.Combine(folder.Path, "bad.csv");
        await File.WriteAllLinesAsync(file, ["sensor_id,time,quantity,value", "sensor-air-01,2026-11-23T08:00:00Z,no2,12", "sensor-air-01,yesterday,no2,13"], Cancel);

        var replay = await CliRun.RunAsync("ingest", "replay", file, "--server", Server);

        Assert.Equal(ExitCodes.InvalidInput, replay.ExitCode);
        Assert.Contains("line 3: time 'yesterday'", replay.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calibrate_AntwerpDiffusionTubesAgainstVmmStations_ReportsGainOffsetAndRSquared()
    {
        var colocation = SharedData.File("observations/rol_measurements_calibration.csv");
        using var client = fixture.Connect();
        var sensor = await RegisterAirSensorAsync(client, Cancel);
        using var folder = new TemporaryFolder();
        var pairs = Path.Combine(folder.Path, "pairs.csv");
        var rows = File.ReadAllLines(colocation).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Where(c => double.Parse(c[7], CultureInfo.InvariantCulture) <= 25)
            .Select(c => $"{c[2]},{c[3]},{c[4]},{c[6]}").ToList();
        await File.WriteAllLinesAsync(pairs, ["start,end,raw,reference", .. rows], Cancel);

        var calibrate = await CliRun.RunAsync("sensors", "calibrate", sensor, "--quantity", "no2", "--reference-name", "VMM Antwerpen (co-location)", "--pairs", pairs, "--server", Server);
        var show = await CliRun.RunAsync("sensors", "show", sensor, "--server", Server);

        Assert.Equal(0, calibrate.ExitCode);
        var fitted = System.Text.RegularExpressions.Regex.Match(calibrate.Output, @"gain (?<gain>[\d.]+), offset (?<offset>[\d.-]+), R² (?<r2>[\d.]+), residual sd [\d.]+, (?<n>\d+) pairs");
        Assert.True(fitted.Success, calibrate.Output);
        var (gain, offset) = LeastSquares(rows.Select(r => r.Split(',')).Select(c => (double.Parse(c[2], CultureInfo.InvariantCulture), double.Parse(c[3], CultureInfo.InvariantCulture))).ToList());
        Assert.Equal(gain, double.Parse(fitted.Groups["gain"].Value, CultureInfo.InvariantCulture), 1e-4);
        Assert.Equal(offset, double.Parse(fitted.Groups["offset"].Value, CultureInfo.InvariantCulture), 1e-4);
        Assert.InRange(double.Parse(fitted.Groups["r2"].Value, CultureInfo.InvariantCulture), 0.8, 1);
        Assert.Equal(rows.Count.ToString(CultureInfo.InvariantCulture), fitted.Groups["n"].Value);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"calibration  no2: calibrated = {gain:0.####} x raw"), show.Output, StringComparison.Ordinal);
    }

    /// <summary>The least-squares line of reference on raw from the plain sums, to check the server's fit independently.</summary>
    private static (double Gain, double Offset) LeastSquares(List<(double Raw, double Reference)> pairs)
    {
        var n = pairs.Count;
        var (sx, sy) = (pairs.Sum(p => p.Raw), pairs.Sum(p => p.Reference));
        var (sxx, sxy) = (pairs.Sum(p => p.Raw * p.Raw), pairs.Sum(p => p.Raw * p.Reference));
        var gain = ((n * sxy) - (sx * sy)) / ((n * sxx) - (sx * sx));
        return (gain, (sy - (gain * sx)) / n);
    }

    /// <summary>A sensor of its own for one test (its id outside the demo's, so the simulated feed leaves it alone).</summary>
    internal static async Task<string> RegisterAirSensorAsync(TwinClient client, CancellationToken cancellationToken)
    {
        var id = $"test-air-{Guid.NewGuid():N}";
        var sensor = new Sensor
        {
            Id = id, Name = "Testmeetpunt", Kind = SensorKind.AirQuality, Location = new Point { X = 140900, Y = 471100 }, MountingHeight = 3,
            Register = new SensorRegisterEntry
            {
                Owner = "Gemeente Hilversum", Purpose = "test", LegalBasis = "Gemeentewet art. 160", DpiaReference = "DPIA-TEST", RetentionDays = 365,
                StartDate = Timestamp.FromDateTime(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)), IsPublic = true, Status = SensorStatus.Active,
            },
        };
        sensor.Register.Quantities.AddRange(["no2", "pm10"]);
        await client.Sensors.RegisterSensorAsync(new RegisterSensorRequest { Sensor = sensor }, cancellationToken: cancellationToken);
        return id;
    }
}
