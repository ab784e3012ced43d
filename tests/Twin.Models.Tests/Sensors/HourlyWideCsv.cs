using System.Globalization;
using Twin.Models.Sensors;

namespace Twin.Models.Tests.Sensors;

/// <summary>
/// An hourly "wide" CSV: a <c>timestamp</c> column (ISO 8601 with offset, the start of the hour)
/// and one column of values per station, empty cells missing. No quoting: the files read here have none.
/// </summary>
internal sealed class HourlyWideCsv
{
    private HourlyWideCsv(IReadOnlyList<string> columns, IReadOnlyDictionary<string, TimedValue[]> series)
    {
        Columns = columns;
        Series = series;
    }

    /// <summary>The value columns, in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Each column's values in file order, one per row; empty cells are NaN.</summary>
    public IReadOnlyDictionary<string, TimedValue[]> Series { get; }

    public TimedValue[] this[string column] => Series[column];

    public static HourlyWideCsv Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        Assert.Equal("timestamp", header[0]);
        var columns = header[1..];
        var values = columns.Select(_ => new TimedValue[lines.Length - 1]).ToArray();
        for (var row = 1; row < lines.Length; row++)
        {
            var cells = lines[row].Split(',');
            Assert.True(cells.Length == header.Length, $"{path} line {row + 1}: {cells.Length} cells, the header has {header.Length}");
            var time = DateTimeOffset.ParseExact(cells[0], "yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture);
            for (var c = 0; c < columns.Length; c++)
            {
                var cell = cells[c + 1];
                values[c][row - 1] = new TimedValue(time, cell.Length == 0 ? double.NaN : double.Parse(cell, CultureInfo.InvariantCulture));
            }
        }

        return new HourlyWideCsv(columns, columns.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
    }
}
