using System.Globalization;
using System.Text;
using Spectre.Console;
using Twin.Api.V1;

namespace Twin.Cli.Commands;

/// <summary>How a sensor and its series read on a terminal and in CSV.</summary>
internal static class SensorText
{
    public static void Write(IAnsiConsole console, SensorDetail detail)
    {
        var sensor = detail.Sensor;
        var register = sensor.Register;
        console.MarkupLineInterpolated($"[bold]{sensor.Id}[/]: {sensor.Name} ({SensorsCommand.Kind(sensor.Kind)}){(detail.Simulated ? " — simulated feed" : "")}");
        console.WriteLine($"  owner        {register.Owner}");
        console.WriteLine($"  purpose      {register.Purpose}");
        console.WriteLine($"  quantities   {string.Join(", ", register.Quantities)}");
        console.WriteLine($"  legal basis  {register.LegalBasis}; DPIA {register.DpiaReference}");
        console.WriteLine($"  retention    {register.RetentionDays} days of raw readings; {SensorsCommand.Status(register.Status)} from {register.StartDate?.ToDateTime():yyyy-MM-dd}{(register.EndDate is null ? "" : $" to {register.EndDate.ToDateTime():yyyy-MM-dd}")}");
        console.WriteLine($"  location     RD {sensor.Location.X:F1} {sensor.Location.Y:F1}{(sensor.SegmentId.Length > 0 ? $", street segment {sensor.SegmentId}" : "")}{(sensor.ZoneId.Length > 0 ? $", zone {sensor.ZoneId}" : "")}");
        foreach (var live in detail.Live)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  latest       {live.Quantity} {(live.Hour.BelowThreshold && live.Latest.Value == 0 ? "below threshold" : F(live.Latest.Value))} at {live.Latest.Time.ToDateTime():yyyy-MM-dd HH:mm:ss}Z; this hour {live.Hour.Count} readings{Speeds(live.Hour)}"));
        }

        foreach (var calibration in detail.Calibrations)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  calibration  {calibration.Quantity}: calibrated = {calibration.Gain:0.####} x raw {(calibration.Offset < 0 ? "-" : "+")} {Math.Abs(calibration.Offset):0.###}; R² {calibration.RSquared:0.###}, residual sd {calibration.ResidualStandardDeviation:0.###}, {calibration.PairCount} pairs against {calibration.Reference} (fitted {calibration.FittedAt.ToDateTime():yyyy-MM-dd})"));
        }

        if (detail.Observed is { Rows.Count: > 0 } observed)
        {
            console.WriteLine($"  observed     hour {observed.Hour.ToDateTime():yyyy-MM-dd HH}:00Z on street segment {observed.SegmentId}");
            var table = new Table().AddColumn("Direction").AddColumn("Class").AddColumn("Vehicles", c => c.RightAligned())
                .AddColumn("Mean km/h", c => c.RightAligned()).AddColumn("V85", c => c.RightAligned()).AddColumn("Above limit", c => c.RightAligned());
            foreach (var row in observed.Rows)
            {
                table.AddRow(row.Direction.Length > 0 ? row.Direction : "all", row.VehicleClass.Length > 0 ? row.VehicleClass : "all", F(row.Vehicles),
                    row.HasMeanSpeed ? F(row.MeanSpeed) : "", row.HasV85 ? F(row.V85) : "", row.HasShareAboveLimit ? P(row.ShareAboveLimit) : "");
            }

            console.Write(table);
        }
    }

    public static void Write(IAnsiConsole console, Series series)
    {
        if (series.Readings.Count > 0 || series.Points.Count == 0)
        {
            var raw = new Table().AddColumn("Time (UTC)").AddColumn("Value", c => c.RightAligned()).AddColumn("Class").AddColumn("Direction");
            foreach (var reading in series.Readings)
            {
                raw.AddRow($"{reading.Time.ToDateTime():yyyy-MM-dd HH:mm:ss}", F(reading.Value), reading.VehicleClass, reading.Direction);
            }

            console.Write(raw);
            console.WriteLine($"{series.Readings.Count} readings of {series.Quantity} ({series.Unit}){(series.Truncated ? ", more than one answer holds" : "")}.");
            return;
        }

        var speeds = series.Points.Any(p => p.HasV85);
        var calibrated = series.Calibration is not null;
        var table = new Table().AddColumn("Start (UTC)").AddColumn("Count", c => c.RightAligned()).AddColumn("Mean", c => c.RightAligned())
            .AddColumn("Min", c => c.RightAligned()).AddColumn("Max", c => c.RightAligned());
        if (speeds)
        {
            table.AddColumn("V85", c => c.RightAligned()).AddColumn("Above limit", c => c.RightAligned());
        }

        if (calibrated)
        {
            table.AddColumn("Calibrated mean", c => c.RightAligned());
        }

        foreach (var point in series.Points)
        {
            var cells = new List<string> { $"{point.Start.ToDateTime():yyyy-MM-dd HH}:00", point.Count.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(point.BelowThreshold ? ["below threshold", "", ""] : [F(point.Mean), F(point.Min), F(point.Max)]);
            if (speeds)
            {
                cells.Add(point.HasV85 ? F(point.V85) : "");
                cells.Add(point.HasShareAboveLimit ? $"{P(point.ShareAboveLimit)} > {F(point.SpeedLimit)} km/h" : "");
            }

            if (calibrated)
            {
                cells.Add(point.HasCalibratedMean ? F(point.CalibratedMean) : "");
            }

            table.AddRow([.. cells.Select(Markup.Escape)]);
        }

        console.Write(table);
        console.WriteLine($"{series.Points.Count} points of {series.Quantity} ({series.Unit}).");
    }

    public static string Csv(Series series)
    {
        var csv = new StringBuilder();
        if (series.Readings.Count > 0)
        {
            csv.Append("time,value,vehicle_class,direction\n");
            foreach (var r in series.Readings)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{r.Time.ToDateTime():O},{r.Value.ToString("R", CultureInfo.InvariantCulture)},{r.VehicleClass},{r.Direction}\n");
            }

            return csv.ToString();
        }

        csv.Append("start,count,mean,min,max,v85,share_above_limit,speed_limit,calibrated_mean,below_threshold\n");
        foreach (var p in series.Points)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{p.Start.ToDateTime():O},{p.Count},{R(p.Mean)},{R(p.Min)},{R(p.Max)},{(p.HasV85 ? R(p.V85) : "")},{(p.HasShareAboveLimit ? R(p.ShareAboveLimit) : "")},{(p.HasSpeedLimit ? R(p.SpeedLimit) : "")},{(p.HasCalibratedMean ? R(p.CalibratedMean) : "")},{(p.BelowThreshold ? "true" : "false")}\n");
        }

        return csv.ToString();
    }

    private static string Speeds(SeriesPoint hour) =>
        hour.HasV85 ? string.Create(CultureInfo.InvariantCulture, $", V85 {hour.V85:0.#} km/h, {P(hour.ShareAboveLimit)} above {hour.SpeedLimit:0} km/h") : "";

    private static string F(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string P(double share) => share.ToString("0.#%", CultureInfo.InvariantCulture);

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
