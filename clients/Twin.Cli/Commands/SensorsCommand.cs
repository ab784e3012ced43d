using System.CommandLine;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Spectre.Console;
using Twin.Api.V1;

namespace Twin.Cli.Commands;

/// <summary><c>twin sensors list|show|register|series|calibrate</c>: the public sensor register and what the sensors measured.</summary>
public static class SensorsCommand
{
    public static Command Create(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var command = new Command("sensors", "The public sensor register, live values, series and calibration");
        command.Add(ListCommand(run));
        command.Add(ShowCommand(run));
        command.Add(SensorRegisterCommand.Create(run));
        command.Add(SeriesCommand(run));
        command.Add(SensorCalibrateCommand.Create(run));
        return command;
    }

    internal static Argument<string> IdArgument() => new("id") { Description = "The sensor id, for example sensor-traffic-01" };

    internal static DateTime ParseTime(string text, string option) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? DateTime.SpecifyKind(time, DateTimeKind.Utc)
            : throw new UsageException($"{option}: '{text}' is not a date and time (ISO 8601, for example 2026-11-23T08:00:00Z)");

    private static Command ListCommand(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var command = new Command("list", "List the public sensor register");
        command.SetAction(run(async (context, _, cancellationToken) =>
        {
            using var client = context.Connect();
            var response = await client.Sensors.ListSensorsAsync(new ListSensorsRequest(), cancellationToken: cancellationToken);
            var table = new Table().AddColumn("Id").AddColumn("Name").AddColumn("Kind").AddColumn("Owner").AddColumn("Quantities").AddColumn("Retention").AddColumn("Status");
            foreach (var sensor in response.Sensors)
            {
                table.AddRow(
                    Markup.Escape(sensor.Id), Markup.Escape(sensor.Name), Kind(sensor.Kind), Markup.Escape(sensor.Register.Owner),
                    Markup.Escape(string.Join(", ", sensor.Register.Quantities)), $"{sensor.Register.RetentionDays} d", Status(sensor.Register.Status));
            }

            context.Console.Write(table);
            context.Console.WriteLine($"{response.Sensors.Count} sensors in the public register.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command ShowCommand(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var id = IdArgument();
        var command = new Command("show", "Show a sensor's register entry, latest values, calibrations and observed traffic") { id };
        command.SetAction(run(async (context, result, cancellationToken) =>
        {
            using var client = context.Connect();
            var detail = await client.Sensors.GetSensorAsync(new GetSensorRequest { SensorId = result.GetValue(id)! }, cancellationToken: cancellationToken);
            SensorText.Write(context.Console, detail);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command SeriesCommand(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var id = IdArgument();
        var quantity = new Option<string>("--quantity") { Description = "The quantity, for example vehicle_speed or no2 (default: the sensor's first)" };
        var from = new Option<string>("--from") { Description = "Start, ISO 8601 (default: 24 hours ago)" };
        var to = new Option<string>("--to") { Description = "End, ISO 8601 (default: now)" };
        var resolution = new Option<string>("--resolution") { Description = "hour (default), day or raw", DefaultValueFactory = _ => "hour" };
        var vehicleClass = new Option<string>("--class") { Description = "Only one vehicle class: light, medium, heavy, bus, moped, bicycle" };
        var direction = new Option<string>("--direction") { Description = "Only one direction, as the camera names it" };
        var format = new Option<string>("--format") { Description = "table (default) or csv", DefaultValueFactory = _ => "table" };
        var command = new Command("series", "A sensor's readings over time: hourly or daily aggregates, or raw readings") { id, quantity, from, to, resolution, vehicleClass, direction, format };
        command.SetAction(run(async (context, result, cancellationToken) =>
        {
            var now = DateTime.UtcNow;
            var request = new GetSeriesRequest
            {
                SensorId = result.GetValue(id)!,
                From = Timestamp.FromDateTime(result.GetValue(from) is { } f ? ParseTime(f, "--from") : now.AddDays(-1)),
                To = Timestamp.FromDateTime(result.GetValue(to) is { } t ? ParseTime(t, "--to") : now),
                Resolution = result.GetValue(resolution) switch
                {
                    "hour" => SeriesResolution.Hour,
                    "day" => SeriesResolution.Day,
                    "raw" => SeriesResolution.Raw,
                    var other => throw new UsageException($"--resolution: '{other}' is not hour, day or raw"),
                },
                VehicleClass = result.GetValue(vehicleClass) ?? "",
                Direction = result.GetValue(direction) ?? "",
            };
            using var client = context.Connect();
            request.Quantity = result.GetValue(quantity)
                ?? (await client.Sensors.GetSensorAsync(new GetSensorRequest { SensorId = request.SensorId }, cancellationToken: cancellationToken)).Sensor.Register.Quantities.First();
            var series = await client.Sensors.GetSeriesAsync(request, cancellationToken: cancellationToken);
            if (result.GetValue(format) == "csv")
            {
                context.Console.Profile.Out.Writer.Write(SensorText.Csv(series));
            }
            else
            {
                SensorText.Write(context.Console, series);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    internal static string Kind(SensorKind kind) => kind switch
    {
        SensorKind.TrafficCamera => "traffic camera",
        SensorKind.AirQuality => "air quality",
        SensorKind.CrowdCounter => "crowd counter",
        SensorKind.Noise => "noise",
        _ => "unknown",
    };

    internal static string Status(SensorStatus status) => status.ToString().ToLowerInvariant();
}
