using System.CommandLine;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Spectre.Console;
using Twin.Api.V1;

namespace Twin.Cli.Commands;

/// <summary>
/// <c>twin sensors calibrate</c>: fit a sensor's linear calibration against a co-located reference,
/// given as the reference's hourly values (CSV time,value) or as ready pairs (CSV start,end,raw,reference).
/// </summary>
internal static class SensorCalibrateCommand
{
    public static Command Create(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var id = SensorsCommand.IdArgument();
        var quantity = new Option<string>("--quantity") { Description = "The quantity to calibrate, for example no2", Required = true };
        var referenceName = new Option<string>("--reference-name") { Description = "What the reference is, for example \"RIVM NL10641\"", Required = true };
        var reference = new Option<string>("--reference") { Description = "CSV with header time,value: the reference's hourly values (paired with the sensor's own hourly means)" };
        var pairs = new Option<string>("--pairs") { Description = "CSV with header start,end,raw,reference: ready pairs, for example diffusion tube periods" };
        var command = new Command("calibrate", "Fit and keep a sensor's calibration (gain, offset) against a co-located reference") { id, quantity, referenceName, reference, pairs };
        command.SetAction(run(async (context, result, cancellationToken) =>
        {
            var request = new CalibrateRequest { SensorId = result.GetValue(id)!, Quantity = result.GetValue(quantity)!, Reference = result.GetValue(referenceName)! };
            switch (result.GetValue(reference), result.GetValue(pairs))
            {
                case ({ } path, null):
                    request.ReferenceHours.AddRange(Rows(path, ["time", "value"]).Select(c => new TimedValue { Time = Time(c[0], path), Value = Number(c[1], path) }));
                    break;
                case (null, { } path):
                    request.Pairs.AddRange(Rows(path, ["start", "end", "raw", "reference"]).Select(c => new CalibrationPair
                    {
                        Start = Time(c[0], path), End = Time(c[1], path), Raw = Number(c[2], path), Reference = Number(c[3], path),
                    }));
                    break;
                default:
                    throw new UsageException("give either --reference or --pairs");
            }

            using var client = context.Connect();
            var calibration = await client.Sensors.CalibrateAsync(request, cancellationToken: cancellationToken);
            context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"gain {calibration.Gain:0.####}, offset {calibration.Offset:0.####}, R² {calibration.RSquared:0.####}, residual sd {calibration.ResidualStandardDeviation:0.###}, {calibration.PairCount} pairs ({calibration.PeriodStart.ToDateTime():yyyy-MM-dd} to {calibration.PeriodEnd.ToDateTime():yyyy-MM-dd}) against {calibration.Reference}"));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static IEnumerable<string[]> Rows(string path, string[] header)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !lines[0].Trim().Split(',').SequenceEqual(header))
        {
            throw new InvalidInputException($"{path}: the first line must be the header {string.Join(',', header)}");
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split(',');
            yield return cells.Length == header.Length
                ? cells
                : throw new InvalidInputException($"{path} line {i + 1}: expected {header.Length} fields ({string.Join(',', header)}), found {cells.Length}");
        }
    }

    private static Timestamp Time(string text, string path) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? Timestamp.FromDateTimeOffset(time)
            : throw new InvalidInputException($"{path}: '{text}' is not a date and time");

    private static double Number(string text, string path) =>
        text.Length == 0 ? double.NaN
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : throw new InvalidInputException($"{path}: '{text}' is not a number");
}
