using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Twin.Models.Air;

/// <summary>
/// Emission factors (g/vehicle-km) for every vehicle category and speed type, stamped with the year
/// they hold for and where they come from. Emission factors fall year by year as the fleet renews,
/// so a run names the table year it used. Load another year's table with
/// <see cref="EmissionFactorTableReader"/>; the CSV form is <see cref="ToCsv"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.air.emission-factor-table")]
public sealed record EmissionFactorTable(
    [property: Id(0)] string Name,
    [property: Id(1)] int Year,
    [property: Id(2)] string Source,
    [property: Id(3)] ImmutableArray<EmissionFactor> Factors)
{
    public const string CsvHeader = "year,category,speed_type,nox_g_per_km,pm10_g_per_km,pm25_g_per_km";

    private static readonly int CategoryCount = Enum.GetValues<VehicleCategory>().Length;
    private static readonly int SpeedTypeCount = Enum.GetValues<SpeedType>().Length;

    /// <summary>The table Twin uses unless told otherwise: <see cref="DefaultEmissionFactors.Reference2004"/>.</summary>
    public static EmissionFactorTable Default => DefaultEmissionFactors.Reference2004;

    /// <summary>What is wrong with the table, each problem naming the row or combination; empty when usable.</summary>
    public ImmutableArray<AirQualityProblem> Validate()
    {
        var problems = ImmutableArray.CreateBuilder<AirQualityProblem>();
        if (Factors.IsDefault)
        {
            problems.Add(new("emission-factors", "the table has no rows"));
            return problems.ToImmutable();
        }

        if (Year is < 1990 or > 2100)
        {
            problems.Add(new("emission-factors.year", FormattableString.Invariant($"year {Year} must lie between 1990 and 2100")));
        }

        foreach (var row in Factors)
        {
            if (!Enum.IsDefined(row.Category) || !Enum.IsDefined(row.SpeedType))
            {
                problems.Add(new("emission-factors", $"row {row.Category}/{row.SpeedType} names an unknown category or speed type"));
                continue;
            }

            CheckFactor(problems, row, "NOx", row.NOx);
            CheckFactor(problems, row, "PM10", row.PM10);
            CheckFactor(problems, row, "PM2.5", row.PM25);
            if (row.PM25 > row.PM10)
            {
                problems.Add(new($"emission-factors.{Key(row)}", FormattableString.Invariant($"PM2.5 {row.PM25} g/km exceeds PM10 {row.PM10} g/km; PM2.5 is part of PM10")));
            }
        }

        foreach (var category in Enum.GetValues<VehicleCategory>())
        {
            foreach (var speedType in Enum.GetValues<SpeedType>())
            {
                var count = Factors.Count(f => f.Category == category && f.SpeedType == speedType);
                if (count != 1)
                {
                    problems.Add(new("emission-factors", count == 0
                        ? $"no row for {CsvName(category)} / {CsvName(speedType)}"
                        : $"{count} rows for {CsvName(category)} / {CsvName(speedType)}; give one"));
                }
            }
        }

        return problems.ToImmutable();
    }

    /// <summary>The row of a category and speed type; the table must be valid.</summary>
    public EmissionFactor Factor(VehicleCategory category, SpeedType speedType) =>
        Factors.FirstOrDefault(f => f.Category == category && f.SpeedType == speedType)
        ?? throw new InvalidOperationException($"The emission factor table {Name} has no row for {category}/{speedType}.");

    /// <summary>
    /// The factors of traffic of a speed type with a stagnation factor s (0-1):
    /// EF = (1 − s) · EF(speed type) + s · EF(stagnant), as SRM1 combines them.
    /// </summary>
    public EmissionFactor Effective(VehicleCategory category, SpeedType speedType, double stagnation) =>
        Factor(category, speedType).BlendWith(Factor(category, SpeedType.Stagnant), stagnation);

    /// <summary>A lookup array indexed by category × speed type, for hot loops.</summary>
    internal EmissionFactor[] ToLookup()
    {
        var lookup = new EmissionFactor[CategoryCount * SpeedTypeCount];
        foreach (var row in Factors)
        {
            lookup[Index(row.Category, row.SpeedType)] = row;
        }

        return lookup;
    }

    internal static int Index(VehicleCategory category, SpeedType speedType) => ((int)category * SpeedTypeCount) + (int)speedType;

    /// <summary>The table as CSV, the form <see cref="EmissionFactorTableReader.Parse"/> reads.</summary>
    public string ToCsv()
    {
        var text = new StringBuilder();
        text.Append("# ").AppendLine(Name);
        text.Append("# source: ").AppendLine(Source.ReplaceLineEndings(" "));
        text.AppendLine(CsvHeader);
        foreach (var row in Factors)
        {
            text.AppendLine(string.Join(',',
                Year.ToString(CultureInfo.InvariantCulture),
                CsvName(row.Category),
                CsvName(row.SpeedType),
                row.NOx.ToString("R", CultureInfo.InvariantCulture),
                row.PM10.ToString("R", CultureInfo.InvariantCulture),
                row.PM25.ToString("R", CultureInfo.InvariantCulture)));
        }

        return text.ToString();
    }

    /// <summary>The CSV name of a category: light, medium, heavy, bus.</summary>
    public static string CsvName(VehicleCategory category) => category.ToString().ToLowerInvariant();

    /// <summary>The CSV name of a speed type: stagnant, normal-urban, flowing-urban, rural.</summary>
    public static string CsvName(SpeedType speedType) => speedType switch
    {
        SpeedType.Stagnant => "stagnant",
        SpeedType.NormalUrban => "normal-urban",
        SpeedType.FlowingUrban => "flowing-urban",
        SpeedType.Rural => "rural",
        _ => speedType.ToString(),
    };

    private static string Key(EmissionFactor row) => CsvName(row.Category) + "/" + CsvName(row.SpeedType);

    private static void CheckFactor(ImmutableArray<AirQualityProblem>.Builder problems, EmissionFactor row, string pollutant, double value)
    {
        if (!(double.IsFinite(value) && value >= 0))
        {
            problems.Add(new($"emission-factors.{Key(row)}", FormattableString.Invariant($"{pollutant} factor {value} must be a number of g/km, 0 or more")));
        }
    }
}
