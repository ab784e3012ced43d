using System.Globalization;
using Twin.Models.Solar;
using Twin.Testing;

namespace Twin.Models.Tests.Solar;

/// <summary>
/// The worked example of the NREL SPA report in ../shared/data/solar/nrel_spa_worked_example.csv:
/// its inputs (from the file's header comment) and its rows of expected values.
/// </summary>
internal static class NrelSpaExample
{
    public const string Path = "solar/nrel_spa_worked_example.csv";

    /// <summary>Surface of the example's incidence angle: slope 30°, rotated -10° from south (eastward negative) = 170° from north.</summary>
    public const double Slope = 30;
    public const double SurfaceAzimuthFromNorth = 180 - 10;

    /// <summary>2003-10-17 12:30:30 at UTC-7, 39.742476 N, 105.1786 W, 1830.14 m, 820 mbar, 11 °C, ΔT 67 s.</summary>
    public static SolarInput Input { get; } = new(new DateTimeOffset(2003, 10, 17, 12, 30, 30, TimeSpan.FromHours(-7)), 39.742476, -105.1786)
    {
        Elevation = 1830.14,
        Pressure = 820,
        Temperature = 11,
        DeltaT = 67,
        AtmosphericRefraction = 0.5667,
    };

    /// <summary>The file's rows (a skip, or a failure under CI, when the file is absent).</summary>
    public static IReadOnlyList<ExpectedValue> Rows()
    {
        var lines = File.ReadAllLines(SharedData.File(Path)).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        Assert.Equal("case,quantity,value,unit,source", lines[0]);
        return [.. lines.Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            return new ExpectedValue(cells[1], cells[2], cells[3]);
        })];
    }

    /// <summary>
    /// One expected value. The file prints rounded values, some computed from inputs that were rounded
    /// themselves (its ν0 is 7e-7° above the ν0 of its own JD, while its ν agrees with it), so a value
    /// may differ by one unit in its last printed digit. JC, JCE and JME were computed from the JD as
    /// printed (to 1e-6 day) and carry its rounding: ±5e-7 day, scaled.
    /// </summary>
    public sealed record ExpectedValue(string Quantity, string Text, string Unit)
    {
        private const double JulianDayRounding = 5e-7;

        public double Value => double.Parse(Text, CultureInfo.InvariantCulture);

        public double Tolerance => Quantity switch
        {
            "julian_century_JC" or "julian_ephemeris_century_JCE" => JulianDayRounding / 36525,
            "julian_ephemeris_millennium_JME" => JulianDayRounding / 365250,
            _ => LastDigit,
        };

        private double LastDigit
        {
            get
            {
                var point = Text.IndexOf('.', StringComparison.Ordinal);
                return Math.Pow(10, point < 0 ? 0 : -(Text.Length - point - 1));
            }
        }
    }
}
