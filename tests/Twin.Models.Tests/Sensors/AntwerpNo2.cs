using System.Globalization;
using Twin.Testing;

namespace Twin.Models.Tests.Sensors;

/// <summary>
/// The Recht op Lucht files in ../shared/data/observations (CC0, recht-op-lucht/recht-op-lucht-data
/// @ 7e1cf9e4): hourly NO2 of 7 Antwerp VMM stations, and diffusion tubes co-located with three of them.
/// Read once per run.
/// </summary>
internal static class AntwerpNo2
{
    public const string VmmPath = "observations/vmm-no2.csv";
    public const string ColocationPath = "observations/rol_measurements_calibration.csv";

    public const string Borgerhout801 = "42R801 - Borgerhout";
    public const string Borgerhout802 = "42R802 - Borgerhout";

    /// <summary>
    /// The station beside each co-location site, as the source's src/calculate_calibration_reference.py pairs them.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> StationOfLocation = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["VMM Groenenborger"] = "42R817 - Antwerpen (Groenenborgerlaan)",
        ["VMM Belgiëlei"] = "42R805 - Antwerpen (Belgiëlei)",
        ["Van Maerlant"] = "42R806 - Maerlant",
    };

    private static readonly Lazy<HourlyWideCsv> Vmm = new(() => HourlyWideCsv.Read(SharedData.File(VmmPath)));
    private static readonly Lazy<IReadOnlyList<ColocatedTube>> Tubes = new(() => ReadTubes(SharedData.File(ColocationPath)));

    /// <summary>The hourly VMM stations (a skip, or a failure under CI, when the file is absent).</summary>
    public static HourlyWideCsv Stations()
    {
        SharedData.File(VmmPath);
        return Vmm.Value;
    }

    /// <summary>The co-located tubes, in file order.</summary>
    public static IReadOnlyList<ColocatedTube> ColocatedTubes()
    {
        SharedData.File(ColocationPath);
        return Tubes.Value;
    }

    private static List<ColocatedTube> ReadTubes(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        Assert.Equal("code,location,start_date,end_date,no2,period,no2_reference,missing", lines[0]);
        return [.. lines.Skip(1).Select(line =>
        {
            var c = line.Split(',');
            return new ColocatedTube(c[0], c[1], Time(c[2]), Time(c[3]), Number(c[4]), int.Parse(c[5], CultureInfo.InvariantCulture), Number(c[6]), Number(c[7]));
        })];
    }

    private static DateTimeOffset Time(string text) => DateTimeOffset.ParseExact(text, "yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
