using System.Collections.Immutable;
using System.Globalization;

namespace Twin.Models.Air;

/// <summary>
/// Reads an emission factor table from CSV: lines starting with # are comments, then the header
/// <see cref="EmissionFactorTable.CsvHeader"/>, then one row per vehicle category (light, medium, heavy,
/// bus) and speed type (stagnant, normal-urban, flowing-urban, rural): 16 rows, all of one year, in
/// g/vehicle-km. Every problem names the line and the field.
/// </summary>
public static class EmissionFactorTableReader
{
    private const int ColumnCount = 6;

    /// <summary>Reads a file; the table is named after the file.</summary>
    public static EmissionFactorTableReading Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            return new(null, [new AirQualityProblem(path, "the emission factor file does not exist")]);
        }

        return Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path), path);
    }

    public static EmissionFactorTableReading Parse(string text, string name, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = ImmutableArray.CreateBuilder<AirQualityProblem>();
        var rows = ImmutableArray.CreateBuilder<EmissionFactor>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        int? year = null;
        var headerSeen = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var where = FormattableString.Invariant($"line {i + 1}");
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = true;
                if (!string.Equals(line.Replace(" ", string.Empty, StringComparison.Ordinal), EmissionFactorTable.CsvHeader, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(new(where, $"expected the header '{EmissionFactorTable.CsvHeader}', found '{line}'"));
                    return new(null, problems.ToImmutable());
                }

                continue;
            }

            var row = ParseRow(line, where, problems, ref year);
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        if (!headerSeen)
        {
            problems.Add(new(source, "the file holds no header and no rows"));
        }

        if (problems.Count > 0)
        {
            return new(null, problems.ToImmutable());
        }

        var table = new EmissionFactorTable(name, year ?? 0, source, rows.ToImmutable());
        var invalid = table.Validate();
        return invalid.IsEmpty ? new(table, []) : new(null, invalid);
    }

    private static EmissionFactor? ParseRow(string line, string where, ImmutableArray<AirQualityProblem>.Builder problems, ref int? year)
    {
        var fields = line.Split(',');
        if (fields.Length != ColumnCount)
        {
            problems.Add(new(where, FormattableString.Invariant($"expected {ColumnCount} fields, found {fields.Length}")));
            return null;
        }

        var before = problems.Count;
        if (!int.TryParse(fields[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var rowYear))
        {
            problems.Add(new(where + ", field year", $"'{fields[0].Trim()}' is not a year"));
        }
        else if (year is { } first && first != rowYear)
        {
            problems.Add(new(where + ", field year", FormattableString.Invariant($"year {rowYear} differs from the table's year {first}; one table holds one year")));
        }
        else
        {
            year = rowYear;
        }

        var category = Enum.GetValues<VehicleCategory>().Cast<VehicleCategory?>()
            .FirstOrDefault(c => string.Equals(EmissionFactorTable.CsvName(c!.Value), fields[1].Trim(), StringComparison.OrdinalIgnoreCase));
        if (category is null)
        {
            problems.Add(new(where + ", field category", $"'{fields[1].Trim()}' is not one of light, medium, heavy, bus"));
        }

        var speedType = Enum.GetValues<SpeedType>().Cast<SpeedType?>()
            .FirstOrDefault(s => string.Equals(EmissionFactorTable.CsvName(s!.Value), fields[2].Trim(), StringComparison.OrdinalIgnoreCase));
        if (speedType is null)
        {
            problems.Add(new(where + ", field speed_type", $"'{fields[2].Trim()}' is not one of stagnant, normal-urban, flowing-urban, rural"));
        }

        var nox = Number(fields[3], where, "nox_g_per_km", problems);
        var pm10 = Number(fields[4], where, "pm10_g_per_km", problems);
        var pm25 = Number(fields[5], where, "pm25_g_per_km", problems);
        return problems.Count > before ? null : new EmissionFactor(category!.Value, speedType!.Value, nox, pm10, pm25);
    }

    private static double Number(string text, string where, string field, ImmutableArray<AirQualityProblem>.Builder problems)
    {
        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0)
        {
            return value;
        }

        problems.Add(new($"{where}, field {field}", $"'{text.Trim()}' is not a number of g/km, 0 or more"));
        return double.NaN;
    }
}
