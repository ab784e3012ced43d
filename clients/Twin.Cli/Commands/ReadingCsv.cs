using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Twin.Api.V1;

namespace Twin.Cli.Commands;

/// <summary>
/// Readings from a CSV file: header <c>sensor_id,time,quantity,value</c> with optional
/// <c>vehicle_class</c> and <c>direction</c> columns, in any order; times ISO 8601 with an offset or Z.
/// A malformed line stops the read with its line number.
/// </summary>
internal static class ReadingCsv
{
    private static readonly string[] Required = ["sensor_id", "time", "quantity", "value"];

    public static List<(DateTimeOffset Time, Reading Reading)> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines.Length > 0 ? lines[0].Trim().Split(',').Select(h => h.Trim()).ToList() : [];
        var missing = Required.Where(r => !header.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidInputException($"{path} line 1: the header lacks {string.Join(", ", missing)} (expected sensor_id,time,quantity,value[,vehicle_class,direction])");
        }

        int Column(string name) => header.IndexOf(name);
        var (sensor, time, quantity, value, vehicleClass, direction) =
            (Column("sensor_id"), Column("time"), Column("quantity"), Column("value"), Column("vehicle_class"), Column("direction"));
        var readings = new List<(DateTimeOffset, Reading)>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split(',');
            if (cells.Length != header.Count)
            {
                throw new InvalidInputException($"{path} line {i + 1}: expected {header.Count} fields, found {cells.Length}");
            }

            if (!DateTimeOffset.TryParse(cells[time], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) || !HasOffset(cells[time]))
            {
                throw new InvalidInputException($"{path} line {i + 1}: time '{cells[time]}' is not ISO 8601 with an offset or Z");
            }

            if (!double.TryParse(cells[value], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                throw new InvalidInputException($"{path} line {i + 1}: value '{cells[value]}' is not a number");
            }

            readings.Add((at, new Reading
            {
                SensorId = cells[sensor].Trim(),
                Time = Timestamp.FromDateTimeOffset(at),
                Quantity = cells[quantity].Trim(),
                Value = number,
                VehicleClass = vehicleClass >= 0 ? cells[vehicleClass].Trim() : "",
                Direction = direction >= 0 ? cells[direction].Trim() : "",
            }));
        }

        return readings;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
