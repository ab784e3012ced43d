using System.CommandLine;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Spectre.Console;
using Twin.Api.V1;

namespace Twin.Cli.Commands;

/// <summary><c>twin sensors register</c>: add a sensor to the public register, or change its entry.</summary>
internal static class SensorRegisterCommand
{
    public static Command Create(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var id = SensorsCommand.IdArgument();
        var name = new Option<string>("--name") { Description = "What people call it, for example \"Verkeerscamera Snelliuslaan noord\"", Required = true };
        var kind = new Option<string>("--kind") { Description = "traffic-camera, air-quality, crowd-counter or noise", Required = true };
        var x = new Option<double>("--x") { Description = "RD New x (metres)", Required = true };
        var y = new Option<double>("--y") { Description = "RD New y (metres)", Required = true };
        var height = new Option<double>("--height") { Description = "Mounting height above the ground, metres (default 3)", DefaultValueFactory = _ => 3 };
        var owner = new Option<string>("--owner") { Description = "Who owns the sensor", Required = true };
        var purpose = new Option<string>("--purpose") { Description = "Why it measures", Required = true };
        var quantities = new Option<string>("--quantities") { Description = "The only quantities it may send, comma separated (for example vehicle_count,vehicle_speed)", Required = true };
        var legal = new Option<string>("--legal-basis") { Description = "The legal basis for measuring", Required = true };
        var dpia = new Option<string>("--dpia") { Description = "The DPIA reference", Required = true };
        var retention = new Option<int>("--retention-days") { Description = "How long raw readings are kept", Required = true };
        var start = new Option<string>("--start") { Description = "First day it may send (yyyy-MM-dd)", Required = true };
        var end = new Option<string>("--end") { Description = "Last day it may send (yyyy-MM-dd); open-ended when not given" };
        var status = new Option<string>("--status") { Description = "planned, active (default), suspended or retired", DefaultValueFactory = _ => "active" };
        var hidden = new Option<bool>("--not-public") { Description = "Keep the entry out of the public register" };
        var segment = new Option<string>("--segment") { Description = "Traffic cameras: the street segment it watches" };
        var zone = new Option<string>("--zone") { Description = "Crowd counters: the druktemeter zone it covers" };
        var command = new Command("register", "Add a sensor to the register or change its entry")
        {
            id, name, kind, x, y, height, owner, purpose, quantities, legal, dpia, retention, start, end, status, hidden, segment, zone,
        };
        command.SetAction(run(async (context, result, cancellationToken) =>
        {
            var sensor = new Sensor
            {
                Id = result.GetValue(id)!,
                Name = result.GetValue(name)!,
                Kind = result.GetValue(kind) switch
                {
                    "traffic-camera" => SensorKind.TrafficCamera,
                    "air-quality" => SensorKind.AirQuality,
                    "crowd-counter" => SensorKind.CrowdCounter,
                    "noise" => SensorKind.Noise,
                    var other => throw new UsageException($"--kind: '{other}' is not traffic-camera, air-quality, crowd-counter or noise"),
                },
                Location = new Point { X = result.GetValue(x), Y = result.GetValue(y) },
                MountingHeight = result.GetValue(height),
                SegmentId = result.GetValue(segment) ?? "",
                ZoneId = result.GetValue(zone) ?? "",
                Register = new SensorRegisterEntry
                {
                    Owner = result.GetValue(owner)!,
                    Purpose = result.GetValue(purpose)!,
                    LegalBasis = result.GetValue(legal)!,
                    DpiaReference = result.GetValue(dpia)!,
                    RetentionDays = result.GetValue(retention),
                    StartDate = Day(result.GetValue(start)!, "--start"),
                    EndDate = result.GetValue(end) is { } e ? Day(e, "--end") : null,
                    IsPublic = !result.GetValue(hidden),
                    Status = result.GetValue(status) switch
                    {
                        "planned" => SensorStatus.Planned,
                        "active" => SensorStatus.Active,
                        "suspended" => SensorStatus.Suspended,
                        "retired" => SensorStatus.Retired,
                        var other => throw new UsageException($"--status: '{other}' is not planned, active, suspended or retired"),
                    },
                },
            };
            sensor.Register.Quantities.AddRange(result.GetValue(quantities)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            using var client = context.Connect();
            var detail = await client.Sensors.RegisterSensorAsync(new RegisterSensorRequest { Sensor = sensor }, cancellationToken: cancellationToken);
            context.Console.MarkupLineInterpolated($"Registered [bold]{detail.Sensor.Id}[/]: it may send {string.Join(", ", detail.Sensor.Register.Quantities)}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Timestamp Day(string text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? Timestamp.FromDateTime(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
            : throw new UsageException($"{option}: '{text}' is not a day (yyyy-MM-dd)");
}
